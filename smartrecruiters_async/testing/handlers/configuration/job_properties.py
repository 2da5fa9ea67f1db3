"""``/configuration/job-properties``: properties, their translations and activation."""

from __future__ import annotations

from aiohttp import web

from ...replies import Reply
from ..checks import Conflict, found
from ._common import Field, Json, handler, language, object_body
from ._edits import apply_patch, read_translations
from ._state import ConfigurationState

__all__ = ["HANDLERS", "find_property", "translated"]

CATEGORIES = frozenset({"job", "organization"})
# Schema ``JobPropertyDefinitionCreationRequest``: label, category and visible required.
_NEW = {
    "label": Field(required=True),
    "category": Field(required=True, choices=CATEGORIES),
    "visible": Field(bool, required=True),
    "active": Field(bool),
    "required": Field(bool),
}
# The category is fixed once a property exists; activation has its own routes.
_PATCHABLE = {"label": Field(), "required": Field(bool), "visible": Field(bool)}


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
    """Add a property (label, category and visible required; labels unique); 201.

    The server picks the id. A new property is inactive unless the body says ``active``: the
    product activates a field once it has values.
    """
    body = await object_body(request, _NEW)
    label = body["label"].strip()
    if any(p["label"].casefold() == label.casefold() for p in state.job_properties.values()):
        raise Conflict(f"Job property {label!r} already exists")
    created = {
        "id": state.new_id(),
        "label": label,
        "category": body["category"],
        "active": bool(body.get("active", False)),
        "visible": body["visible"],
        "required": bool(body.get("required", False)),
    }
    state.job_properties[created["id"]] = created
    state.job_values[created["id"]] = {}
    return Reply.json(created, status=201)


@handler
async def update_property(request: web.Request, state: ConfigurationState) -> Reply:
    """Apply a JSON Patch to ``/label``, ``/required`` or ``/visible``."""
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
