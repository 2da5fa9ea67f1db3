"""``/configuration/job-properties/{id}/values`` and ``…/archive-values``."""

from __future__ import annotations

from aiohttp import web

from ...replies import Reply
from ..checks import Conflict, found
from ._common import Field, Json, handler, object_body
from ._edits import apply_patch, read_translations
from ._state import ConfigurationState
from .job_properties import find_property, translated

__all__ = ["HANDLERS", "find_value", "values_of"]

_NEW = {"label": Field(required=True), "id": Field()}
_PATCHABLE = {"label": Field()}


def values_of(request: web.Request, state: ConfigurationState) -> dict[str, Json]:
    """The values of the property the path names (every job property of the API has values)."""
    return state.job_values.setdefault(find_property(request, state)["id"], {})


def find_value(request: web.Request, state: ConfigurationState) -> Json:
    """The value the path names, or 404."""
    values, value_id = values_of(request, state), request.match_info["value_id"]
    return found(values, value_id, "Job property value")


@handler
async def list_values(request: web.Request, state: ConfigurationState) -> Reply:
    """Every value, archived ones included, labels translated."""
    property_id = request.match_info["property_id"]
    content = [
        translated(request, state, (property_id, v["id"]), v)
        for v in values_of(request, state).values()
    ]
    return Reply.json({"totalFound": len(content), "content": content})


@handler
async def create_value(request: web.Request, state: ConfigurationState) -> Reply:
    """Add a value (label required, id optional and unique); 201."""
    values = values_of(request, state)
    body = await object_body(request, _NEW)
    value_id = body.get("id") or state.new_id()
    if value_id in values:
        raise Conflict(f"Value {value_id} already exists")
    values[value_id] = {"id": value_id, "label": body["label"], "archived": False}
    return Reply.json(values[value_id], status=201)


@handler
async def update_value(request: web.Request, state: ConfigurationState) -> Reply:
    """Apply a JSON Patch to ``/label``."""
    value = find_value(request, state)
    await apply_patch(request, value, _PATCHABLE)
    return Reply.json(value)


@handler
async def translate_value(request: web.Request, state: ConfigurationState) -> Reply:
    """Set the value's label per language; 204."""
    value = find_value(request, state)
    key = (request.match_info["property_id"], value["id"])
    state.translations.setdefault(key, {}).update(await read_translations(request))
    return Reply.empty()


@handler
async def archive(request: web.Request, state: ConfigurationState) -> Reply:
    """Archive the value; 204 (also the deprecated ``DELETE …/values/{valueId}``)."""
    find_value(request, state)["archived"] = True
    return Reply.empty()


@handler
async def unarchive(request: web.Request, state: ConfigurationState) -> Reply:
    """Unarchive the value; 204 (also the deprecated ``PUT …/values/{valueId}``)."""
    find_value(request, state)["archived"] = False
    return Reply.empty()


HANDLERS = {
    "configuration.job-properties.values.get": list_values,
    "configuration.job-properties.values.create": create_value,
    "configuration.job-properties.values.update": update_value,
    "configuration.job-properties.values.translations.patch": translate_value,
    "configuration.job-properties.values.archive": archive,
    "configuration.job-properties.values.unarchive": unarchive,
    "configuration.job-properties.values.deprecatedArchive": archive,
    "configuration.job-properties.values.deprecatedUnarchive": unarchive,
}
