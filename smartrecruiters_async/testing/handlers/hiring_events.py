"""Fake-server handlers of the Event management API (``/event-management-api``).

No schema of an event, a session or an applicant is public: the fake stores an event as sent,
adding an ``id`` to it and to each of its ``sessions`` (the fake's own choice, which the SDK
does not rely on), and reads the job of a new event from its ``jobId`` (the name the list's
filter uses). Applicants are answered as ``{"id"}``, the ids the calls name. The fake starts
with ``SEEDED_EVENTS`` active events (and one past) of ``SEEDED_JOB``, each with two sessions;
the first has ``SEEDED_POOL`` applicants in its pool. Lists count pages from 0; ``getEvents``
sends ``{content}`` without a total, the pool ``{content, totalFound}``.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from aiohttp import web

from ..._protocol.routes import hiring_events as routes
from ..replies import Handler, Reply
from ..state import ServerData
from . import params
from .checks import bad_request, found, json_object, refusals_as_replies, string_list

__all__ = ["HANDLERS", "SEEDED_EVENTS", "SEEDED_JOB", "SEEDED_POOL", "EventsState", "state"]

Json = dict[str, Any]
SEEDED_JOB = "job-with-events"
SEEDED_EVENTS = 23
SEEDED_POOL = 37


class EventsState:
    """Events by id (as stored), their job and state, pools, and each session's applicants
    and interviewers."""

    def __init__(self, data: ServerData) -> None:
        self.events: dict[str, Json] = {}
        self.listed: dict[str, tuple[str | None, str]] = {}  # event id -> (job id, state)
        self.pool: dict[str, list[str]] = {}
        self.seated: dict[str, list[str]] = {}  # session id -> applicant ids
        self.interviewers: dict[str, list[str]] = {}
        for index in range(SEEDED_EVENTS + 1):
            sessions = [{"name": f"Session {n}"} for n in (1, 2)]
            event = self.store({"name": f"Open day {index}", "sessions": sessions}, None)
            self.listed[event["id"]] = (SEEDED_JOB, "ACTIVE" if index < SEEDED_EVENTS else "PAST")
        first = next(iter(self.events))
        self.pool[first] = [f"applicant-{n}" for n in range(SEEDED_POOL)]

    def store(self, body: Json, event_id: str | None) -> Json:
        """Keep ``body`` as event ``event_id`` (a new one when ``None``), ids added."""
        event_id = event_id or str(uuid.uuid4())
        sessions = body.get("sessions") or []
        if not isinstance(sessions, list) or not all(isinstance(s, dict) for s in sessions):
            raise bad_request("sessions must be a list of objects")
        kept = [{**s, "id": s.get("id") or str(uuid.uuid4())} for s in sessions]
        event = self.events[event_id] = {**body, "id": event_id, "sessions": kept}
        for session in kept:
            self.seated.setdefault(session["id"], [])
            self.interviewers.setdefault(session["id"], [])
        self.pool.setdefault(event_id, [])
        return event


def state(data: ServerData) -> EventsState:
    """The Event management API's state of one fake server (built on first use)."""
    return data.store("hiring_events", EventsState)


def _event(request: web.Request, data: ServerData) -> Json:
    return found(state(data).events, request.match_info["event_id"], "Event")


def _session(request: web.Request, data: ServerData) -> str:
    sessions = {s["id"]: s for s in _event(request, data)["sessions"]}
    return str(found(sessions, request.match_info["session_id"], "Session")["id"])


def _applicants(ids: list[str]) -> list[Json]:
    return [{"id": applicant} for applicant in ids]


def _page(request: web.Request, items: list[Any]) -> tuple[list[Any], int]:
    page = params.integer(request.query, "page", 0, low=0)
    size = params.integer(request.query, "pageSize", 10, low=1, high=100)
    return items[page * size : (page + 1) * size], len(items)


@refusals_as_replies()
async def list_events(request: web.Request, data: ServerData) -> Reply:
    """``GET /events?jobId=&state=``: ``{content}`` of one page (``page``, ``pageSize``)."""
    query = params.declared(request.query, routes.LIST)
    wanted = (query["job_id"], query["state"])
    events = [e for i, e in state(data).events.items() if state(data).listed.get(i) == wanted]
    return Reply.json({"content": _page(request, events)[0]})


@refusals_as_replies()
async def events_of(request: web.Request, data: ServerData) -> Reply:
    """``GET /events/{candidates|applications}/{id}?state=``: events holding that applicant."""
    ident = request.match_info.get("profile_id")
    route = routes.FOR_CANDIDATE if ident else routes.FOR_APPLICATION
    query = params.declared(request.query, route)
    ident = ident or request.match_info["application_id"]
    s = state(data)
    return Reply.json(
        [
            event
            for event_id, event in s.events.items()
            if s.listed.get(event_id, (None, "ACTIVE"))[1] == query["state"]
            and (
                ident in s.pool[event_id]
                or any(ident in s.seated[x["id"]] for x in event["sessions"])
            )
        ]
    )


@refusals_as_replies()
async def create_event(request: web.Request, data: ServerData) -> Reply:
    """``POST /events``: stored with ids; 201 with the event."""
    body = await json_object(request)
    event = state(data).store(body, None)
    state(data).listed[event["id"]] = (body.get("jobId"), "ACTIVE")
    return Reply.json(event, status=201)


@refusals_as_replies()
async def event(request: web.Request, data: ServerData) -> Reply:
    """``GET|PUT|DELETE /events/{eventId}``."""
    event_id = _event(request, data)["id"]
    if request.method == "PUT":
        return Reply.json(state(data).store(await json_object(request), event_id))
    if request.method == "DELETE":
        del state(data).events[event_id]
        return Reply.empty()
    return Reply.json(state(data).events[event_id])


@refusals_as_replies()
async def session(request: web.Request, data: ServerData) -> Reply:
    """``GET|DELETE /events/{eventId}/sessions/{sessionId}``."""
    session_id = _session(request, data)
    event = _event(request, data)
    if request.method == "DELETE":
        event["sessions"] = [s for s in event["sessions"] if s["id"] != session_id]
        return Reply.empty()
    return Reply.json(next(s for s in event["sessions"] if s["id"] == session_id))


@refusals_as_replies()
async def interviewers(request: web.Request, data: ServerData) -> Reply:
    """``PUT|DELETE …/interviewers`` with ``{interviewers}``: the session's interviewers."""
    session_id = _session(request, data)
    named = string_list(await json_object(request), "interviewers", required=True)
    current = state(data).interviewers[session_id]
    if request.method == "PUT":
        current += [user for user in named if user not in current]
    else:
        current[:] = [user for user in current if user not in named]
    return Reply.json(current)


@refusals_as_replies()
async def all_applicants(request: web.Request, data: ServerData) -> Reply:
    """``GET …/applicants``: the pool and every session's applicants, unpaginated."""
    event = _event(request, data)
    seated = [a for s in event["sessions"] for a in state(data).seated[s["id"]]]
    return Reply.json(_applicants(state(data).pool[event["id"]] + seated))


@refusals_as_replies()
async def pool(request: web.Request, data: ServerData) -> Reply:
    """``GET …/pool-applicants``: ``{content, totalFound}`` of one page."""
    page, total = _page(request, _applicants(state(data).pool[_event(request, data)["id"]]))
    return Reply.json({"content": page, "totalFound": total})


@refusals_as_replies()
async def add_to_pool(request: web.Request, data: ServerData) -> Reply:
    """``POST …/applicants`` with ``{applicantIds}``: 204."""
    pool = state(data).pool[_event(request, data)["id"]]
    ids = string_list(await json_object(request), "applicantIds", required=True)
    pool += [applicant for applicant in ids if applicant not in pool]
    return Reply.empty()


@refusals_as_replies()
async def seat(request: web.Request, data: ServerData) -> Reply:
    """``POST|PUT …/sessions/{sessionId}/applicants``: add, or move from ``fromSessionId``;
    the session's applicants."""
    session_id, body = _session(request, data), await json_object(request)
    ids = string_list(body, "applicantIds", required=True)
    if not isinstance(body.get("allowOverbooking", False), bool):
        raise bad_request("allowOverbooking must be true or false")
    if request.method == "PUT":
        source = state(data).seated.get(str(body.get("fromSessionId")))
        if source is None or not set(ids) <= set(source):
            raise bad_request("applicantIds must be applicants of fromSessionId")
        source[:] = [applicant for applicant in source if applicant not in ids]
    seated = state(data).seated[session_id]
    seated += [applicant for applicant in ids if applicant not in seated]
    return Reply.json(_applicants(seated))


HANDLERS: Mapping[str, Handler] = {
    "getEvents": list_events,
    "getEventsForCandidate": events_of,
    "getEventsForApplication": events_of,
    "createEvent": create_event,
    "getEventDetails": event,
    "updateEvent": event,
    "deleteEvent": event,
    "getSessionDetails": session,
    "deleteSession": session,
    "addInterviewersToSession": interviewers,
    "removeInterviewersFromSession": interviewers,
    "getAllApplicants": all_applicants,
    "getApplicantsByEventId": pool,
    "addApplicantsToEvent": add_to_pool,
    "addApplicantsToSession": seat,
    "moveApplicantsToSession": seat,
}
