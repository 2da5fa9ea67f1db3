"""Posting API handlers: ``v1.listPostings``, ``v1.getPosting``, ``v1.listDepartments``.

The seeded postings (``testing.data``) carry keys the handlers use but the API does not send:
``visibility`` and ``location.hybrid`` drive the ``destination`` and ``locationType`` filters,
and ``UNDECLARED_POSTING_FIELDS`` are there for tests of the data itself. ``on_the_wire`` leaves
them out, so every body speaks the official Posting API names (the 2017 schema's ``Posting``,
the swagger examples and the Posting API's object page).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from aiohttp import web

from ..._protocol.routes import postings as routes
from ..data import UNDECLARED_POSTING_FIELDS
from ..replies import Handler, Reply
from ..state import ServerData
from . import params
from ._collection import OffsetPage, answering, listed
from .checks import refusals_as_replies

__all__ = ["HANDLERS", "get_posting", "list_departments", "list_postings", "on_the_wire"]

Json = dict[str, Any]
Test = Callable[[Json], bool]

_DESTINATIONS = {
    "PUBLIC": frozenset({"PUBLIC"}),
    "INTERNAL": frozenset({"INTERNAL"}),
    "INTERNAL_OR_PUBLIC": frozenset({"PUBLIC", "INTERNAL"}),
}
_LOCATION_TYPES = frozenset({"REMOTE", "ONSITE", "HYBRID", "ANY"})
_NOT_SENT = frozenset({"visibility", *UNDECLARED_POSTING_FIELDS})
_NOT_SENT_IN_LOCATION = frozenset({"hybrid"})


def on_the_wire(posting: Json) -> Json:
    """A seeded posting as the API sends it: without the keys only the fake uses."""
    wire = {key: value for key, value in posting.items() if key not in _NOT_SENT}
    location = posting.get("location")
    if isinstance(location, dict):
        wire["location"] = {k: v for k, v in location.items() if k not in _NOT_SENT_IN_LOCATION}
    return wire


def _location_type(posting: Json) -> str:
    location = posting.get("location") or {}
    if location.get("remote"):
        return "REMOTE"
    if location.get("hybrid"):
        return "HYBRID"
    return "ONSITE"


def _released(posting: Json) -> dt.datetime:
    return dt.datetime.fromisoformat(posting["releasedDate"])


def _same(value: object, wanted: str) -> bool:
    return isinstance(value, str) and value.casefold() == wanted.casefold()


def _location_is(key: str, wanted: str) -> Test:
    return lambda posting: _same(posting["location"].get(key), wanted)


def _has_custom_value(field_id: str, values: frozenset[str]) -> Test:
    return lambda posting: any(
        field["fieldId"] == field_id and field["valueId"] in values
        for field in posting["customField"]
    )


def _filters(query: Mapping[str, Any]) -> list[Test]:
    """One test per filter of ``query`` (the list route's parameters by Python name); raises
    ``InvalidParameter`` for a bad value."""
    tests: list[Test] = []
    if q := query.get("q"):
        tests.append(lambda p: q.casefold() in p["name"].casefold())
    for key in ("country", "region", "city"):
        if wanted := query.get(key):
            tests.append(_location_is(key, wanted))
    if department := query.get("department"):
        tests.append(lambda p: p["department"]["id"] == department)
    if job_ad_id := query.get("job_ad_id"):
        tests.append(lambda p: p["jobAdId"] == job_ad_id)
    # The fake shows internal postings unless asked not to, so `postings=N` lists N postings.
    destination = query.get("destination", "INTERNAL_OR_PUBLIC").upper()
    if destination not in _DESTINATIONS:
        raise params.InvalidParameter(
            "destination must be one of PUBLIC, INTERNAL, INTERNAL_OR_PUBLIC"
        )
    visible = _DESTINATIONS[destination]
    tests.append(lambda p: p["visibility"] in visible)
    location_types = {value.upper() for value in query.get("location_type", [])}
    if location_types - _LOCATION_TYPES:
        raise params.InvalidParameter("locationType must be REMOTE, ONSITE, HYBRID or ANY")
    if location_types and "ANY" not in location_types:
        tests.append(lambda p: _location_type(p) in location_types)
    languages = {code.casefold() for code in query.get("language", [])}
    if languages:
        tests.append(lambda p: p["language"]["code"].casefold() in languages)
    if (after := query.get("released_after")) is not None:
        tests.append(lambda p: _released(p) > after)
    for field_id, values in query.get("custom_fields", {}).items():
        tests.append(_has_custom_value(field_id, frozenset(values)))
    return tests


@refusals_as_replies()
async def list_postings(request: web.Request, data: ServerData) -> Reply:
    """``GET /v1/companies/{companyIdentifier}/postings``: one offset page of summaries."""
    query = params.declared(request.query, routes.LIST)
    page = OffsetPage.read(request)
    tests = _filters(query)
    if request.match_info["company_identifier"] != data.company:
        found: list[Json] = []
    elif len(tests) == 1 and "destination" not in query:
        found = list(data.summaries)
    else:
        found = [p for p in data.summaries if all(test(p) for test in tests)]
    return page.reply(found, on_the_wire)


async def get_posting(request: web.Request, data: ServerData) -> Reply:
    """``GET /v1/companies/{companyIdentifier}/postings/{postingId}``: the full posting."""
    posting_id = request.match_info["posting_id"]
    posting = data.postings_by_id.get(posting_id)
    if posting is None or request.match_info["company_identifier"] != data.company:
        return Reply.error(404, "NOT_FOUND", f"Posting {posting_id} not found")
    # A listed posting is live: postings/retrieve_posting.json shows the full one's "active".
    return Reply.json({**on_the_wire(posting), "active": True})


list_departments = answering(
    lambda rq, d: listed(d.departments if rq.match_info["company_identifier"] == d.company else [])
)
"""``GET /v1/companies/{companyIdentifier}/departments``: every department (none of another
company), no paging."""

HANDLERS: Mapping[str, Handler] = {
    "v1.listPostings": list_postings,
    "v1.getPosting": get_posting,
    "v1.listDepartments": list_departments,
}
