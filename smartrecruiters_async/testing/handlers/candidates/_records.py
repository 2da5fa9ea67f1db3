"""Tag and candidate-property handlers."""

from __future__ import annotations

from typing import Any

from aiohttp import web

from ...._protocol.routes import candidates as routes
from ...candidate_store import PROPERTY_DEFINITIONS
from ...replies import Reply
from ...state import ServerData
from .. import params
from ..checks import Refusal, json_array, json_object, refusals_as_replies
from ._checks import application, candidate

__all__ = ["HANDLERS"]

Json = dict[str, Any]

_DEFINITIONS = {d["id"]: d for d in PROPERTY_DEFINITIONS}


async def _tags_body(request: web.Request) -> list[str]:
    body = await json_object(request)
    tags = body.get("tags")
    if not isinstance(tags, list) or not all(isinstance(t, str) and t.strip() for t in tags):
        raise Refusal(400, "INVALID_VALUE", "tags must be a list of non-empty strings")
    return tags


@refusals_as_replies()
async def get_tags(request: web.Request, data: ServerData) -> Reply:
    """``GET /candidates/{id}/tags``."""
    _, found = candidate(request, data)
    return Reply.json({"tags": found.get("tags") or []})


@refusals_as_replies()
async def add_tags(request: web.Request, data: ServerData) -> Reply:
    """``POST /candidates/{id}/tags``: add the new ones, keep the order; every tag back."""
    store, found = candidate(request, data)
    tags = list(found.get("tags") or [])
    tags += [t for t in dict.fromkeys(await _tags_body(request)) if t not in tags]
    found["tags"] = tags
    store.touch(found["id"])
    return Reply.json({"tags": tags})


@refusals_as_replies()
async def replace_tags(request: web.Request, data: ServerData) -> Reply:
    """``PUT /candidates/{id}/tags``: exactly these tags."""
    store, found = candidate(request, data)
    found["tags"] = list(dict.fromkeys(await _tags_body(request)))
    store.touch(found["id"])
    return Reply.json({"tags": found["tags"]})


@refusals_as_replies()
async def delete_tags(request: web.Request, data: ServerData) -> Reply:
    """``DELETE /candidates/{id}/tags``: no tags left; 204."""
    store, found = candidate(request, data)
    found["tags"] = []
    store.touch(found["id"])
    return Reply.empty()


def _scope(request: web.Request, data: ServerData) -> tuple[Any, tuple[str, str | None]]:
    if "job_id" in request.match_info:
        store, app = application(request, data)
        return store, (app["candidateId"], app["jobId"])
    store, found = candidate(request, data)
    return store, (found["id"], None)


def _stored_value(definition: Json, value: Any) -> Any:
    """The value as stored and shown, or 400 when it does not fit the property's type."""
    kind = definition["type"]
    if kind == "NUMBER" and isinstance(value, int | float) and not isinstance(value, bool):
        return value
    if kind == "BOOLEAN" and isinstance(value, bool):
        return value
    if kind == "TEXT" and isinstance(value, str):
        return value
    if kind == "CURRENCY" and isinstance(value, dict) and isinstance(value.get("code"), str):
        amount = value.get("value")
        if isinstance(amount, int | float) and not isinstance(amount, bool):
            return {"code": value["code"], "value": amount}
    if kind == "SINGLE_SELECT":
        chosen = value.get("id") if isinstance(value, dict) else value
        for option in definition["values"]:
            if option["id"] == chosen:
                return option["id"]
    raise Refusal(
        400, "INVALID_VALUE", f"value does not fit property {definition['id']} of type {kind}"
    )


@refusals_as_replies()
async def get_properties(request: web.Request, data: ServerData) -> Reply:
    """``GET .../properties``: every property with this candidate's (or application's) value.

    A ``SINGLE_SELECT`` value is the option's id, with its label as ``valueLabel``.
    """
    # Every property belongs to every form here, so ``context`` is only checked.
    route = routes.APPLICATION_PROPERTIES if "job_id" in request.match_info else routes.PROPERTIES
    params.declared(request.query, route)
    store, key = _scope(request, data)
    values = store.properties.get(key, {})
    content = []
    for definition in PROPERTY_DEFINITIONS:
        item = {k: v for k, v in definition.items() if k != "values"}
        if definition["id"] in values:
            item["value"] = values[definition["id"]]
            if definition["type"] == "SINGLE_SELECT":
                labels = {o["id"]: o["label"] for o in definition["values"]}
                item["valueLabel"] = labels[item["value"]]
        url = f"/configuration/candidate-properties/{definition['id']}"
        item["actions"] = {"configuration": {"url": url, "method": "GET"}}
        content.append(item)
    return Reply.json({"content": content})


@refusals_as_replies()
async def set_property(request: web.Request, data: ServerData) -> Reply:
    """``PUT .../properties/{propertyId}``: ``{"value"}`` checked against the type; 204."""
    store, key = _scope(request, data)
    property_id = request.match_info["property_id"]
    definition = _DEFINITIONS.get(property_id)
    if definition is None:
        raise Refusal(404, "NOT_FOUND", f"Candidate property {property_id} not found")
    body = await json_object(request)
    if "value" not in body:
        raise Refusal(400, "REQUIRED_FIELD", "value is required")
    store.properties.setdefault(key, {})[property_id] = _stored_value(definition, body["value"])
    return Reply.empty()


@refusals_as_replies()
async def set_properties(request: web.Request, data: ServerData) -> Reply:
    """``PUT /candidates/{id}/jobs/{jobId}/properties``: ``[{"id", "value"}]``, all or none."""
    store, key = _scope(request, data)
    items = await json_array(request)
    staged: dict[str, Any] = {}
    for item in items:
        if not isinstance(item, dict) or "id" not in item or "value" not in item:
            raise Refusal(400, "REQUIRED_FIELD", "every item needs an id and a value")
        definition = _DEFINITIONS.get(item["id"])
        if definition is None:
            raise Refusal(400, "INVALID_VALUE", f"Candidate property {item['id']} not found")
        staged[item["id"]] = _stored_value(definition, item["value"])
    store.properties.setdefault(key, {}).update(staged)
    return Reply.empty()


HANDLERS = {
    "candidates.tags.get": get_tags,
    "candidates.tags.add": add_tags,
    "candidates.tags.replace": replace_tags,
    "candidates.tags.delete": delete_tags,
    "candidates.properties.get": get_properties,
    "candidates.properties.getForJob": get_properties,
    "candidates.properties.values.update": set_property,
    "candidates.properties.values.updateForJob": set_property,
    "candidates.properties.values.batchUpdateForJob": set_properties,
}
