"""``/configuration/job-properties``: properties, their translations and activation."""

from __future__ import annotations

from aiohttp import web

from ...replies import Reply
from ..checks import Conflict, found
from ._common import Field, Json, handler, language, object_body
from ._edits import apply_patch, read_translations
from ._state import ConfigurationState

__all__ = ["HANDLERS", "find_property", "translated"]

TYPES = frozenset({"SINGLE_SELECT", "TEXT"})
_NEW = {
    "label": Field(required=True),
    "type": Field(required=True, choices=TYPES),
    "id": Field(),
    "required": Field(bool),
}
_PATCHABLE = {"label": Field(), "required": Field(bool)}


def find_property(request: web.Request, state: ConfigurationState) -> Json:
    """The job property the path names, or 404."""
    property_id = request.match_info["property_id"]
    return found(state.job_properties, property_id, "Job property")


def translated(
    request: web.Request, state: ConfigurationState, key: tuple[str, ...], obj: Json
) -> Json:
    """``obj`` with its label in the request's ``Accept-Language``, when translated."""
    label = state.translations.get(key, {}).get(language(request) or "")
    return obj if label is None else {**obj, "label": label}


@handler
async def list_properties(request: web.Request, state: ConfigurationState) -> Reply:
    """Every job property, labels translated."""
    content = [translated(request, state, (p["id"],), p) for p in state.job_properties.values()]
    return Reply.json({"totalFound": len(content), "content": content})


@handler
async def get_property(request: web.Request, state: ConfigurationState) -> Reply:
    """One job property, label translated, or 404."""
    found = find_property(request, state)
    return Reply.json(translated(request, state, (found["id"],), found))


@handler
async def create_property(request: web.Request, state: ConfigurationState) -> Reply:
    """Add a property (label and type required, type an enum); 201, active."""
    body = await object_body(request, _NEW)
    property_id = body.get("id") or state.new_id()
    if property_id in state.job_properties:
        raise Conflict(f"Job property {property_id} already exists")
    created = {
        "id": property_id,
        "label": body["label"],
        "type": body["type"],
        "required": bool(body.get("required", False)),
        "active": True,
    }
    state.job_properties[property_id] = created
    state.job_values[property_id] = {}
    return Reply.json(created, status=201)


@handler
async def update_property(request: web.Request, state: ConfigurationState) -> Reply:
    """Apply a JSON Patch to ``/label`` or ``/required``."""
    found = find_property(request, state)
    await apply_patch(request, found, _PATCHABLE)
    return Reply.json(found)


@handler
async def translate_property(request: web.Request, state: ConfigurationState) -> Reply:
    """Set the property's label per language; 204."""
    found = find_property(request, state)
    state.translations.setdefault((found["id"],), {}).update(await read_translations(request))
    return Reply.empty()


@handler
async def activate(request: web.Request, state: ConfigurationState) -> Reply:
    """Mark the property active; 204."""
    find_property(request, state)["active"] = True
    return Reply.empty()


@handler
async def deactivate(request: web.Request, state: ConfigurationState) -> Reply:
    """Mark the property inactive; 204."""
    find_property(request, state)["active"] = False
    return Reply.empty()


HANDLERS = {
    "configuration.job-properties.all": list_properties,
    "configuration.job-properties.get": get_property,
    "configuration.job-properties.create": create_property,
    "configuration.job-properties.update": update_property,
    "configuration.job-properties.translations.patch": translate_property,
    "configuration.job-properties.activate": activate,
    "configuration.job-properties.deactivate": deactivate,
}
