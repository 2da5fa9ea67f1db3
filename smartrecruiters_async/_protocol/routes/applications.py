"""Application API (``apply-api.json``) and the candidate-status API
(``candidate-status-api.json``): applying to a posting and following the application."""

from __future__ import annotations

from ...models import applications as m
from ._route import Body, Route

ROUTES = (
    Route(
        operation_id="createCandidate",
        method="POST",
        path="/postings/{posting_uuid}/candidates",
        group="applications",
        request_body=Body.JSON,
        request_model=m.ApplyRequest,
        response_model=m.ApplyResponse,
        source_spec="apply-api.json",
    ),
    Route(
        operation_id="getApplyConfigurationForPosting",
        method="GET",
        path="/postings/{posting_uuid}/configuration",
        group="applications",
        response_model=m.ApplyConfiguration,
        source_spec="apply-api.json",
    ),
    Route(
        operation_id="getApplicationStatus",
        method="GET",
        path="/postings/{posting_uuid}/candidates/{candidate_id}/status",
        group="applications",
        response_model=m.ApplicationStatusInfo,
        source_spec="apply-api.json",
    ),
    Route(
        operation_id="getStatus",
        method="GET",
        path="/candidate-status-api/status/{application_uuid}",
        group="applications",
        response_model=m.ApplicationStatusInfo,
        source_spec="candidate-status-api.json",
    ),
)
