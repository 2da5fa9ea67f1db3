"""Interview templates API: ``interview-templates.json`` (prefix ``/interview-templates``).

Template bodies are unpublished beyond a few field names: what the models do not name is kept
in ``extra_fields`` and sent back unchanged, so read-modify-write loses nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from .._caller import Caller
from .._paginator import AsyncPaginator
from .._protocol.json_value import JsonValue
from .._protocol.paging import check_limit
from .._protocol.routes import interview_templates as routes
from ..models.interview_templates import (
    HiringStage,
    HiringStateBlueprints,
    InterviewTemplate,
    JobInterviewTemplate,
    JobTemplateStages,
    LegacyInterviewTemplate,
    ManagedSteps,
    SchedulePreferences,
)
from ..models.self_scheduling import SelfScheduleType
from ._resource import Resource
from ._values import enum_value, id_list, instance_of, non_empty, optional_enum

__all__ = ["InterviewTemplates", "LegacyInterviewTemplates"]


def _interviewers(by_role: Mapping[str, Iterable[str]]) -> dict[str, Any]:
    if not isinstance(by_role, Mapping):
        raise TypeError("interviewers must be a mapping of role to user ids")
    if not by_role:
        raise ValueError("interviewers must name at least one role")
    ids = {
        non_empty(role, "role"): id_list(users, f"interviewers[{role!r}]")
        for role, users in by_role.items()
    }
    return {"hiringTeamRoleToInterviewers": ids}


class InterviewTemplates(Resource):
    """``client.interview_templates``: company interview templates, the templates bound to a
    job's hiring stages, managed steps and schedule preferences. ``.legacy`` is the deprecated
    ``/interview/templates`` generation."""

    def __init__(self, client: Caller) -> None:
        super().__init__(client)
        self.legacy = LegacyInterviewTemplates(client)

    def list(
        self,
        *,
        hiring_stage: HiringStage | str | None = None,
        hiring_step: str | None = None,
        type: SelfScheduleType | str | None = None,
        search: str | None = None,
        page_size: int = 20,
        max_items: int | None = None,
    ) -> AsyncPaginator[InterviewTemplate]:
        """The company's templates: ``GET /interview-templates/templates``, pages from 0 of
        ``page_size`` (1–100) fetched in parallel once ``totalElements`` is known.
        ``hiring_stage`` and ``hiring_step`` go together; ``type`` absent means both kinds.
        Returns an ``AsyncPaginator``. Raises ``ValueError`` for bad arguments before any
        request."""
        if (hiring_stage is None) != (hiring_step is None):
            raise ValueError("hiring_stage and hiring_step must be given together")
        query = {
            "hiring_stage": optional_enum(hiring_stage, HiringStage, "hiring_stage"),
            "hiring_step": None if hiring_step is None else non_empty(hiring_step, "hiring_step"),
            "type": optional_enum(type, SelfScheduleType, "type"),
            "search": None if search is None else non_empty(search, "search"),
            "page_size": check_limit(page_size),
        }
        return self._client._paginate(routes.LIST, query=query, max_items=max_items)

    async def create(self, template: InterviewTemplate) -> InterviewTemplate:
        """Create a template: ``POST …/templates``. Returns it. Raises ``TypeError``."""
        body = instance_of(template, InterviewTemplate, "template")
        return await self._client._call(routes.CREATE, body=body)

    async def get(self, template_id: str) -> InterviewTemplate:
        """One template: ``GET …/templates/{id}``. Returns it. Raises ``NotFoundError``."""
        return await self._client._call(routes.GET, path={"id": template_id})

    async def update(self, template_id: str, template: InterviewTemplate) -> InterviewTemplate:
        """Replace a template: ``PUT …/templates/{id}``. Returns it. Raises ``TypeError``,
        ``NotFoundError``."""
        body = instance_of(template, InterviewTemplate, "template")
        return await self._client._call(routes.UPDATE, path={"id": template_id}, body=body)

    async def delete(self, template_id: str) -> None:
        """Delete a template: ``DELETE …/templates/{id}``. Returns nothing. Raises
        ``NotFoundError``."""
        await self._client._call(routes.DELETE, path={"id": template_id})

    async def for_job(self, job_id: str) -> JobTemplateStages:
        """A job's templates by stage: ``GET …/job-templates/jobs/{jobId}``. Returns
        ``JobTemplateStages``. Raises ``NotFoundError``."""
        return await self._client._call(routes.FOR_JOB, path={"job_id": job_id})

    async def for_stage(
        self, job_id: str, hiring_stage: HiringStage | str, hiring_step: str
    ) -> JobInterviewTemplate | None:
        """The template bound to one stage and step of a job:
        ``GET …/job-templates/jobs/{jobId}/hiringStages/{hiringStage}?hiringStep=``. Returns
        ``None`` when none is bound (204). Raises ``ValueError`` for bad arguments."""
        stage = enum_value(hiring_stage, HiringStage, "hiring_stage").value
        return await self._client._call(
            routes.FOR_STAGE,
            path={"job_id": job_id, "hiring_stage": stage},
            query={"hiring_step": non_empty(hiring_step, "hiring_step")},
        )

    async def bind(
        self, job_id: str, hiring_stage: HiringStage | str, hiring_step: str, template_id: str
    ) -> JsonValue:
        """Bind a company template to a stage and step of a job (or rebind it):
        ``PUT …/job-templates/jobs/{jobId}/hiringStages/{hiringStage}`` with ``{templateId}``.
        Returns the answer's JSON as sent (unpublished). Raises ``ValueError`` before any
        request for bad arguments, ``NotFoundError`` for an unknown template."""
        stage = enum_value(hiring_stage, HiringStage, "hiring_stage").value
        return await self._client._call(
            routes.BIND,
            path={"job_id": job_id, "hiring_stage": stage},
            query={"hiring_step": non_empty(hiring_step, "hiring_step")},
            body={"templateId": non_empty(template_id, "template_id")},
        )

    async def update_job_template(
        self, job_template_id: str, template: JobInterviewTemplate
    ) -> JsonValue:
        """Replace a job-level template: ``PUT …/job-templates/{jobInterviewTemplateId}``.
        Returns the answer's JSON as sent. Raises ``TypeError``, ``NotFoundError``."""
        body = instance_of(template, JobInterviewTemplate, "template")
        path = {"id": job_template_id}
        return await self._client._call(routes.UPDATE_JOB_TEMPLATE, path=path, body=body)

    async def set_interviewers(
        self, job_template_id: str, interviewers: Mapping[str, Iterable[str]]
    ) -> None:
        """Set a job-level template's interviewers by hiring-team role:
        ``PATCH …/job-templates/{jobInterviewTemplateId}``. Returns nothing. Raises
        ``TypeError``/``ValueError`` for an empty mapping or role, ``NotFoundError``."""
        body = _interviewers(interviewers)
        await self._client._call(routes.SET_INTERVIEWERS, path={"id": job_template_id}, body=body)

    async def for_application(self, application_id: str) -> JobInterviewTemplate | None:
        """The template for an application's current stage:
        ``GET …/job-templates/job-applications/{applicationId}``. Returns ``None`` when none is
        bound (204). Raises ``NotFoundError``."""
        path = {"application_id": application_id}
        return await self._client._call(routes.FOR_APPLICATION, path=path)

    async def search_for_applications(
        self, job_id: str, application_ids: Iterable[str]
    ) -> HiringStateBlueprints:
        """Templates for each hiring state some applications reached:
        ``POST …/job-templates/jobs/{jobId}/search`` with ``{applicationIds}``. Returns
        ``HiringStateBlueprints``. Raises ``ValueError``/``TypeError`` for an empty list."""
        body = {"applicationIds": id_list(application_ids, "application_ids")}
        return await self._client._call(routes.SEARCH, path={"job_id": job_id}, body=body)

    async def managed_steps(self, job_id: str) -> ManagedSteps:
        """Which stages and steps of a job require a template: ``GET …/managed-steps/jobs/
        {jobId}``. Returns ``ManagedSteps``. Raises ``NotFoundError``."""
        return await self._client._call(routes.MANAGED_STEPS, path={"job_id": job_id})

    async def update_managed_steps(self, job_id: str, steps: ManagedSteps) -> ManagedSteps:
        """Replace them: ``PUT …/managed-steps/jobs/{jobId}``. Returns ``ManagedSteps``. Raises
        ``TypeError`` for another body, ``ValueError`` without ``states``."""
        if instance_of(steps, ManagedSteps, "steps").states is None:
            raise ValueError("steps.states must be a list")
        path = {"job_id": job_id}
        return await self._client._call(routes.UPDATE_MANAGED_STEPS, path=path, body=steps)

    async def schedule_preferences(self, user_id: str) -> SchedulePreferences:
        """A user's schedule preferences: ``GET …/schedule/preferences/users/{userId}``.
        Returns ``SchedulePreferences``. Raises ``NotFoundError``."""
        return await self._client._call(routes.SCHEDULE_PREFERENCES, path={"user_id": user_id})


class LegacyInterviewTemplates(Resource):
    """``client.interview_templates.legacy``: the deprecated ``/interview/templates``
    generation. Every call warns ``DeprecationWarning``; use ``client.interview_templates``."""

    def list(
        self, *, search: str | None = None, limit: int = 20, max_items: int | None = None
    ) -> AsyncPaginator[LegacyInterviewTemplate]:
        """The company's templates: ``GET /interview-templates/interview/templates``, pages
        from 0 of ``limit`` (1–100). Returns an ``AsyncPaginator``. Raises ``ValueError``."""
        text = None if search is None else non_empty(search, "search")
        query = {"search": text, "limit": check_limit(limit)}
        return self._client._paginate(routes.OLD_LIST, query=query, max_items=max_items)

    async def create(self, template: LegacyInterviewTemplate) -> LegacyInterviewTemplate:
        """Create one: ``POST …/interview/templates``. Returns it. Raises ``TypeError``."""
        body = instance_of(template, LegacyInterviewTemplate, "template")
        return await self._client._call(routes.OLD_CREATE, body=body)

    async def get(self, template_id: str) -> LegacyInterviewTemplate:
        """One: ``GET …/interview/templates/{id}``. Returns it. Raises ``NotFoundError``."""
        return await self._client._call(routes.OLD_GET, path={"id": template_id})

    async def update(
        self, template_id: str, template: LegacyInterviewTemplate
    ) -> LegacyInterviewTemplate:
        """Replace one: ``PUT …/interview/templates/{id}``. Returns it. Raises ``TypeError``."""
        body = instance_of(template, LegacyInterviewTemplate, "template")
        return await self._client._call(routes.OLD_UPDATE, path={"id": template_id}, body=body)

    async def delete(self, template_id: str) -> None:
        """Delete one: ``DELETE …/interview/templates/{id}``. Returns nothing. Raises
        ``NotFoundError``."""
        await self._client._call(routes.OLD_DELETE, path={"id": template_id})

    async def update_job_template(
        self, job_template_id: str, template: JobInterviewTemplate
    ) -> JsonValue:
        """Replace a job-level template: ``PUT …/interview/templates/job/{id}``. Returns the
        answer's JSON as sent. Raises ``TypeError``, ``NotFoundError``."""
        body = instance_of(template, JobInterviewTemplate, "template")
        path = {"id": job_template_id}
        return await self._client._call(routes.OLD_UPDATE_JOB_TEMPLATE, path=path, body=body)

    async def set_interviewers(
        self, job_template_id: str, interviewers: Mapping[str, Iterable[str]]
    ) -> None:
        """Set interviewers by role: ``PATCH …/interview/templates/job/{id}``. Returns nothing.
        Raises ``TypeError``/``ValueError`` for an empty mapping, ``NotFoundError``."""
        body = _interviewers(interviewers)
        path = {"id": job_template_id}
        await self._client._call(routes.OLD_SET_INTERVIEWERS, path=path, body=body)

    async def for_job(self, job_id: str) -> JobTemplateStages:
        """A job's templates: ``GET …/interview/templates/jobs/{jobId}``. Returns
        ``JobTemplateStages``. Raises ``NotFoundError``."""
        return await self._client._call(routes.OLD_FOR_JOB, path={"job_id": job_id})

    async def for_application(self, application_id: str) -> JobInterviewTemplate | None:
        """An application's template: ``GET …/interview/templates/job-applications/
        {applicationId}``. Returns ``None`` when none is bound (204). Raises ``NotFoundError``."""
        path = {"application_id": application_id}
        return await self._client._call(routes.OLD_FOR_APPLICATION, path=path)
