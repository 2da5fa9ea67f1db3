"""``/configuration/job-properties``: properties, their translations and activation."""

from __future__ import annotations

from aiohttp import web

from ...replies import Reply
from .._collection import Collection
from ..checks import Conflict
from ._common import Field, Json, config, handler, language, object_body
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


def translated(
    request: web.Request, state: ConfigurationState, key: tuple[str, ...], obj: Json
) -> Json:
    """``obj`` with its label in the request's ``Accept-Language``, when translated."""
    label = state.translations.get(key, {}).get(language(request) or "")
    return obj if label is None else {**obj, "label": label}


PROPERTIES = Collection(
    "Job property",
    "property_id",
    lambda rq, s: s.job_properties,
    config,
    present=lambda rq, s, p: translated(rq, s, (p["id"],), p),
)
find_property = PROPERTIES.one
"""The job property the path names, or 404."""


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


HANDLERS = {
    "configuration.job-properties.all": PROPERTIES.listing(),
    "configuration.job-properties.get": PROPERTIES.getter(),
    "configuration.job-properties.create": create_property,
    "configuration.job-properties.update": update_property,
    "configuration.job-properties.translations.patch": translate_property,
    "configuration.job-properties.activate": PROPERTIES.setter(active=True),
    "configuration.job-properties.deactivate": PROPERTIES.setter(active=False),
}
