"""SmartOnboard API: ``smartonboard.json`` (read-only; ids come from onboarding webhooks)."""

from __future__ import annotations

from ...models import smartonboard as m
from ..json_value import AsSent
from ._route import Body, RouteGroup, param

_GROUP = RouteGroup("smartonboard", spec="smartonboard.json")
_API = "/smartonboard-api/v202205"
_PROCESS = _API + "/onboarding-processes/{onboarding_process_id}"
_WEB_FORM = _API + "/web-form-assignments/{web_form_assignment_id}"
_ATTACHMENTS = _API + "/activity-assignments/{activity_assignment_id}/attachments"

NEW_HIRE = _GROUP.route(
    "GET", "new-hires.get", _API + "/new-hires/{new_hire_id}", returns=m.NewHire
)
PROCESS = _GROUP.route("GET", "onboarding-processes.get", _PROCESS, returns=m.OnboardingProcess)
ASSIGNMENTS = _GROUP.route(
    "GET",
    "onboarding-processes.assignments.get",
    _PROCESS + "/assignments",
    returns=AsSent,
    query=(param("integration_relevant", bool),),
)
ASSIGNMENT = _GROUP.route(
    "GET",
    "onboarding-processes.assignment.get",
    _PROCESS + "/assignments/{assignment_id}",
    returns=m.OnboardingAssignment,
)
FORM_ANSWERS = _GROUP.route(
    "GET", "web-form-assignments.form-answers.get", _WEB_FORM + "/form-answers", returns=AsSent
)
FIELDS_METADATA = _GROUP.route(
    "GET",
    "web-form-assignments.fields-metadata.get",
    _WEB_FORM + "/fields-metadata",
    returns=AsSent,
)
PDF_FORM_ANSWERS = _GROUP.route(
    "GET",
    "fillable-pdf-form-assignments.form-answers.get",
    _API + "/fillable-pdf-form-assignments/{fillable_pdf_form_assignment_id}/form-answers",
    returns=AsSent,
)
ATTACHMENTS = _GROUP.route(
    "GET", "activity-assignments.attachments.get", _ATTACHMENTS, returns=AsSent
)
# Whether this answers the file or JSON about it is not published: it is streamed as sent.
ATTACHMENT = _GROUP.route(
    "GET",
    "activity-assignments.attachments.getById",
    _ATTACHMENTS + "/{attachment_id}",
    response_body=Body.BINARY,
)

ROUTES = _GROUP.routes
