"""Job API: ``jobs-api.json``."""

from __future__ import annotations

from ._route import Body, Route

_SPEC = "jobs-api.json"

ROUTES = (
    Route(
        operation_id="jobs.publication.all",
        method="GET",
        path="/jobs/{job_id}/publication",
        group="jobs",
        source_spec=_SPEC,
    ),
    Route(
        operation_id="jobs.publication.create",
        method="POST",
        path="/jobs/{job_id}/publication",
        group="jobs",
        rate_classes=("default", "publication"),
        request_body=Body.JSON,
        source_spec=_SPEC,
    ),
    Route(
        operation_id="jobs.publication.unpublish",
        method="DELETE",
        path="/jobs/{job_id}/publication",
        group="jobs",
        rate_classes=("default", "publication"),
        response_body=Body.NONE,
        source_spec=_SPEC,
    ),
)
