"""Job Applications API: ``job-applications-api.json`` (``/job-applications-api/v202112``)."""

from __future__ import annotations

from typing import Any

from ...models import candidates, job_applications
from ._route import Body, Route

_SPEC = "job-applications-api.json"
_ONE = "/job-applications-api/v202112/job-applications/{job_application_id}"


def _route(operation_id: str, method: str, path: str, **options: Any) -> Route:
    return Route(
        operation_id=operation_id,
        method=method,
        path=path,
        group="job_applications",
        source_spec=_SPEC,
        **options,
    )


ROUTES = (
    _route("job-applications.getById", "GET", _ONE, response_model=job_applications.JobApplication),
    _route("job-applications.deleteById", "DELETE", _ONE, response_body=Body.NONE),
    _route(
        "job-applications.postConsentRequest",
        "POST",
        _ONE + "/consent-request",
        response_body=Body.NONE,
    ),
    _route(
        "job-applications.getConsentDecision",
        "GET",
        _ONE + "/consents",
        response_model=candidates.CandidateConsentDecisions,
    ),
)
