"""Self-scheduling API: ``self-scheduling.json`` (prefix ``/self-scheduling``).

Bodies of this API are only partly published: each method says what it types; the rest of an
answer is kept as sent (``extra_fields``, or the raw JSON where nothing is known).
"""

from __future__ import annotations

import builtins

from .._paginator import AsyncPaginator
from .._protocol.json_value import JsonValue
from .._protocol.paging import check_limit
from .._protocol.routes import check_path_value
from .._protocol.routes import self_scheduling as routes
from ..models.self_scheduling import (
    AutomatedSelfSchedule,
    InterviewFormat,
    SelfSchedule,
    SelfScheduleInterview,
    SelfScheduleInvite,
    SelfScheduleReschedule,
    SelfScheduleSlot,
    SelfScheduleType,
    SlotsCount,
    SlotsCountQuery,
)
from ._resource import Resource
from ._values import aware, enum_value, instance_of, non_empty

__all__ = ["SelfScheduling"]

_NEEDS_LOCATION = {InterviewFormat.PHONE, InterviewFormat.VIDEO}
_NO_LOCATION = {InterviewFormat.VIDEO_CALENDAR, InterviewFormat.VIDEO_MEETING_ZOOM}


def _interview(interview: SelfScheduleInterview) -> SelfScheduleInterview:
    instance_of(interview, SelfScheduleInterview, "interview")
    starts, ends = aware(interview.starts_at, "starts_at"), aware(interview.ends_at, "ends_at")
    if starts is None or ends is None or ends <= starts:
        raise ValueError("interview needs starts_at and ends_at, ending after it starts")
    return interview


class SelfScheduling(Resource):
    """``client.self_scheduling``: self-schedules (invites that let a candidate book an
    interview), their slots and booked interviews, and automated self-scheduling."""

    def search(
        self,
        application_id: str,
        *,
        with_interviews: bool | None = None,
        limit: int = 100,
        max_items: int | None = None,
    ) -> AsyncPaginator[SelfSchedule]:
        """The self-schedules of an application: ``GET /self-scheduling/self-schedules``.
        Paged by ``offset``/``limit`` (1–100) until a short page (no total is sent); a bare array is
        read as one page. ``with_interviews`` keeps those with (or without) a booked interview.
        Returns an ``AsyncPaginator``. Raises ``ValueError``/``TypeError`` before any request."""
        check_path_value("application_id", application_id)
        if with_interviews is not None:
            instance_of(with_interviews, bool, "with_interviews")
        query = {"application_id": application_id, "with_interviews": with_interviews}
        return self._client._paginate(
            routes.SEARCH, query={**query, "limit": check_limit(limit)}, max_items=max_items
        )

    async def get(self, self_schedule_id: str) -> SelfSchedule:
        """One self-schedule: ``GET …/self-schedules/{id}``. Returns it. Raises
        ``NotFoundError``."""
        return await self._client._call(routes.GET, path={"id": self_schedule_id})

    async def cancel(self, self_schedule_id: str) -> None:
        """Cancel a self-schedule: ``DELETE …/self-schedules/{id}``. Returns nothing.
        Raises ``NotFoundError``."""
        await self._client._call(routes.CANCEL, path={"id": self_schedule_id})

    async def get_for_application(
        self, self_schedule_id: str, application_uuid: str
    ) -> SelfSchedule:
        """A self-schedule as one application sees it:
        ``GET …/self-schedules/{id}/application/{applicationUuid}``. Returns it. Raises
        ``NotFoundError``."""
        path = {"id": self_schedule_id, "application_uuid": application_uuid}
        return await self._client._call(routes.GET_FOR_APPLICATION, path=path)

    async def slots(
        self, self_schedule_id: str, application_uuid: str
    ) -> builtins.list[SelfScheduleSlot]:
        """The slots an application may book: ``GET …/application/{applicationUuid}/slots``
        (not paged). Returns a list of ``SelfScheduleSlot``. Raises ``NotFoundError``."""
        path = {"id": self_schedule_id, "application_uuid": application_uuid}
        return await self._client._call(routes.SLOTS, path=path)

    async def get_interview(
        self, self_schedule_id: str, application_uuid: str
    ) -> SelfScheduleInterview:
        """The interview booked: ``GET …/application/{applicationUuid}/interview``.
        Returns it. Raises ``NotFoundError`` while none is booked."""
        path = {"id": self_schedule_id, "application_uuid": application_uuid}
        return await self._client._call(routes.GET_INTERVIEW, path=path)

    async def book_interview(
        self, self_schedule_id: str, application_uuid: str, interview: SelfScheduleInterview
    ) -> SelfScheduleInterview:
        """Book the interview: ``POST …/application/{applicationUuid}/interview``
        with ``{startsAt, endsAt}``. Returns it. Not retried after an ambiguous failure. Raises
        ``TypeError``/``ValueError`` (times missing, naive, or ending first) before any request,
        ``ConflictError`` when one is booked already."""
        path = {"id": self_schedule_id, "application_uuid": application_uuid}
        return await self._client._call(
            routes.CREATE_INTERVIEW, path=path, body=_interview(interview)
        )

    async def update_interview(
        self, self_schedule_id: str, application_uuid: str, interview: SelfScheduleInterview
    ) -> SelfScheduleInterview:
        """Move the booked interview: ``PUT …/application/{applicationUuid}/interview``.
        Returns it. Raises as ``book_interview``, ``NotFoundError`` while none is booked."""
        path = {"id": self_schedule_id, "application_uuid": application_uuid}
        return await self._client._call(
            routes.UPDATE_INTERVIEW, path=path, body=_interview(interview)
        )

    async def automate(self, application_uuid: str) -> AutomatedSelfSchedule:
        """Start automated self-scheduling for an application: ``POST …/automated-self-schedules``
        with ``{applicationUuid}``. Returns the new self-schedule's id. Raises ``ValueError`` for
        an empty id before any request."""
        body = {"applicationUuid": non_empty(application_uuid, "application_uuid")}
        return await self._client._call(routes.AUTOMATE, body=body)

    async def count_slots(
        self, schedule_type: SelfScheduleType | str, application_uuid: str, query: SlotsCountQuery
    ) -> SlotsCount:
        """How many slots the interviewers have free: ``POST …/automated-self-schedules/
        {scheduleType}/application/{applicationUuid}/slots/count/by-role``. Returns ``SlotsCount``.
        Raises ``ValueError`` for an unknown ``schedule_type`` or no interviewer, ``TypeError``."""
        kind = enum_value(schedule_type, SelfScheduleType, "schedule_type")
        instance_of(query, SlotsCountQuery, "query")
        if not any(query.interviewer_ids_by_role.values()):
            raise ValueError("query.interviewer_ids_by_role must name at least one interviewer")
        path = {"schedule_type": kind.value, "application_uuid": application_uuid}
        return await self._client._call(routes.COUNT_SLOTS, path=path, body=query)

    async def update_invite(self, invite: SelfScheduleInvite) -> JsonValue:
        """Change an invite while no interview is booked (its link stays the same):
        ``POST …/automated-self-schedules/update-invite``. Returns the answer's JSON as sent
        (unpublished; ``None`` when empty). Raises ``ValueError`` before any request for a
        ``location`` its ``format`` forbids or lacks, ``ConflictError`` once booked."""
        instance_of(invite, SelfScheduleInvite, "invite")
        kind = invite.format
        if kind is not None and not isinstance(kind, InterviewFormat):
            kind = enum_value(kind, InterviewFormat, "invite.format")
        if kind in _NEEDS_LOCATION and not invite.location:
            raise ValueError(f"a {kind.value} invite needs a location")
        if kind in _NO_LOCATION and invite.location:
            raise ValueError(f"a {kind.value} invite must have no location (a link is generated)")
        return await self._client._call(routes.UPDATE_INVITE, body=invite)

    async def request_reschedule(self, reschedule: SelfScheduleReschedule) -> JsonValue:
        """Cancel the booked interview and ask the candidate to book again (the
        old link stays valid): ``POST …/automated-self-schedules/reschedule``. Returns the answer's
        JSON as sent (``None`` when empty). Raises ``TypeError`` for another body."""
        instance_of(reschedule, SelfScheduleReschedule, "reschedule")
        return await self._client._call(routes.RESCHEDULE, body=reschedule)
