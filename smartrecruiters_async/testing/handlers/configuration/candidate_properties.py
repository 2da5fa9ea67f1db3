"""``/configuration/candidate-properties``: properties and the values of single-select ones."""

from __future__ import annotations

from aiohttp import web

from ...replies import Reply
from .._collection import Collection
from ..checks import Conflict
from ._common import Field, Json, config, handler, object_body, select_values
from ._state import ConfigurationState

__all__ = ["HANDLERS"]


_PROPERTIES = Collection(
    "Candidate property", "property_id", lambda rq, s: s.candidate_properties, config
)


def _values(request: web.Request, state: ConfigurationState) -> dict[str, Json]:
    """The values of a single-select property (400 for other types)."""
    return select_values(_PROPERTIES.one(request, state), state.candidate_values)


_VALUES = Collection("Candidate property value", "value_id", _values, config)


@handler
async def create_value(request: web.Request, state: ConfigurationState) -> Reply:
    """Add a value (label required; id optional and unique); 201."""
    values = _values(request, state)
    body = await object_body(request, {"label": Field(required=True), "id": Field()})
    value_id = body.get("id") or state.new_id()
    if value_id in values:
        raise Conflict(f"Value {value_id} already exists")
    values[value_id] = {"id": value_id, "label": body["label"]}
    return Reply.json(values[value_id], status=201)


@handler
async def update_value(request: web.Request, state: ConfigurationState) -> Reply:
    """Rename a value."""
    value = _VALUES.one(request, state)
    value["label"] = (await object_body(request, {"label": Field(required=True)}))["label"]
    return Reply.json(value)


HANDLERS = {
    "configuration.candidate-properties.all": _PROPERTIES.listing(),
    "configuration.candidate-properties.get": _PROPERTIES.getter(),
    "configuration.candidate-properties.values.all": _VALUES.listing(),
    "configuration.candidate-properties.values.get": _VALUES.getter(),
    "configuration.candidate-properties.values.create": create_value,
    "configuration.candidate-properties.values.update": update_value,
    "configuration.candidate-properties.values.delete": _VALUES.deleter(),
}
