"""A candidate's applications to jobs: read, withdraw, status, source, onboarding, answers."""

from __future__ import annotations

import datetime as dt

from ..._protocol.routes import candidates as routes
from ...models.candidates import (
    Application,
    CandidateSource,
    CandidateStatus,
    CandidateStatusHistory,
    CandidateStatusUpdate,
    OnboardingState,
    OnboardingStatus,
    OnboardingStatusUpdate,
    ScreeningAnswers,
)
from .._resource import Resource
from .._values import aware, enum_value, non_empty

__all__ = ["CandidateApplications"]


def _ids(candidate_id: str, job_id: str | None) -> dict[str, object]:
    ids: dict[str, object] = {"candidate_id": candidate_id}
    if job_id is not None:
        ids["job_id"] = job_id
    return ids


class CandidateApplications(Resource):
    """Applications of a candidate: one per job they are considered for."""

    async def get_application(self, candidate_id: str, job_id: str) -> Application:
        """A candidate's application to a job: ``GET /candidates/{id}/jobs/{jobId}``.

        Returns the ``Application`` (status, free-text source, reasons). Raises
        ``NotFoundError`` when the candidate has not applied to that job.
        """
        return await self._client._call(routes.GET_APPLICATION, path=_ids(candidate_id, job_id))

    async def delete_application(self, candidate_id: str, job_id: str) -> None:
        """Remove a candidate from a job: ``DELETE /candidates/{id}/jobs/{jobId}``.

        Returns nothing. Raises ``NotFoundError`` when the candidate has not applied to that job.
        """
        await self._client._call(routes.DELETE_APPLICATION, path=_ids(candidate_id, job_id))

    async def update_status(
        self,
        candidate_id: str,
        status: CandidateStatus | str,
        *,
        job_id: str | None = None,
        sub_status: str | None = None,
        starts_on: dt.datetime | None = None,
        reason: str | None = None,
    ) -> None:
        """Move an application to another status.

        ``PUT /candidates/{id}/jobs/{jobId}/status`` with ``job_id``, otherwise
        ``PUT /candidates/{id}/status`` (the primary application). ``reason`` is a rejection or
        withdrawal reason id; ``starts_on`` the start date of a hire. Returns nothing. Raises
        ``ValueError`` for an unknown status or a naive ``starts_on`` before any request,
        ``NotFoundError`` for an unknown candidate or application, ``BadRequestError`` when the API
        refuses the change.
        """
        body = CandidateStatusUpdate(
            status=enum_value(status, CandidateStatus, "status"),
            sub_status=sub_status,
            starts_on=aware(starts_on, "starts_on"),
            reason=reason,
        )
        route = routes.UPDATE_PRIMARY_STATUS if job_id is None else routes.UPDATE_STATUS
        await self._client._call(route, path=_ids(candidate_id, job_id), body=body)

    async def status_history(
        self, candidate_id: str, *, job_id: str | None = None
    ) -> CandidateStatusHistory:
        """The statuses an application went through, oldest first.

        ``GET /candidates/{id}/jobs/{jobId}/status/history`` with ``job_id``, otherwise
        ``GET /candidates/{id}/status/history`` (the primary application). Returns a
        ``CandidateStatusHistory``. Raises ``NotFoundError`` for an unknown candidate or
        application.
        """
        route = routes.PRIMARY_STATUS_HISTORY if job_id is None else routes.STATUS_HISTORY
        return await self._client._call(route, path=_ids(candidate_id, job_id))

    async def update_source(
        self,
        candidate_id: str,
        job_id: str,
        *,
        source_type_id: str,
        source_id: str,
        source_sub_type_id: str | None = None,
    ) -> None:
        """Change where an application came from: ``PUT /candidates/{id}/jobs/{jobId}/source``.

        The ids are those of the configuration API's sources. Returns nothing. Raises ``ValueError``
        for an empty id before any request, ``NotFoundError`` for an unknown application,
        ``BadRequestError`` for an unknown source.
        """
        body = CandidateSource(
            source_type_id=non_empty(source_type_id, "source_type_id"),
            source_id=non_empty(source_id, "source_id"),
            source_sub_type_id=source_sub_type_id,
        )
        await self._client._call(routes.UPDATE_SOURCE, path=_ids(candidate_id, job_id), body=body)

    async def onboarding_status(
        self, candidate_id: str, *, job_id: str | None = None
    ) -> OnboardingStatus:
        """A candidate's onboarding status.

        ``GET /candidates/{id}/jobs/{jobId}/onboardingStatus`` with ``job_id``, otherwise
        ``GET /candidates/{id}/onboardingStatus``. Returns an ``OnboardingStatus`` (its
        ``onboarding_status`` is ``None`` until one is set). Raises ``NotFoundError`` for an unknown
        candidate or application.
        """
        route = routes.PRIMARY_ONBOARDING_STATUS if job_id is None else routes.ONBOARDING_STATUS
        return await self._client._call(route, path=_ids(candidate_id, job_id))

    async def set_onboarding_status(
        self, candidate_id: str, status: OnboardingState | str, *, job_id: str | None = None
    ) -> None:
        """Set a candidate's onboarding status.

        ``PUT /candidates/{id}/jobs/{jobId}/onboardingStatus`` with ``job_id``, otherwise
        ``PUT /candidates/{id}/onboardingStatus``. Returns nothing (the API answers without a
        body; read it back with ``onboarding_status``). Raises ``ValueError`` for an unknown
        status before any request and ``NotFoundError`` for an unknown candidate or
        application.
        """
        route = (
            routes.SET_PRIMARY_ONBOARDING_STATUS if job_id is None else routes.SET_ONBOARDING_STATUS
        )
        body = OnboardingStatusUpdate(
            onboarding_status=enum_value(status, OnboardingState, "status")
        )
        await self._client._call(route, path=_ids(candidate_id, job_id), body=body)

    async def screening_answers(self, candidate_id: str, job_id: str) -> ScreeningAnswers:
        """The candidate's answers to the job's screening questions.

        ``GET /candidates/{id}/jobs/{jobId}/screening-answers``. Returns ``ScreeningAnswers``
        (empty when the job asked none). Raises ``NotFoundError`` for an unknown application.
        """
        return await self._client._call(routes.SCREENING_ANSWERS, path=_ids(candidate_id, job_id))
