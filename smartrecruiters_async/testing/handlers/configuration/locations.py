"""``/configuration/predefined-locations``: create, list, get, replace, delete one or many."""

from __future__ import annotations

from aiohttp import web

from ...._protocol.routes import configuration as routes
from ...replies import Reply
from .. import params
from .._collection import Collection
from ..checks import Refusal
from ._common import Field, Json, config, handler, object_body
from ._state import ConfigurationState, location_json

__all__ = ["HANDLERS"]

_LOCATION = {
    "countryCode": Field(required=True),
    "city": Field(required=True),
    "regionCode": Field(),
    "address": Field(),
    "postalCode": Field(),
    "remote": Field(bool),
}


async def _location_body(request: web.Request) -> Json:
    body = await object_body(request, _LOCATION)
    code = body["countryCode"]
    if len(code) != 2 or not code.isalpha():
        raise Refusal(400, "INVALID_VALUE", "countryCode must be an ISO 3166 alpha-2 code")
    return body


_LOCATIONS = Collection("Predefined location", "location_id", lambda rq, s: s.locations, config)


@handler
async def create_location(request: web.Request, state: ConfigurationState) -> Reply:
    """Add a location (``countryCode`` and ``city`` required); 201."""
    location = location_json(state.new_id(), await _location_body(request))
    state.locations[location["id"]] = location
    return Reply.json(location, status=201)


@handler
async def update_location(request: web.Request, state: ConfigurationState) -> Reply:
    """Replace a location."""
    location_id = _LOCATIONS.one(request, state)["id"]
    location = location_json(location_id, await _location_body(request))
    state.locations[location_id] = location
    return Reply.json(location)


@handler
async def delete_locations(request: web.Request, state: ConfigurationState) -> Reply:
    """Remove every location named by a repeated ``id`` parameter; unknown ids are ignored."""
    # declared() refuses a request without ``id``; an ``id`` of only commas still leaves none.
    ids = params.declared(request.query, routes.DELETE_LOCATIONS)["location_ids"]
    if not ids:
        raise Refusal(400, "INVALID_PARAMETER", "id is required")
    for location_id in ids:
        state.locations.pop(location_id, None)
    return Reply.empty()


HANDLERS = {
    "configuration.predefined-locations.getMany": _LOCATIONS.listing(),
    "configuration.predefined-locations.getOne": _LOCATIONS.getter(),
    "configuration.predefined-locations.createOne": create_location,
    "configuration.predefined-locations.updateOne": update_location,
    "configuration.predefined-locations.deleteOne": _LOCATIONS.deleter(),
    "configuration.predefined-locations.deleteMany": delete_locations,
}
