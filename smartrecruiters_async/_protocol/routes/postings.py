"""Posting API (public): ``posting-api.json``."""

from __future__ import annotations

from ...models.postings import Departments, Posting
from ._route import AuthMode, Paging, Route

_SPEC = "posting-api.json"

ROUTES = (
    Route(
        operation_id="v1.listPostings",
        method="GET",
        path="/v1/companies/{company_identifier}/postings",
        group="postings",
        paging=Paging.OFFSET,
        auth=AuthMode.PUBLIC,
        response_model=Posting,
        source_spec=_SPEC,
    ),
    Route(
        operation_id="v1.getPosting",
        method="GET",
        path="/v1/companies/{company_identifier}/postings/{posting_id}",
        group="postings",
        auth=AuthMode.PUBLIC,
        response_model=Posting,
        source_spec=_SPEC,
    ),
    Route(
        operation_id="v1.listDepartments",
        method="GET",
        path="/v1/companies/{company_identifier}/departments",
        group="postings",
        auth=AuthMode.PUBLIC,
        response_model=Departments,
        source_spec=_SPEC,
    ),
)
