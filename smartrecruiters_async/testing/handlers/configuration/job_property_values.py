"""``/configuration/job-properties/{id}/values`` and ``…/archive-values``."""

from __future__ import annotations

from aiohttp import web

from ...replies import Reply
from .._collection import Collection
from ..checks import Conflict
from ._common import Field, Json, config, handler, object_body
from ._edits import apply_patch, read_translations
from ._state import ConfigurationState
from .job_properties import find_property, translated

__all__ = ["HANDLERS", "find_value", "values_of"]

_NEW = {"label": Field(required=True), "id": Field()}
_PATCHABLE = {"label": Field()}


def values_of(request: web.Request, state: ConfigurationState) -> dict[str, Json]:
    """The values of the property the path names (every job property of the API has values)."""
    return state.job_values.setdefault(find_property(request, state)["id"], {})


# Listed archived ones included, labels translated.
_VALUES = Collection(
    "Job property value",
    "value_id",
    values_of,
    config,
    present=lambda rq, s, v: translated(rq, s, (rq.match_info["property_id"], v["id"]), v),
)
find_value = _VALUES.one
"""The value the path names, or 404."""


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


HANDLERS = {
    "configuration.job-properties.values.get": _VALUES.listing(),
    "configuration.job-properties.values.create": create_value,
    "configuration.job-properties.values.update": update_value,
    "configuration.job-properties.values.translations.patch": translate_value,
    "configuration.job-properties.values.archive": _VALUES.setter(archived=True),
    "configuration.job-properties.values.unarchive": _VALUES.setter(archived=False),
    # The deprecated DELETE and PUT …/values/{valueId} archive and unarchive too.
    "configuration.job-properties.values.deprecatedArchive": _VALUES.setter(archived=True),
    "configuration.job-properties.values.deprecatedUnarchive": _VALUES.setter(archived=False),
}
