"""Posting API (public): ``posting-api.json``."""

from __future__ import annotations

import datetime as dt

from ...models.postings import Departments, Destination, LocationType, Posting
from ._route import AuthMode, Paging, RouteGroup, param

_GROUP = RouteGroup("postings", spec="posting-api.json", auth=AuthMode.PUBLIC)
_COMPANY = "/v1/companies/{company_identifier}"

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
        param("destination", Destination),
        param("location_type", list[LocationType]),
        param("country"),
        param("region"),
        param("city"),
        param("department"),
        param("job_ad_id"),
        param("language", list[str]),
        param("released_after", dt.datetime),
        # custom_field.{fieldId}=v1,v2: one parameter per custom field id.
        param("custom_fields", dict[str, list[str]], wire="custom_field."),
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
