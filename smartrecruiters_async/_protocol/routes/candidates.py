"""Candidate API: ``candidates-api.json`` (40 operations, host root).

``{candidate_id}`` is the API's ``{id}``. ``GET /candidates`` pages by cursor (``Link`` header
too) and allows one request in flight per credential. CV and attachment uploads are multipart;
attachment reads are binary downloads.
"""

from __future__ import annotations

import datetime as dt

from ...models import candidates as m
from ._route import Body, Paging, RouteGroup, param

_GROUP = RouteGroup("candidates", spec="candidates-api.json")
_ONE = "/candidates/{candidate_id}"
_APP = "/candidates/{candidate_id}/jobs/{job_id}"


# -- candidates themselves ---------------------------------------------------------------------

LIST = _GROUP.route(
    "GET",
    "candidates.all",
    "/candidates",
    returns=m.Candidate,
    paging=Paging.CURSOR,
    concurrency_classes=("default", "candidates_list"),
    query=(
        param("q"),
        param("limit", int),
        param("page_id"),
        param("job_ids", list[str], wire="jobId"),
        param("locations", list[str], wire="location"),
        param("average_ratings", list[float], wire="averageRating"),
        param("statuses", list[m.CandidateStatus], wire="status"),
        param("sub_status"),
        param("consent_statuses", list[m.ConsentStatus], wire="consentStatus"),
        param("tags", list[str], wire="tag"),
        param("updated_after", dt.datetime),
        param("onboarding_status", m.OnboardingState),
        param("property_ids", list[str], wire="propertyId"),
        param("property_value_ids", list[str], wire="propertyValueId"),
        param("source_types", list[str], wire="sourceType"),
        param("source_sub_types", list[str], wire="sourceSubType"),
        param("source_value_ids", list[str], wire="sourceValueId"),
        param("question_categories", list[str], wire="questionCategory"),
        param("question_field_ids", list[str], wire="questionFieldId"),
        param("question_field_value_ids", list[str], wire="questionFieldValueId"),
    ),
)
CREATE = _GROUP.route(
    "POST", "candidates.add", "/candidates", returns=m.CandidateDetails, body=m.CandidateInput
)
CREATE_FOR_JOB = _GROUP.route(
    "POST",
    "candidates.addToJob",
    "/jobs/{job_id}/candidates",
    returns=m.CandidateDetails,
    body=m.CandidateInput,
)
CREATE_FROM_RESUME = _GROUP.route(
    "POST",
    "candidates.resume.add",
    "/candidates/cv",
    returns=m.CandidateDetails,
    request_body=Body.MULTIPART,
)
CREATE_FROM_RESUME_FOR_JOB = _GROUP.route(
    "POST",
    "candidates.resume.addToJob",
    "/jobs/{job_id}/candidates/cv",
    returns=m.CandidateDetails,
    request_body=Body.MULTIPART,
)
# Parsing stores nothing, so a replay after an ambiguous failure is harmless.
PARSE_RESUME = _GROUP.route(
    "POST",
    "candidates.resume.parse",
    "/candidates/cv/parse",
    returns=m.ParsedResume,
    request_body=Body.MULTIPART,
    idempotent=True,
)

GET = _GROUP.route("GET", "candidates.get", _ONE, returns=m.CandidateDetails)
# PATCH replaces the personal details it is sent, so sending them again changes nothing.
UPDATE = _GROUP.route(
    "PATCH",
    "candidates.update",
    _ONE,
    returns=m.CandidateDetails,
    body=m.PersonalDetails,
    idempotent=True,
)
DELETE = _GROUP.route("DELETE", "candidates.delete", _ONE)

# -- applications: status, source, onboarding --------------------------------------------------

GET_APPLICATION = _GROUP.route("GET", "candidates.getApplication", _APP, returns=m.Application)
DELETE_APPLICATION = _GROUP.route("DELETE", "candidates.deleteApplication", _APP)
# The status, source and onboarding PUTs answer without a body: both schemas (recruitifi.json
# and roksela.json ops) give them no return type.
UPDATE_PRIMARY_STATUS = _GROUP.route(
    "PUT", "candidates.status.updatePrimary", _ONE + "/status", body=m.CandidateStatusUpdate
)
UPDATE_STATUS = _GROUP.route(
    "PUT", "candidates.status.update", _APP + "/status", body=m.CandidateStatusUpdate
)
PRIMARY_STATUS_HISTORY = _GROUP.route(
    "GET",
    "candidates.status.history.get",
    _ONE + "/status/history",
    returns=m.CandidateStatusHistory,
)
STATUS_HISTORY = _GROUP.route(
    "GET",
    "candidates.status.history.getForJob",
    _APP + "/status/history",
    returns=m.CandidateStatusHistory,
)
UPDATE_SOURCE = _GROUP.route(
    "PUT", "candidates.source.update", _APP + "/source", body=m.CandidateSource
)
PRIMARY_ONBOARDING_STATUS = _GROUP.route(
    "GET", "candidates.onboarding.get", _ONE + "/onboardingStatus", returns=m.OnboardingStatus
)
SET_PRIMARY_ONBOARDING_STATUS = _GROUP.route(
    "PUT",
    "candidates.onboarding.update",
    _ONE + "/onboardingStatus",
    body=m.OnboardingStatusUpdate,
)
ONBOARDING_STATUS = _GROUP.route(
    "GET",
    "candidates.onboarding.getForJob",
    _APP + "/onboardingStatus",
    returns=m.OnboardingStatus,
)
SET_ONBOARDING_STATUS = _GROUP.route(
    "PUT",
    "candidates.onboarding.updateForJob",
    _APP + "/onboardingStatus",
    body=m.OnboardingStatusUpdate,
)

# -- tags, candidate properties, screening answers ---------------------------------------------

TAGS = _GROUP.route("GET", "candidates.tags.get", _ONE + "/tags", returns=m.CandidateTags)
# Adding tags is a set union: a replay adds nothing new.
ADD_TAGS = _GROUP.route(
    "POST",
    "candidates.tags.add",
    _ONE + "/tags",
    returns=m.CandidateTags,
    body=m.TagsInput,
    idempotent=True,
)
REPLACE_TAGS = _GROUP.route(
    "PUT", "candidates.tags.replace", _ONE + "/tags", returns=m.CandidateTags, body=m.TagsInput
)
DELETE_TAGS = _GROUP.route("DELETE", "candidates.tags.delete", _ONE + "/tags")
_CONTEXT = (param("context", m.PropertyContext),)
PROPERTIES = _GROUP.route(
    "GET",
    "candidates.properties.get",
    _ONE + "/properties",
    returns=m.CandidateProperties,
    query=_CONTEXT,
)
APPLICATION_PROPERTIES = _GROUP.route(
    "GET",
    "candidates.properties.getForJob",
    _APP + "/properties",
    returns=m.CandidateProperties,
    query=_CONTEXT,
)
# The body is a list of PropertyValueItem.
SET_APPLICATION_PROPERTIES = _GROUP.route(
    "PUT",
    "candidates.properties.values.batchUpdateForJob",
    _APP + "/properties",
    body=m.PropertyValueItem,
)
SET_PROPERTY = _GROUP.route(
    "PUT",
    "candidates.properties.values.update",
    _ONE + "/properties/{property_id}",
    body=m.PropertyValueInput,
)
SET_APPLICATION_PROPERTY = _GROUP.route(
    "PUT",
    "candidates.properties.values.updateForJob",
    _APP + "/properties/{property_id}",
    body=m.PropertyValueInput,
)
SCREENING_ANSWERS = _GROUP.route(
    "GET",
    "candidates.screening-answers.get",
    _APP + "/screening-answers",
    returns=m.ScreeningAnswers,
)

# -- attachments -------------------------------------------------------------------------------

ATTACHMENTS = _GROUP.route(
    "GET", "candidates.attachments.list", _ONE + "/attachments", returns=m.CandidateAttachments
)
ADD_ATTACHMENT = _GROUP.route(
    "POST",
    "candidates.attachments.add",
    _ONE + "/attachments",
    returns=m.CandidateAttachment,
    request_body=Body.MULTIPART,
)
DOWNLOAD_ATTACHMENT = _GROUP.route(
    "GET",
    "candidates.attachments.get",
    _ONE + "/attachments/{attachment_id}",
    response_body=Body.BINARY,
)
APPLICATION_ATTACHMENTS = _GROUP.route(
    "GET",
    "candidates.attachments.listForJob",
    _APP + "/attachments",
    returns=m.CandidateAttachments,
)
ADD_APPLICATION_ATTACHMENT = _GROUP.route(
    "POST",
    "candidates.attachments.addForJob",
    _APP + "/attachments",
    returns=m.CandidateAttachment,
    request_body=Body.MULTIPART,
)
# The API names these two "ForJob" although their path has no job: the attachment id is enough.
DOWNLOAD_ATTACHMENT_BY_ID = _GROUP.route(
    "GET",
    "candidates.attachments.getForJob",
    "/candidates/attachments/{attachment_id}",
    response_body=Body.BINARY,
)
DELETE_ATTACHMENT = _GROUP.route(
    "DELETE", "candidates.attachments.deleteForJob", "/candidates/attachments/{attachment_id}"
)

# -- consent -----------------------------------------------------------------------------------

CONSENT_STATUS = _GROUP.route(
    "GET", "candidates.consent.status", _ONE + "/consent", returns=m.CandidateConsentStatus
)
CONSENT_DECISIONS = _GROUP.route(
    "GET",
    "candidates.consent.decisions",
    _ONE + "/consents",
    returns=m.CandidateConsentDecisions,
)
# The body is a list of ConsentRequest, one per candidate.
REQUEST_CONSENTS = _GROUP.route(
    "POST",
    "candidates.consent.request.batch",
    "/candidates/consent-requests",
    returns=m.ConsentRequestsResults,
    body=m.ConsentRequest,
)

ROUTES = _GROUP.routes
