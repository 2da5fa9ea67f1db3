"""``/configuration/sources``: types, offset-paged values, lookups, recruiter resolution.

Bodies follow the schema: ``SourceTypes`` (types with ``subtypes`` and ``actions.values``),
``Sources``/``Source`` (``sourceSubType`` and ``actions.sourceDetails``) and, for the lookup by
identifier, ``SourceDefinition`` (``label``, ``type``, ``subType``).
"""

from __future__ import annotations

from aiohttp import web

from ...._protocol.routes import configuration as routes
from ...replies import Reply
from .. import params
from .._collection import OffsetPage, listed
from ..checks import found, not_found
from ._common import Field, Json, handler, object_body
from ._state import ConfigurationState

__all__ = ["HANDLERS"]


API = "https://api.smartrecruiters.com"


def _link(path: str) -> Json:
    return {"url": f"{API}{path}", "method": "GET"}


def _source(source_type: str, value: Json) -> Json:
    """A stored source as the API sends it, with its ``actions``."""
    path = f"/configuration/sources/{source_type}/values/{value['id']}"
    return {**value, "actions": {"sourceDetails": _link(path)}}


def _sub_type(value: Json) -> str | None:
    sub_type = value.get("sourceSubType")
    return sub_type["id"] if sub_type else None


def _values_of(request: web.Request, state: ConfigurationState) -> list[Json]:
    source_type = request.match_info["source_type"]
    return found(state.source_values, source_type, "Source type")


@handler
async def source_types(request: web.Request, state: ConfigurationState) -> Reply:
    """Every source type with its sub-types."""
    content = [
        {**t, "actions": {"values": _link(f"/configuration/sources/{t['id']}/values")}}
        for t in state.source_types
    ]
    return listed(content)


@handler
async def source_values(request: web.Request, state: ConfigurationState) -> Reply:
    """One offset page of a type's values, optionally of one ``sourceSubType``."""
    query = params.declared(request.query, routes.LIST_SOURCE_VALUES)
    # declared() reads the types; the bounds and defaults are this listing's own.
    page = OffsetPage.read(request)
    source_type = request.match_info["source_type"]
    found = _values_of(request, state)
    if sub_type := query.get("sub_type"):
        found = [v for v in found if _sub_type(v) == sub_type]
    return page.reply(found, lambda v: _source(source_type, v))


@handler
async def source_value(request: web.Request, state: ConfigurationState) -> Reply:
    """One value of a type (of the ``sourceSubType`` when given), or 404."""
    value_id = request.match_info["source_value_id"]
    sub_type = params.declared(request.query, routes.GET_SOURCE_VALUE).get("sub_type")
    for value in _values_of(request, state):
        if value["id"] == value_id and (not sub_type or _sub_type(value) == sub_type):
            return Reply.json(_source(request.match_info["source_type"], value))
    raise not_found("Source", value_id)


@handler
async def source_by_identifier(request: web.Request, state: ConfigurationState) -> Reply:
    """A value of any type by its identifier, as a ``SourceDefinition``; or 404."""
    identifier = request.match_info["source_identifier"]
    for source_type, values in state.source_values.items():
        for value in values:
            if value["id"] == identifier:
                definition = {"label": value["label"], "type": source_type}
                if (sub_type := _sub_type(value)) is not None:
                    definition["subType"] = sub_type
                return Reply.json(definition)
    raise not_found("Source", identifier)


@handler
async def resolve_recruiter(request: web.Request, state: ConfigurationState) -> Reply:
    """The ``RECRUITERS`` source of that name (case-insensitive), created when missing."""
    name = (await object_body(request, {"name": Field(required=True)}))["name"].strip()
    recruiters = state.source_values["RECRUITERS"]
    for value in recruiters:
        if value["label"].casefold() == name.casefold():
            return Reply.json(_source("RECRUITERS", value))
    value = {"id": state.new_id(), "label": name}
    recruiters.append(value)
    return Reply.json(_source("RECRUITERS", value))


HANDLERS = {
    "configuration.source.types": source_types,
    "configuration.source.values.all": source_values,
    "configuration.source.values.single": source_value,
    "configuration.source.values.singleByIdentifier": source_by_identifier,
    "configuration.source.values.recruiterSourceByName": resolve_recruiter,
}
