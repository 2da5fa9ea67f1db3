"""Candidate API: ``candidates-api.json`` (40 operations, host root).

``{candidate_id}`` is the API's ``{id}``. ``GET /candidates`` pages by cursor (``Link`` header
too) and allows one request in flight per credential. CV and attachment uploads are multipart;
attachment reads are binary downloads.
"""

from __future__ import annotations

from typing import Any

from ...models import candidates as m
from ._route import Body, Paging, Route

_SPEC = "candidates-api.json"
_ONE = "/candidates/{candidate_id}"
_APP = "/candidates/{candidate_id}/jobs/{job_id}"


def _route(operation_id: str, method: str, path: str, **options: Any) -> Route:
    return Route(
        operation_id=operation_id,
        method=method,
        path=path,
        group="candidates",
        source_spec=_SPEC,
        **options,
    )


_LIST_AND_CREATE = (
    _route(
        "candidates.all",
        "GET",
        "/candidates",
        paging=Paging.CURSOR,
        concurrency_classes=("default", "candidates_list"),
        response_model=m.Candidate,
    ),
    _route(
        "candidates.add",
        "POST",
        "/candidates",
        request_body=Body.JSON,
        request_model=m.CandidateInput,
        response_model=m.CandidateDetails,
    ),
    _route(
        "candidates.addToJob",
        "POST",
        "/jobs/{job_id}/candidates",
        request_body=Body.JSON,
        request_model=m.CandidateInput,
        response_model=m.CandidateDetails,
    ),
    _route(
        "candidates.resume.add",
        "POST",
        "/candidates/cv",
        request_body=Body.MULTIPART,
        response_model=m.CandidateDetails,
    ),
    _route(
        "candidates.resume.addToJob",
        "POST",
        "/jobs/{job_id}/candidates/cv",
        request_body=Body.MULTIPART,
        response_model=m.CandidateDetails,
    ),
    # Parsing stores nothing, so a replay after an ambiguous failure is harmless.
    _route(
        "candidates.resume.parse",
        "POST",
        "/candidates/cv/parse",
        request_body=Body.MULTIPART,
        response_model=m.ParsedResume,
        idempotent=True,
    ),
)

_ONE_CANDIDATE = (
    _route("candidates.get", "GET", _ONE, response_model=m.CandidateDetails),
    # PATCH replaces the personal details it is sent, so sending them again changes nothing.
    _route(
        "candidates.update",
        "PATCH",
        _ONE,
        request_body=Body.JSON,
        request_model=m.PersonalDetails,
        response_model=m.CandidateDetails,
        idempotent=True,
    ),
    _route("candidates.delete", "DELETE", _ONE, response_body=Body.NONE),
    _route("candidates.getApplication", "GET", _APP, response_model=m.Application),
    _route("candidates.deleteApplication", "DELETE", _APP, response_body=Body.NONE),
)

# The onboarding PUTs answer without a body: both schemas (recruitifi.json and roksela.json
# ops) give them no return type.
_STATUS_AND_SOURCE = (
    _route(
        "candidates.status.updatePrimary",
        "PUT",
        _ONE + "/status",
        request_body=Body.JSON,
        request_model=m.CandidateStatusUpdate,
        response_body=Body.NONE,
    ),
    _route(
        "candidates.status.update",
        "PUT",
        _APP + "/status",
        request_body=Body.JSON,
        request_model=m.CandidateStatusUpdate,
        response_body=Body.NONE,
    ),
    _route(
        "candidates.status.history.get",
        "GET",
        _ONE + "/status/history",
        response_model=m.CandidateStatusHistory,
    ),
    _route(
        "candidates.status.history.getForJob",
        "GET",
        _APP + "/status/history",
        response_model=m.CandidateStatusHistory,
    ),
    _route(
        "candidates.source.update",
        "PUT",
        _APP + "/source",
        request_body=Body.JSON,
        request_model=m.CandidateSource,
        response_body=Body.NONE,
    ),
    _route(
        "candidates.onboarding.get",
        "GET",
        _ONE + "/onboardingStatus",
        response_model=m.OnboardingStatus,
    ),
    _route(
        "candidates.onboarding.update",
        "PUT",
        _ONE + "/onboardingStatus",
        request_body=Body.JSON,
        request_model=m.OnboardingStatusUpdate,
        response_body=Body.NONE,
    ),
    _route(
        "candidates.onboarding.getForJob",
        "GET",
        _APP + "/onboardingStatus",
        response_model=m.OnboardingStatus,
    ),
    _route(
        "candidates.onboarding.updateForJob",
        "PUT",
        _APP + "/onboardingStatus",
        request_body=Body.JSON,
        request_model=m.OnboardingStatusUpdate,
        response_body=Body.NONE,
    ),
)

_TAGS_AND_PROPERTIES = (
    _route("candidates.tags.get", "GET", _ONE + "/tags", response_model=m.CandidateTags),
    # Adding tags is a set union: a replay adds nothing new.
    _route(
        "candidates.tags.add",
        "POST",
        _ONE + "/tags",
        request_body=Body.JSON,
        request_model=m.TagsInput,
        response_model=m.CandidateTags,
        idempotent=True,
    ),
    _route(
        "candidates.tags.replace",
        "PUT",
        _ONE + "/tags",
        request_body=Body.JSON,
        request_model=m.TagsInput,
        response_model=m.CandidateTags,
    ),
    _route("candidates.tags.delete", "DELETE", _ONE + "/tags", response_body=Body.NONE),
    _route(
        "candidates.properties.get",
        "GET",
        _ONE + "/properties",
        response_model=m.CandidateProperties,
    ),
    _route(
        "candidates.properties.getForJob",
        "GET",
        _APP + "/properties",
        response_model=m.CandidateProperties,
    ),
    _route(
        "candidates.properties.values.batchUpdateForJob",
        "PUT",
        _APP + "/properties",
        request_body=Body.JSON,
        request_model=m.PropertyValueItem,
        response_body=Body.NONE,
    ),
    _route(
        "candidates.properties.values.update",
        "PUT",
        _ONE + "/properties/{property_id}",
        request_body=Body.JSON,
        request_model=m.PropertyValueInput,
        response_body=Body.NONE,
    ),
    _route(
        "candidates.properties.values.updateForJob",
        "PUT",
        _APP + "/properties/{property_id}",
        request_body=Body.JSON,
        request_model=m.PropertyValueInput,
        response_body=Body.NONE,
    ),
    _route(
        "candidates.screening-answers.get",
        "GET",
        _APP + "/screening-answers",
        response_model=m.ScreeningAnswers,
    ),
)

_ATTACHMENTS = (
    _route(
        "candidates.attachments.list",
        "GET",
        _ONE + "/attachments",
        response_model=m.CandidateAttachments,
    ),
    _route(
        "candidates.attachments.add",
        "POST",
        _ONE + "/attachments",
        request_body=Body.MULTIPART,
        response_model=m.CandidateAttachment,
    ),
    _route(
        "candidates.attachments.get",
        "GET",
        _ONE + "/attachments/{attachment_id}",
        response_body=Body.BINARY,
    ),
    _route(
        "candidates.attachments.listForJob",
        "GET",
        _APP + "/attachments",
        response_model=m.CandidateAttachments,
    ),
    _route(
        "candidates.attachments.addForJob",
        "POST",
        _APP + "/attachments",
        request_body=Body.MULTIPART,
        response_model=m.CandidateAttachment,
    ),
    _route(
        "candidates.attachments.getForJob",
        "GET",
        "/candidates/attachments/{attachment_id}",
        response_body=Body.BINARY,
    ),
    _route(
        "candidates.attachments.deleteForJob",
        "DELETE",
        "/candidates/attachments/{attachment_id}",
        response_body=Body.NONE,
    ),
)

_CONSENTS = (
    _route(
        "candidates.consent.status",
        "GET",
        _ONE + "/consent",
        response_model=m.CandidateConsentStatus,
    ),
    _route(
        "candidates.consent.decisions",
        "GET",
        _ONE + "/consents",
        response_model=m.CandidateConsentDecisions,
    ),
    _route(
        "candidates.consent.request.batch",
        "POST",
        "/candidates/consent-requests",
        request_body=Body.JSON,
        request_model=m.ConsentRequest,
        response_model=m.ConsentRequestsResults,
    ),
)

ROUTES: tuple[Route, ...] = (
    *_LIST_AND_CREATE,
    *_ONE_CANDIDATE,
    *_STATUS_AND_SOURCE,
    *_TAGS_AND_PROPERTIES,
    *_ATTACHMENTS,
    *_CONSENTS,
)
