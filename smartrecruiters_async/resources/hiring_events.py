"""Event management API: ``event-management-api.json`` (prefix ``/event-management-api``).

Bodies of this API are mostly unpublished: events, sessions and applicants keep what they
carry in ``extra_fields``, and are sent back the same way.
"""

from __future__ import annotations

import builtins
from collections.abc import Iterable
from typing import Any

from .._paginator import AsyncPaginator
from .._protocol.paging import check_limit
from .._protocol.routes import check_path_value
from .._protocol.routes import hiring_events as routes
from ..models.hiring_events import EventApplicant, EventSession, EventState, HiringEvent
from ._resource import Resource
from ._values import enum_value, id_list, instance_of

__all__ = ["HiringEvents"]

Applicants = builtins.list[EventApplicant]


def _event(event: HiringEvent) -> HiringEvent:
    instance_of(event, HiringEvent, "event")
    if event.sessions is not None and not all(isinstance(s, EventSession) for s in event.sessions):
        raise TypeError("event.sessions must hold EventSession objects")
    return event


def _moved(ids: Iterable[str], allow_overbooking: bool) -> dict[str, Any]:
    instance_of(allow_overbooking, bool, "allow_overbooking")
    return {"applicantIds": id_list(ids, "applicant_ids"), "allowOverbooking": allow_overbooking}


class HiringEvents(Resource):
    """``client.hiring_events``: hiring (group) events, their sessions, applicant pools and
    interviewers. Ids of events and sessions are in their ``extra_fields`` (names unpublished)."""

    def list(
        self,
        job_id: str,
        state: EventState | str,
        *,
        page_size: int = 10,
        max_items: int | None = None,
    ) -> AsyncPaginator[HiringEvent]:
        """A job's events: ``GET /event-management-api/events?jobId=&state=``.
        Paged by ``page`` (from 0) and ``page_size`` (1–100) until a short page. Returns an
        ``AsyncPaginator``. Raises ``ValueError`` for bad arguments before any request."""
        check_path_value("job_id", job_id)
        query = {"job_id": job_id, "state": enum_value(state, EventState, "state")}
        return self._client._paginate(
            routes.LIST, query={**query, "page_size": check_limit(page_size)}, max_items=max_items
        )

    async def for_candidate(
        self, profile_id: str, state: EventState | str
    ) -> builtins.list[HiringEvent]:
        """A candidate's events: ``GET …/events/candidates/{profileId}?state=`` (not
        paged). Returns a list of ``HiringEvent``. Raises ``ValueError`` for a bad state."""
        query = {"state": enum_value(state, EventState, "state")}
        return await self._client._call(
            routes.FOR_CANDIDATE, path={"profile_id": profile_id}, query=query
        )

    async def for_application(
        self, application_id: str, state: EventState | str
    ) -> builtins.list[HiringEvent]:
        """An application's events: ``GET …/events/applications/{applicationId}?state=``.
        Returns a list of ``HiringEvent``. Raises ``ValueError`` for a bad state."""
        query = {"state": enum_value(state, EventState, "state")}
        path = {"application_id": application_id}
        return await self._client._call(routes.FOR_APPLICATION, path=path, query=query)

    async def create(self, event: HiringEvent) -> HiringEvent:
        """Create an event with its ``sessions``: ``POST …/events``. Returns the event.
        Not retried after an ambiguous failure. Raises ``TypeError`` for another body."""
        return await self._client._call(routes.CREATE, body=_event(event))

    async def get(self, event_id: str) -> HiringEvent:
        """One event: ``GET …/events/{eventId}``. Returns it. Raises ``NotFoundError``."""
        return await self._client._call(routes.GET, path={"event_id": event_id})

    async def update(self, event_id: str, event: HiringEvent) -> HiringEvent:
        """Replace an event, sessions included: ``PUT …/events/{eventId}``. Returns it.
        Raises ``TypeError`` for another body, ``NotFoundError``."""
        path = {"event_id": event_id}
        return await self._client._call(routes.UPDATE, path=path, body=_event(event))

    async def delete(self, event_id: str) -> None:
        """Delete an event: ``DELETE …/events/{eventId}``. Returns nothing. Raises
        ``NotFoundError``."""
        await self._client._call(routes.DELETE, path={"event_id": event_id})

    async def get_session(self, event_id: str, session_id: str) -> EventSession:
        """One session: ``GET …/events/{eventId}/sessions/{sessionId}``. Returns it.
        Raises ``NotFoundError``."""
        path = {"event_id": event_id, "session_id": session_id}
        return await self._client._call(routes.GET_SESSION, path=path)

    async def delete_session(self, event_id: str, session_id: str) -> None:
        """Delete a session: ``DELETE …/events/{eventId}/sessions/{sessionId}``.
        Returns nothing. Raises ``NotFoundError``."""
        path = {"event_id": event_id, "session_id": session_id}
        await self._client._call(routes.DELETE_SESSION, path=path)

    async def add_interviewers(
        self, event_id: str, session_id: str, user_ids: Iterable[str]
    ) -> builtins.list[Any]:
        """Add interviewers (user ids) to a session: ``PUT …/sessions/{sessionId}/interviewers``
        with ``{interviewers}``. Returns the session's interviewers as sent (shape unpublished).
        Raises ``ValueError``/``TypeError`` for an empty or non-list ``user_ids``."""
        path = {"event_id": event_id, "session_id": session_id}
        body = {"interviewers": id_list(user_ids, "user_ids")}
        return await self._client._call(routes.ADD_INTERVIEWERS, path=path, body=body)

    async def remove_interviewers(
        self, event_id: str, session_id: str, user_ids: Iterable[str]
    ) -> builtins.list[Any]:
        """Remove interviewers from a session: ``DELETE …/sessions/{sessionId}/interviewers``
        with a ``{interviewers}`` body. Returns and Raises as ``add_interviewers``."""
        path = {"event_id": event_id, "session_id": session_id}
        body = {"interviewers": id_list(user_ids, "user_ids")}
        return await self._client._call(routes.REMOVE_INTERVIEWERS, path=path, body=body)

    async def applicants(self, event_id: str) -> Applicants:
        """Every applicant of an event, pool and sessions: ``GET …/events/{eventId}/applicants``
        (not paged). Returns a list. Raises ``NotFoundError``."""
        return await self._client._call(routes.APPLICANTS, path={"event_id": event_id})

    def pool(
        self, event_id: str, *, page_size: int = 10, max_items: int | None = None
    ) -> AsyncPaginator[EventApplicant]:
        """The applicants of an event's pool: ``GET …/events/{eventId}/pool-applicants``.
        Pages from 0 of ``page_size`` (1–100), fetched in parallel once ``totalFound`` is
        known. Returns an ``AsyncPaginator``. Raises ``ValueError`` for bad arguments."""
        return self._client._paginate(
            routes.POOL,
            path={"event_id": event_id},
            query={"page_size": check_limit(page_size)},
            max_items=max_items,
        )

    async def add_applicants(self, event_id: str, applicant_ids: Iterable[str]) -> None:
        """Add applicants to an event's pool: ``POST …/events/{eventId}/applicants``
        with ``{applicantIds}``. Returns nothing. Raises ``ValueError``/``TypeError`` for an
        empty or non-list ``applicant_ids`` before any request."""
        body = {"applicantIds": id_list(applicant_ids, "applicant_ids")}
        await self._client._call(routes.ADD_APPLICANTS, path={"event_id": event_id}, body=body)

    async def add_to_session(
        self,
        event_id: str,
        session_id: str,
        applicant_ids: Iterable[str],
        *,
        allow_overbooking: bool = False,
    ) -> Applicants:
        """Add applicants to a session: ``POST …/sessions/{sessionId}/applicants``. Returns the
        session's applicants. Raises as ``add_applicants``."""
        path = {"event_id": event_id, "session_id": session_id}
        body = _moved(applicant_ids, allow_overbooking)
        return await self._client._call(routes.ADD_TO_SESSION, path=path, body=body)

    async def move_to_session(
        self,
        event_id: str,
        session_id: str,
        applicant_ids: Iterable[str],
        *,
        from_session_id: str,
        allow_overbooking: bool = False,
    ) -> Applicants:
        """Move applicants from another session: ``PUT …/sessions/{sessionId}/applicants`` with
        ``{fromSessionId, applicantIds, allowOverbooking}``. Returns the session's applicants.
        Raises as ``add_to_session``."""
        path = {"event_id": event_id, "session_id": session_id}
        body = {"fromSessionId": check_path_value("from_session_id", from_session_id)}
        body |= _moved(applicant_ids, allow_overbooking)
        return await self._client._call(routes.MOVE_TO_SESSION, path=path, body=body)
