"""Fake-server handlers of the Interview templates API (``/interview-templates``), both
generations, which share the job-level templates.

No schema of a template is public: the fake stores templates as sent with an ``id`` added,
seeds current ones with ``templateType``/``slotSetup`` and deprecated ones with
``durationInMinutes``/``format`` (the names public sources give; the ``name`` is the fake's),
and answers a job-level template as ``{"id", "templateId", "hiringStage", "hiringStep"}`` plus
what was sent to it (the fake's own form; the SDK keeps it raw). ``type`` filters on
``templateType``, ``search`` on any text of a template, ``hiringStage``+``hiringStep`` on
where a template is bound. Finding by
stage or application answers 204 when nothing is bound; ``BOUND_APPLICATION`` is at a bound
stage of ``TEMPLATED_JOB``, ``UNBOUND_APPLICATION`` at one that is not.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from aiohttp import web

from ..._protocol.routes import interview_templates as routes
from ...models.interview_templates import HiringStage
from ..replies import Handler, Reply
from ..state import ServerData
from . import params
from .checks import bad_request, found, json_object, refusals_as_replies, required_string
from .users import users_state

__all__ = [
    "BOUND_APPLICATION",
    "HANDLERS",
    "SEEDED_LEGACY",
    "SEEDED_TEMPLATES",
    "TEMPLATED_JOB",
    "UNBOUND_APPLICATION",
    "TemplatesState",
    "state",
]

Json = dict[str, Any]
SEEDED_TEMPLATES = 45
SEEDED_LEGACY = 25
TEMPLATED_JOB = "job-with-templates"
BOUND_APPLICATION = "application-at-interview"
UNBOUND_APPLICATION = "application-at-offer"


class TemplatesState:
    """Templates of both generations by id, job-level templates by id and by where they are
    bound, applications' current stages, and managed steps by job."""

    def __init__(self, data: ServerData) -> None:
        self.templates: dict[str, Json] = {}
        self.legacy: dict[str, Json] = {}
        self.job_templates: dict[str, Json] = {}
        self.bound: dict[tuple[str, str, str], str] = {}  # (job, stage, step) -> job template
        self.applications = {
            BOUND_APPLICATION: (TEMPLATED_JOB, "INTERVIEW", "step-1"),
            UNBOUND_APPLICATION: (TEMPLATED_JOB, "OFFER", "step-9"),
        }
        self.steps: dict[str, Json] = {}
        for n in range(SEEDED_TEMPLATES):
            kind = "GROUP" if n % 5 == 0 else "INDIVIDUAL"
            self.keep(self.templates, {"templateType": kind, "slotSetup": {}, "name": f"T{n}"})
        for n in range(SEEDED_LEGACY):
            self.keep(self.legacy, {"durationInMinutes": 30, "format": "VIDEO", "name": f"L{n}"})
        self.bind(TEMPLATED_JOB, "INTERVIEW", "step-1", next(iter(self.templates)))

    def keep(self, table: dict[str, Json], body: Json, ident: str | None = None) -> Json:
        """Store ``body`` in ``table`` as ``ident`` (new when ``None``), with its id."""
        ident = ident or str(uuid.uuid4())
        table[ident] = {**body, "id": ident}
        return table[ident]

    def bind(self, job: str, stage: str, step: str, template: str) -> Json:
        """Bind company template ``template`` at ``(job, stage, step)``; the job template."""
        key = (job, stage, step)
        ident = self.bound.get(key) or str(uuid.uuid4())
        self.bound[key] = ident
        where = {"hiringStage": stage, "hiringStep": step, "templateId": template}
        return self.keep(self.job_templates, where, ident)

    def of_job(self, job: str) -> list[Json]:
        """The job templates bound to ``job``'s stages."""
        return [self.job_templates[i] for (j, _, _), i in self.bound.items() if j == job]


def state(data: ServerData) -> TemplatesState:
    """The Interview templates API's state of one fake server (built on first use)."""
    return data.store("interview_templates", TemplatesState)


def _page(request: web.Request, items: list[Json], size: str, key: str) -> Reply:
    page = params.integer(request.query, "page", 0, low=0)
    limit = params.integer(request.query, size, 20, low=1, high=100)
    chunk = items[page * limit : (page + 1) * limit]
    return Reply.json({"totalElements": len(items), key: chunk})


def _matches(template: Json, search: str | None) -> bool:
    return search is None or any(search in str(v) for v in template.values())


@refusals_as_replies()
async def list_templates(request: web.Request, data: ServerData) -> Reply:
    """``GET /templates``: ``{totalElements, contents}`` (``page`` from 0, ``pageSize``)."""
    query, s = params.declared(request.query, routes.LIST), state(data)
    stage, step = query.get("hiring_stage"), query.get("hiring_step")
    if (stage is None) != (step is None):
        raise bad_request("hiringStage and hiringStep must be used together")
    at = {
        s.job_templates[i]["templateId"]
        for (_, g, p), i in s.bound.items()
        if (g, p) == (stage, step)
    }
    found_ = [
        t
        for t in s.templates.values()
        if _matches(t, query.get("search"))
        and query.get("type") in (None, t.get("templateType"))
        and (stage is None or t["id"] in at)
    ]
    return _page(request, found_, "pageSize", "contents")


@refusals_as_replies()
async def list_legacy(request: web.Request, data: ServerData) -> Reply:
    """``GET /interview/templates``: ``{totalElements, content}`` (``page`` from 0, ``limit``)."""
    search = params.declared(request.query, routes.OLD_LIST).get("search")
    found_ = [t for t in state(data).legacy.values() if _matches(t, search)]
    return _page(request, found_, "limit", "content")


def _table(request: web.Request, data: ServerData) -> dict[str, Json]:
    return state(data).legacy if "/interview/" in request.path else state(data).templates


@refusals_as_replies()
async def create(request: web.Request, data: ServerData) -> Reply:
    """``POST /templates`` and ``/interview/templates``: 201 with the template."""
    template = state(data).keep(_table(request, data), await json_object(request))
    return Reply.json(template, status=201)


@refusals_as_replies()
async def template(request: web.Request, data: ServerData) -> Reply:
    """``GET|PUT|DELETE`` one template of either generation (by ``{id}``)."""
    table, ident = _table(request, data), request.match_info["id"]
    found(table, ident, "Interview template")
    if request.method == "PUT":
        return Reply.json(state(data).keep(table, await json_object(request), ident))
    if request.method == "DELETE":
        del table[ident]
        return Reply.empty()
    return Reply.json(table[ident])


@refusals_as_replies()
async def job_template(request: web.Request, data: ServerData) -> Reply:
    """``PUT|PATCH`` a job-level template: replace it, or set ``hiringTeamRoleToInterviewers``
    (204)."""
    s, ident = state(data), request.match_info["id"]
    current, body = (
        found(s.job_templates, ident, "Job interview template"),
        await json_object(request),
    )
    if request.method == "PUT":
        return Reply.json(
            s.keep(
                s.job_templates,
                {**body, **{k: current[k] for k in ("hiringStage", "hiringStep", "templateId")}},
                ident,
            )
        )
    roles = body.get("hiringTeamRoleToInterviewers")
    if not isinstance(roles, dict) or not all(isinstance(v, list) for v in roles.values()):
        raise bad_request("hiringTeamRoleToInterviewers must map roles to lists of user ids")
    current["hiringTeamRoleToInterviewers"] = roles
    return Reply.empty()


@refusals_as_replies()
async def of_job(request: web.Request, data: ServerData) -> Reply:
    """``GET …/jobs/{jobId}`` (both generations): ``{stages}``."""
    return Reply.json({"stages": state(data).of_job(request.match_info["job_id"])})


@refusals_as_replies()
async def at_stage(request: web.Request, data: ServerData) -> Reply:
    """``GET|PUT …/hiringStages/{hiringStage}?hiringStep=``: the bound job template (204 when
    none), or bind ``{templateId}``."""
    s, stage = state(data), request.match_info["hiring_stage"]
    if stage not in {h.value for h in HiringStage}:
        raise bad_request("hiringStage must be one of NEW, IN_PROGRESS, INTERVIEW, OFFER")
    key = (
        request.match_info["job_id"],
        stage,
        params.declared(request.query, routes.FOR_STAGE)["hiring_step"],
    )
    if request.method == "PUT":
        template_id = required_string(await json_object(request), "templateId")
        found(s.templates, template_id, "Interview template")
        return Reply.json(s.bind(*key, template_id))
    ident = s.bound.get(key)
    return Reply.json(s.job_templates[ident]) if ident else Reply.empty()


@refusals_as_replies()
async def of_application(request: web.Request, data: ServerData) -> Reply:
    """``GET …/job-applications/{applicationId}`` (both generations): 204 when none is bound."""
    s = state(data)
    where = found(s.applications, request.match_info["application_id"], "Application")
    ident = s.bound.get(where)
    return Reply.json(s.job_templates[ident]) if ident else Reply.empty()


@refusals_as_replies()
async def search(request: web.Request, data: ServerData) -> Reply:
    """``POST …/jobs/{jobId}/search`` with ``{applicationIds}``: ``{hiringStateBlueprints}``."""
    s, job = state(data), request.match_info["job_id"]
    ids = (await json_object(request)).get("applicationIds")
    if not isinstance(ids, list) or not ids:
        raise bad_request("applicationIds must be a non-empty list")
    reached = {
        s.applications[a] for a in ids if a in s.applications and s.applications[a][0] == job
    }
    blueprints = [s.job_templates[s.bound[k]] for k in reached if k in s.bound]
    return Reply.json({"hiringStateBlueprints": blueprints})


@refusals_as_replies()
async def managed_steps(request: web.Request, data: ServerData) -> Reply:
    """``GET|PUT /managed-steps/jobs/{jobId}``: ``{states}`` (empty until set)."""
    steps, job = state(data).steps, request.match_info["job_id"]
    if request.method == "PUT":
        body = await json_object(request)
        if not isinstance(body.get("states"), list):
            raise bad_request("states must be a list")
        steps[job] = body
    return Reply.json(steps.get(job, {"states": []}))


@refusals_as_replies()
async def schedule_preferences(request: web.Request, data: ServerData) -> Reply:
    """``GET /schedule/preferences/users/{userId}``: ``{}`` (no field is published); 404 for an
    unknown user."""
    found(users_state(data).users, request.match_info["user_id"], "User")
    return Reply.json({})


HANDLERS: Mapping[str, Handler] = {
    "getTemplates": list_templates,
    "createTemplate": create,
    "getTemplateById": template,
    "updateTemplate": template,
    "deleteTemplate": template,
    "findJobTemplatesByJobId": of_job,
    "findJobTemplateByHiringState": at_stage,
    "upsertJobTemplate": at_stage,
    "updateJobTemplate": job_template,
    "patchJobTemplateInterviewers": job_template,
    "findJobTemplateByApplicationId": of_application,
    "searchJobTemplateByJobApplicationIds": search,
    "getJobManagedSteps": managed_steps,
    "updateJobManagedSteps": managed_steps,
    "getSchedulePreferences": schedule_preferences,
    "searchInterviewTemplates": list_legacy,
    "createInterviewTemplate": create,
    "getInterviewTemplateById": template,
    "updateInterviewTemplate": template,
    "deleteInterviewTemplate": template,
    "updateJobInterviewTemplate": job_template,
    "updateJobInterviewTemplateInterviewers": job_template,
    "getJobInterviewTemplates": of_job,
    "getJobApplicationInterviewTemplates": of_application,
}
