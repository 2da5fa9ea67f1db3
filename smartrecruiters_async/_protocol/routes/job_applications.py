"""Job Applications API: ``job-applications-api.json`` (``/job-applications-api/v202112``)."""

from __future__ import annotations

from ...models import candidates, job_applications
from ._route import RouteGroup

_GROUP = RouteGroup("job_applications", spec="job-applications-api.json")
_ONE = "/job-applications-api/v202112/job-applications/{job_application_id}"

GET = _GROUP.route("GET", "job-applications.getById", _ONE, returns=job_applications.JobApplication)
DELETE = _GROUP.route("DELETE", "job-applications.deleteById", _ONE)
REQUEST_CONSENT = _GROUP.route(
    "POST", "job-applications.postConsentRequest", _ONE + "/consent-request"
)
CONSENT_DECISIONS = _GROUP.route(
    "GET",
    "job-applications.getConsentDecision",
    _ONE + "/consents",
    returns=candidates.CandidateConsentDecisions,
)

ROUTES = _GROUP.routes
