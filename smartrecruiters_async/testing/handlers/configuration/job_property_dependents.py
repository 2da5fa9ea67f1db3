"""``/configuration/job-properties/{id}/dependents`` and the dependent values per parent value."""

from __future__ import annotations

from aiohttp import web

from ...replies import Reply
from .._collection import listed
from ..checks import Refusal, found, json_body, not_found
from ._common import Json, handler
from ._state import ConfigurationState
from .job_properties import find_property
from .job_property_values import find_value

__all__ = ["HANDLERS"]


def _dependent(request: web.Request, state: ConfigurationState) -> tuple[Json, Json]:
    """(parent property, dependent property) of the path; 404 unless they are related."""
    parent = find_property(request, state)
    dependent_id = request.match_info["dependent_id"]
    if dependent_id not in state.dependents.get(parent["id"], []):
        raise not_found("Dependent job property", dependent_id)
    return parent, state.job_properties[dependent_id]


def _ref(obj: Json) -> Json:
    return {"id": obj["id"], "label": obj["label"]}


@handler
async def list_dependents(request: web.Request, state: ConfigurationState) -> Reply:
    """The property's dependents."""
    parent = find_property(request, state)
    ids = state.dependents.get(parent["id"], [])
    return listed([_ref(state.job_properties[i]) for i in ids])


@handler
async def add_dependents(request: web.Request, state: ConfigurationState) -> Reply:
    """Add dependents from a list of ids; each must be another existing property."""
    parent = find_property(request, state)
    ids = await json_body(request, empty=None)
    if not isinstance(ids, list) or not ids or not all(isinstance(i, str) for i in ids):
        raise Refusal(400, "INVALID_BODY", "Request body must be a non-empty list of property ids")
    for dependent_id in ids:
        dependent = found(state.job_properties, dependent_id, "Job property")
        if dependent["id"] == parent["id"]:
            raise Refusal(
                400, "INVALID_DEPENDENT", f"{dependent_id} cannot depend on {parent['id']}"
            )
    known = state.dependents.setdefault(parent["id"], [])
    known.extend(i for i in dict.fromkeys(ids) if i not in known)
    return listed([_ref(state.job_properties[i]) for i in known], status=201)


@handler
async def remove_dependent(request: web.Request, state: ConfigurationState) -> Reply:
    """End the dependency and forget its value relations; 204."""
    parent, dependent = _dependent(request, state)
    state.dependents[parent["id"]].remove(dependent["id"])
    for key in [
        k for k in state.dependent_values if k[0] == parent["id"] and k[2] == dependent["id"]
    ]:
        del state.dependent_values[key]
    return Reply.empty()


@handler
async def value_relations(request: web.Request, state: ConfigurationState) -> Reply:
    """For every parent value, the dependent values it allows."""
    parent, dependent = _dependent(request, state)
    dependent_values = state.job_values[dependent["id"]]
    content = [
        {
            "parent": _ref(value),
            "values": [
                _ref(dependent_values[i])
                for i in state.dependent_values.get(
                    (parent["id"], value["id"], dependent["id"]), []
                )
            ],
        }
        for value in state.job_values[parent["id"]].values()
    ]
    return listed(content)


@handler
async def dependent_values(request: web.Request, state: ConfigurationState) -> Reply:
    """The dependent values one parent value allows."""
    parent, dependent = _dependent(request, state)
    value = find_value(request, state)
    ids = state.dependent_values.get((parent["id"], value["id"], dependent["id"]), [])
    return listed([_ref(state.job_values[dependent["id"]][i]) for i in ids])


@handler
async def add_dependent_value(request: web.Request, state: ConfigurationState) -> Reply:
    """Allow ``{"id"}`` (a value of the dependent property) with the parent value; 204.

    Both schemas give this operation no answer body, so the fake sends none.
    """
    parent, dependent = _dependent(request, state)
    value = find_value(request, state)
    body = await json_body(request, empty=None)
    wanted = body.get("id") if isinstance(body, dict) else None
    if not isinstance(wanted, str) or not wanted:
        raise Refusal(400, "REQUIRED_FIELD", "id is required")
    allowed = state.job_values[dependent["id"]]
    if wanted not in allowed:
        raise Refusal(400, "INVALID_VALUE", f"{wanted} is not a value of {dependent['id']}")
    ids = state.dependent_values.setdefault((parent["id"], value["id"], dependent["id"]), [])
    if wanted not in ids:
        ids.append(wanted)
    return Reply.empty()


@handler
async def remove_dependent_value(request: web.Request, state: ConfigurationState) -> Reply:
    """Stop allowing a dependent value with the parent value; 204, or 404 if not allowed."""
    parent, dependent = _dependent(request, state)
    value = find_value(request, state)
    wanted = request.match_info["dependent_value_id"]
    ids = state.dependent_values.get((parent["id"], value["id"], dependent["id"]), [])
    if wanted not in ids:
        raise not_found("Dependent value", wanted)
    ids.remove(wanted)
    return Reply.empty()


HANDLERS = {
    "configuration.job-properties.dependents.all": list_dependents,
    "configuration.job-properties.dependents.create": add_dependents,
    "configuration.job-properties.dependents.remove": remove_dependent,
    "configuration.job-properties.dependents.values.all": value_relations,
    "configuration.job-properties.dependents.values.get": dependent_values,
    "configuration.job-properties.dependents.values.add": add_dependent_value,
    "configuration.job-properties.dependents.values.remove": remove_dependent_value,
}
