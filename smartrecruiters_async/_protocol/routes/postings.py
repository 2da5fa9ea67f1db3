"""Posting API (public): ``posting-api.json``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import attrs

from ...models.postings import Departments, Posting
from ._route import AuthMode, Paging, Param, Route, RouteGroup, param

_GROUP = RouteGroup("postings", spec="posting-api.json", auth=AuthMode.PUBLIC)
_COMPANY = "/v1/companies/{company_identifier}"

# ``custom_field.{fieldId}=v1,v2`` filters by a custom field: one parameter per field id, so
# the names cannot be declared ahead; ``with_custom_fields`` declares them for one request.
CUSTOM_FIELD_PREFIX = "custom_field."

LIST = _GROUP.route(
    "GET",
    "v1.listPostings",
    _COMPANY + "/postings",
    returns=Posting,
    paging=Paging.OFFSET,
    query=(
        param("q"),
        param("limit", int),
        param("offset", int),
        # Destination and LocationType live in resources/postings.py, which imports this module,
        # so the route names their values as text; the resource checks them against the enums.
        param("destination"),
        param("location_type", list[str]),
        param("country"),
        param("region"),
        param("city"),
        param("department"),
        param("job_ad_id"),
        param("language", list[str]),
        param("released_after", dt.datetime),
    ),
)
GET = _GROUP.route(
    "GET",
    "v1.getPosting",
    _COMPANY + "/postings/{posting_id}",
    returns=Posting,
    query=(param("source_type_id"), param("source_id")),
)
DEPARTMENTS = _GROUP.route(
    "GET", "v1.listDepartments", _COMPANY + "/departments", returns=Departments
)

ROUTES = _GROUP.routes


def custom_field_param(field_id: str) -> str:
    """The query parameter (Python and wire name alike) that filters by custom field
    ``field_id``: ``custom_field.{field_id}``, its values comma-separated or repeated."""
    return CUSTOM_FIELD_PREFIX + field_id


def with_custom_fields(route: Route[Posting], field_ids: Iterable[str]) -> Route[Posting]:
    """``route`` (``LIST``) declaring, besides its own parameters, one ``custom_field.{id}`` per
    field id.

    The SDK sends and the fake server reads those filters through this one declaration.
    """
    extra = tuple(
        Param(name=custom_field_param(field_id), wire=custom_field_param(field_id), type=list[str])
        for field_id in field_ids
    )
    return attrs.evolve(route, query=route.query + extra) if extra else route
