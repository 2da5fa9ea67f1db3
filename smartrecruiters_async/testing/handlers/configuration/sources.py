"""``/configuration/sources``: types, offset-paged values, lookups, recruiter resolution."""

from __future__ import annotations

from aiohttp import web

from ...replies import Reply
from .. import params
from ..checks import found, not_found
from ._common import Field, Json, handler, object_body
from ._state import ConfigurationState

__all__ = ["HANDLERS"]


def _values_of(request: web.Request, state: ConfigurationState) -> list[Json]:
    source_type = request.match_info["source_type"]
    return found(state.source_values, source_type, "Source type")


@handler
async def source_types(request: web.Request, state: ConfigurationState) -> Reply:
    """Every source type with its sub-types."""
    return Reply.json({"totalFound": len(state.source_types), "content": state.source_types})


@handler
async def source_values(request: web.Request, state: ConfigurationState) -> Reply:
    """One offset page of a type's values, optionally of one ``sourceSubType``."""
    limit = params.integer(request.query, "limit", 10, low=1, high=100)
    offset = params.integer(request.query, "offset", 0, low=0)
    found = _values_of(request, state)
    if sub_type := request.query.get("sourceSubType"):
        found = [v for v in found if v.get("subType") == sub_type]
    return Reply.json(
        {
            "offset": offset,
            "limit": limit,
            "totalFound": len(found),
            "content": found[offset : offset + limit],
        }
    )


@handler
async def source_value(request: web.Request, state: ConfigurationState) -> Reply:
    """One value of a type, or 404."""
    value_id = request.match_info["source_value_id"]
    for value in _values_of(request, state):
        if value["id"] == value_id:
            return Reply.json(value)
    raise not_found("Source", value_id)


@handler
async def source_by_identifier(request: web.Request, state: ConfigurationState) -> Reply:
    """A value of any type by its identifier, or 404."""
    identifier = request.match_info["source_identifier"]
    for values in state.source_values.values():
        for value in values:
            if value["id"] == identifier:
                return Reply.json(value)
    raise not_found("Source", identifier)


@handler
async def resolve_recruiter(request: web.Request, state: ConfigurationState) -> Reply:
    """The ``RECRUITERS`` source of that name (case-insensitive), created when missing."""
    name = (await object_body(request, {"name": Field(required=True)}))["name"].strip()
    recruiters = state.source_values["RECRUITERS"]
    for value in recruiters:
        if value["label"].casefold() == name.casefold():
            return Reply.json(value)
    value = {"id": state.new_id(), "label": name, "type": "RECRUITERS"}
    recruiters.append(value)
    return Reply.json(value)


HANDLERS = {
    "configuration.source.types": source_types,
    "configuration.source.values.all": source_values,
    "configuration.source.values.single": source_value,
    "configuration.source.values.singleByIdentifier": source_by_identifier,
    "configuration.source.values.recruiterSourceByName": resolve_recruiter,
}
