"""Interview API: ``interviews.json`` (prefix ``/interviews-api/v201904``)."""

from __future__ import annotations

import builtins
from collections.abc import Iterable

from .._protocol.routes import check_path_value
from .._protocol.routes import interviews as routes
from ..models.interviews import (
    AttendeeStatus,
    AttendeeStatusInput,
    Interview,
    InterviewInput,
    InterviewUpdate,
    Timeslot,
    TimeslotInput,
    TimeslotUpdate,
)
from ._resource import Resource
from ._values import enum_value, id_list, instance_of

__all__ = ["Interviews"]


def _status(status: AttendeeStatus | str) -> AttendeeStatusInput:
    return AttendeeStatusInput(status=enum_value(status, AttendeeStatus, "status"))


class Interviews(Resource):
    """``client.interviews``: interviews, timeslots, attendance statuses, interview types.

    The API only returns interviews that were created through the API.
    """

    async def list(self, application_id: str) -> builtins.list[Interview]:
        """The interviews of one application: ``GET …/interviews?applicationId=`` (no paging).

        Returns a list of ``Interview``. Raises ``ValueError`` for an empty id before any request.
        """
        check_path_value("application_id", application_id)
        result = await self._client._call(routes.LIST, query={"application_id": application_id})
        return list(result.content)

    async def create(self, interview: InterviewInput) -> Interview:
        """Schedule an interview: ``POST /interviews-api/v201904/interviews``.

        Returns the created ``Interview`` with its id and timeslot ids. Raises ``TypeError``
        unless ``interview`` is an ``InterviewInput``, ``ValueError`` when it has no timeslot,
        and ``BadRequestError`` for a body the API refuses (a timeslot ending before it starts,
        an unknown time zone or interview type).
        """
        instance_of(interview, InterviewInput, "interview")
        if not interview.timeslots:
            raise ValueError("an interview needs at least one timeslot")
        return await self._client._call(routes.CREATE, body=interview)

    async def get(self, interview_id: str) -> Interview:
        """One interview: ``GET /interviews-api/v201904/interviews/{interviewId}``.

        Returns the ``Interview``. Raises ``NotFoundError`` for an unknown interview.
        """
        return await self._client._call(routes.GET, path={"interview_id": interview_id})

    async def update(self, interview_id: str, changes: InterviewUpdate) -> None:
        """Change an interview's fields: ``PATCH …/interviews/{interviewId}``.

        Only the fields set in ``changes`` change. Returns nothing. Raises ``TypeError`` unless
        ``changes`` is an ``InterviewUpdate``, ``BadRequestError`` for values the API refuses,
        ``NotFoundError`` for an unknown interview.
        """
        instance_of(changes, InterviewUpdate, "changes")
        await self._client._call(routes.UPDATE, path={"interview_id": interview_id}, body=changes)

    async def delete(self, interview_id: str) -> None:
        """Cancel an interview: ``DELETE /interviews-api/v201904/interviews/{interviewId}``.

        Returns nothing. Raises ``NotFoundError`` for an unknown interview.
        """
        await self._client._call(routes.DELETE, path={"interview_id": interview_id})

    async def add_timeslot(self, interview_id: str, timeslot: TimeslotInput) -> Timeslot:
        """Add a timeslot: ``POST …/interviews/{interviewId}/timeslots``.

        Returns the created ``Timeslot``. Raises ``TypeError`` unless ``timeslot`` is a
        ``TimeslotInput``, ``BadRequestError`` for values the API refuses, ``NotFoundError``
        for an unknown interview.
        """
        instance_of(timeslot, TimeslotInput, "timeslot")
        return await self._client._call(
            routes.ADD_TIMESLOT, path={"interview_id": interview_id}, body=timeslot
        )

    async def get_timeslot(self, interview_id: str, timeslot_id: str) -> Timeslot:
        """One timeslot: ``GET …/interviews/{interviewId}/timeslots/{timeslotId}``.

        Returns the ``Timeslot``. Raises ``NotFoundError`` for an unknown interview or timeslot.
        """
        return await self._client._call(
            routes.GET_TIMESLOT, path={"interview_id": interview_id, "timeslot_id": timeslot_id}
        )

    async def update_timeslot(
        self, interview_id: str, timeslot_id: str, changes: TimeslotUpdate
    ) -> None:
        """Change a timeslot: ``PATCH …/interviews/{interviewId}/timeslots/{timeslotId}``.

        Only the fields set in ``changes`` change. Returns nothing. Raises ``TypeError`` unless
        ``changes`` is a ``TimeslotUpdate``, ``BadRequestError`` for values the API refuses,
        ``NotFoundError`` for an unknown interview or timeslot.
        """
        instance_of(changes, TimeslotUpdate, "changes")
        await self._client._call(
            routes.UPDATE_TIMESLOT,
            path={"interview_id": interview_id, "timeslot_id": timeslot_id},
            body=changes,
        )

    async def delete_timeslot(self, interview_id: str, timeslot_id: str) -> None:
        """Remove a timeslot: ``DELETE …/interviews/{interviewId}/timeslots/{timeslotId}``.

        Returns nothing. Raises ``ConflictError`` when it is the interview's last timeslot (delete
        the interview instead) and ``NotFoundError`` for an unknown interview or timeslot.
        """
        await self._client._call(
            routes.DELETE_TIMESLOT, path={"interview_id": interview_id, "timeslot_id": timeslot_id}
        )

    async def set_no_show(self, interview_id: str, timeslot_id: str, no_show: bool = True) -> None:
        """Mark whether the candidate failed to attend a timeslot.

        ``PATCH …/interviews/{interviewId}/timeslots/{timeslotId}/noshow?value=``. Returns nothing.
        Raises ``TypeError`` unless ``no_show`` is a bool, ``NotFoundError`` for an unknown
        interview or timeslot.
        """
        instance_of(no_show, bool, "no_show")
        await self._client._call(
            routes.SET_NO_SHOW,
            path={"interview_id": interview_id, "timeslot_id": timeslot_id},
            query={"value": no_show},
        )

    async def set_candidate_status(self, interview_id: str, status: AttendeeStatus | str) -> None:
        """Deprecated: set the candidate's status for the whole interview.

        ``PUT …/interviews/{interviewId}/candidate/status``. Emits ``DeprecationWarning``; use
        ``set_timeslot_candidate_status``. Returns nothing. Raises ``ValueError`` for an unknown
        status before any request, ``NotFoundError`` for an unknown interview.
        """
        await self._client._call(
            routes.SET_CANDIDATE_STATUS, path={"interview_id": interview_id}, body=_status(status)
        )

    async def set_timeslot_candidate_status(
        self, interview_id: str, timeslot_id: str, status: AttendeeStatus | str
    ) -> None:
        """Set whether the candidate attends one timeslot.

        ``PUT …/interviews/{interviewId}/timeslots/{timeslotId}/candidateStatus``. Returns nothing.
        Raises ``ValueError`` for an unknown status before any request, ``NotFoundError`` for an
        unknown interview or timeslot.
        """
        await self._client._call(
            routes.SET_TIMESLOT_CANDIDATE_STATUS,
            path={"interview_id": interview_id, "timeslot_id": timeslot_id},
            body=_status(status),
        )

    async def set_interviewer_status(
        self, interview_id: str, timeslot_id: str, user_id: str, status: AttendeeStatus | str
    ) -> None:
        """Set whether an interviewer attends one timeslot.

        ``PUT …/timeslots/{timeslotId}/interviewers/{userId}/status``. Returns nothing. Raises
        ``ValueError`` for an unknown status before any request, ``NotFoundError`` for an unknown
        interview, timeslot, or a user who is not an interviewer of that timeslot.
        """
        await self._client._call(
            routes.SET_INTERVIEWER_STATUS,
            path={"interview_id": interview_id, "timeslot_id": timeslot_id, "user_id": user_id},
            body=_status(status),
        )

    async def types(self) -> builtins.list[str]:
        """The company's interview types: ``GET /interviews-api/v201904/interview-types``.

        Returns the type names as a list of ``str``. Raises the ``APIStatusError`` family on
        failure.
        """
        return await self._client._call(routes.TYPES)

    async def add_types(self, interview_types: Iterable[str]) -> None:
        """Add interview types: ``PATCH /interviews-api/v201904/interview-types``.

        Types already configured are left as they are. Returns nothing. Raises ``ValueError`` for no
        types or an empty name before any request, ``BadRequestError`` for a name the API refuses.
        """
        names = id_list(interview_types, "interview_types")
        await self._client._call(routes.ADD_TYPES, body=names)

    async def delete_type(self, interview_type: str) -> None:
        """Remove an interview type: ``DELETE …/interview-types/{interviewType}``.

        Returns nothing. Raises ``NotFoundError`` for an unknown type.
        """
        await self._client._call(routes.DELETE_TYPE, path={"interview_type": interview_type})
