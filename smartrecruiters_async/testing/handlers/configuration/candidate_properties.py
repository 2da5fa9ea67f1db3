"""``/configuration/candidate-properties``: properties and the values of single-select ones."""

from __future__ import annotations

from aiohttp import web

from ...replies import Reply
from ..checks import Conflict, found
from ._common import Field, Json, handler, object_body, select_values
from ._state import ConfigurationState

__all__ = ["HANDLERS"]


def _property(request: web.Request, state: ConfigurationState) -> Json:
    property_id = request.match_info["property_id"]
    return found(state.candidate_properties, property_id, "Candidate property")


def _values(request: web.Request, state: ConfigurationState) -> dict[str, Json]:
    return select_values(_property(request, state), state.candidate_values)


def _value(request: web.Request, state: ConfigurationState) -> Json:
    values, value_id = _values(request, state), request.match_info["value_id"]
    return found(values, value_id, "Candidate property value")


@handler
async def list_properties(request: web.Request, state: ConfigurationState) -> Reply:
    """Every candidate property."""
    content = list(state.candidate_properties.values())
    return Reply.json({"totalFound": len(content), "content": content})


@handler
async def get_property(request: web.Request, state: ConfigurationState) -> Reply:
    """One candidate property or 404."""
    return Reply.json(_property(request, state))


@handler
async def list_values(request: web.Request, state: ConfigurationState) -> Reply:
    """Every value of a single-select property (400 for other types)."""
    content = list(_values(request, state).values())
    return Reply.json({"totalFound": len(content), "content": content})


@handler
async def get_value(request: web.Request, state: ConfigurationState) -> Reply:
    """One value or 404."""
    return Reply.json(_value(request, state))


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
    value = _value(request, state)
    value["label"] = (await object_body(request, {"label": Field(required=True)}))["label"]
    return Reply.json(value)


@handler
async def delete_value(request: web.Request, state: ConfigurationState) -> Reply:
    """Remove a value; 204."""
    del _values(request, state)[_value(request, state)["id"]]
    return Reply.empty()


HANDLERS = {
    "configuration.candidate-properties.all": list_properties,
    "configuration.candidate-properties.get": get_property,
    "configuration.candidate-properties.values.all": list_values,
    "configuration.candidate-properties.values.get": get_value,
    "configuration.candidate-properties.values.create": create_value,
    "configuration.candidate-properties.values.update": update_value,
    "configuration.candidate-properties.values.delete": delete_value,
}
