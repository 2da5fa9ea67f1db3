"""Interview templates API: ``interview-templates.json`` (prefix ``/interview-templates``).

Two generations: ``/templates`` and ``/job-templates`` (current), and ``/interview/templates``
(deprecated: the API says to use the current one). Pages count from 0.
"""

from __future__ import annotations

from ...models import interview_templates as m
from ...models.self_scheduling import SelfScheduleType
from ..json_value import AsSent
from ._route import Paging, RouteGroup, param

_GROUP = RouteGroup("interview_templates", spec="interview-templates.json")
_OLD = RouteGroup(
    "interview_templates",
    spec="interview-templates.json",
    deprecated="use the /templates and /job-templates generation (client.interview_templates)",
)
_P = "/interview-templates"
_T = f"{_P}/templates"
_JT = f"{_P}/job-templates"
_STAGE = f"{_JT}/jobs/{{job_id}}/hiringStages/{{hiring_stage}}"
_LT = f"{_P}/interview/templates"
_T_IN = {"returns": m.InterviewTemplate, "body": m.InterviewTemplate}
_LT_IN = {"returns": m.LegacyInterviewTemplate, "body": m.LegacyInterviewTemplate}
_STEP = (param("hiring_step", required=True),)

LIST = _GROUP.route(
    "GET",
    "getTemplates",
    _T,
    returns=m.InterviewTemplate,
    paging=Paging.PAGE_NUMBER,
    query=(
        param("hiring_stage", m.HiringStage),
        param("hiring_step"),
        param("type", SelfScheduleType),
        param("search"),
        param("page_size", int),
    ),
)
CREATE = _GROUP.route("POST", "createTemplate", _T, **_T_IN)
GET = _GROUP.route("GET", "getTemplateById", f"{_T}/{{id}}", returns=m.InterviewTemplate)
UPDATE = _GROUP.route("PUT", "updateTemplate", f"{_T}/{{id}}", **_T_IN)
DELETE = _GROUP.route("DELETE", "deleteTemplate", f"{_T}/{{id}}")
FOR_JOB = _GROUP.route(
    "GET", "findJobTemplatesByJobId", f"{_JT}/jobs/{{job_id}}", returns=m.JobTemplateStages
)
FOR_STAGE = _GROUP.route(
    "GET",
    "findJobTemplateByHiringState",
    _STAGE,
    returns=m.JobInterviewTemplate,
    empty_is_none=True,
    query=_STEP,
)
BIND = _GROUP.route("PUT", "upsertJobTemplate", _STAGE, returns=AsSent, body=object, query=_STEP)
UPDATE_JOB_TEMPLATE = _GROUP.route(
    "PUT", "updateJobTemplate", f"{_JT}/{{id}}", returns=AsSent, body=m.JobInterviewTemplate
)
SET_INTERVIEWERS = _GROUP.route(
    "PATCH", "patchJobTemplateInterviewers", f"{_JT}/{{id}}", body=object, idempotent=True
)
FOR_APPLICATION = _GROUP.route(
    "GET",
    "findJobTemplateByApplicationId",
    f"{_JT}/job-applications/{{application_id}}",
    returns=m.JobInterviewTemplate,
    empty_is_none=True,
)
SEARCH = _GROUP.route(
    "POST",
    "searchJobTemplateByJobApplicationIds",
    f"{_JT}/jobs/{{job_id}}/search",
    returns=m.HiringStateBlueprints,
    body=object,
    idempotent=True,  # a search changes nothing
)
MANAGED_STEPS = _GROUP.route(
    "GET", "getJobManagedSteps", f"{_P}/managed-steps/jobs/{{job_id}}", returns=m.ManagedSteps
)
UPDATE_MANAGED_STEPS = _GROUP.route(
    "PUT",
    "updateJobManagedSteps",
    f"{_P}/managed-steps/jobs/{{job_id}}",
    returns=m.ManagedSteps,
    body=m.ManagedSteps,
)
SCHEDULE_PREFERENCES = _GROUP.route(
    "GET",
    "getSchedulePreferences",
    f"{_P}/schedule/preferences/users/{{user_id}}",
    returns=m.SchedulePreferences,
)

OLD_LIST = _OLD.route(
    "GET",
    "searchInterviewTemplates",
    _LT,
    returns=m.LegacyInterviewTemplate,
    paging=Paging.PAGE_NUMBER_LIMIT,
    query=(param("search"), param("limit", int)),
)
OLD_CREATE = _OLD.route("POST", "createInterviewTemplate", _LT, **_LT_IN)
OLD_GET = _OLD.route(
    "GET", "getInterviewTemplateById", f"{_LT}/{{id}}", returns=m.LegacyInterviewTemplate
)
OLD_UPDATE = _OLD.route("PUT", "updateInterviewTemplate", f"{_LT}/{{id}}", **_LT_IN)
OLD_DELETE = _OLD.route("DELETE", "deleteInterviewTemplate", f"{_LT}/{{id}}")
OLD_UPDATE_JOB_TEMPLATE = _OLD.route(
    "PUT",
    "updateJobInterviewTemplate",
    f"{_LT}/job/{{id}}",
    returns=AsSent,
    body=m.JobInterviewTemplate,
)
OLD_SET_INTERVIEWERS = _OLD.route(
    "PATCH",
    "updateJobInterviewTemplateInterviewers",
    f"{_LT}/job/{{id}}",
    body=object,
    idempotent=True,
)
OLD_FOR_JOB = _OLD.route(
    "GET", "getJobInterviewTemplates", f"{_LT}/jobs/{{job_id}}", returns=m.JobTemplateStages
)
OLD_FOR_APPLICATION = _OLD.route(
    "GET",
    "getJobApplicationInterviewTemplates",
    f"{_LT}/job-applications/{{application_id}}",
    returns=m.JobInterviewTemplate,
    empty_is_none=True,
)

ROUTES = _GROUP.routes + _OLD.routes
