"""Application API (``apply-api.json``) and the candidate-status API
(``candidate-status-api.json``): applying to a posting and following the application."""

from __future__ import annotations

from ...models import applications as m
from ._route import RouteGroup, param

# One group, two spec files: each RouteGroup names the file its routes come from.
_APPLY = RouteGroup("applications", spec="apply-api.json")
_STATUS = RouteGroup("applications", spec="candidate-status-api.json")

APPLY = _APPLY.route(
    "POST",
    "createCandidate",
    "/postings/{posting_uuid}/candidates",
    returns=m.ApplyResponse,
    body=m.ApplyRequest,
)
CONFIGURATION = _APPLY.route(
    "GET",
    "getApplyConfigurationForPosting",
    "/postings/{posting_uuid}/configuration",
    returns=m.ApplyConfiguration,
    # Not among the 2024 client's query names: api-catalogue 9.2 lists it (beta).
    query=(param("conditionals_included", bool),),
)
STATUS = _APPLY.route(
    "GET",
    "getApplicationStatus",
    "/postings/{posting_uuid}/candidates/{candidate_id}/status",
    returns=m.ApplicationStatusInfo,
)
STATUS_BY_ID = _STATUS.route(
    "GET",
    "getStatus",
    "/candidate-status-api/status/{application_uuid}",
    returns=m.ApplicationStatusInfo,
)

ROUTES = _APPLY.routes + _STATUS.routes
