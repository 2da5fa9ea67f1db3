"""Event management API: ``event-management-api.json`` (prefix ``/event-management-api``).

Hiring events with sessions, their applicant pools and interviewers. Pages count from 0.
"""

from __future__ import annotations

from typing import Any

from ...models import hiring_events as m
from ._route import Paging, RouteGroup, param

_GROUP = RouteGroup("hiring_events", spec="event-management-api.json")
_P = "/event-management-api/events"
_EVENT = f"{_P}/{{event_id}}"
_SESSION = f"{_EVENT}/sessions/{{session_id}}"
_STATE = (param("state", m.EventState, required=True),)
_PAGE_SIZE = param("page_size", int)

LIST = _GROUP.route(
    "GET",
    "getEvents",
    _P,
    returns=m.HiringEvent,
    paging=Paging.PAGE_NUMBER,
    bare_array=True,  # a tolerant reading of the list: a page may come as a bare array
    query=(param("job_id", required=True), *_STATE, _PAGE_SIZE),
)
FOR_CANDIDATE = _GROUP.route(
    "GET",
    "getEventsForCandidate",
    f"{_P}/candidates/{{profile_id}}",
    returns=list[m.HiringEvent],
    query=_STATE,
)
FOR_APPLICATION = _GROUP.route(
    "GET",
    "getEventsForApplication",
    f"{_P}/applications/{{application_id}}",
    returns=list[m.HiringEvent],
    query=_STATE,
)
CREATE = _GROUP.route("POST", "createEvent", _P, returns=m.HiringEvent, body=m.HiringEvent)
GET = _GROUP.route("GET", "getEventDetails", _EVENT, returns=m.HiringEvent)
UPDATE = _GROUP.route("PUT", "updateEvent", _EVENT, returns=m.HiringEvent, body=m.HiringEvent)
DELETE = _GROUP.route("DELETE", "deleteEvent", _EVENT)
GET_SESSION = _GROUP.route("GET", "getSessionDetails", _SESSION, returns=m.EventSession)
DELETE_SESSION = _GROUP.route("DELETE", "deleteSession", _SESSION)
# Each answers the session's interviewers; their shape is not published (JSON as sent).
ADD_INTERVIEWERS = _GROUP.route(
    "PUT", "addInterviewersToSession", f"{_SESSION}/interviewers", returns=list[Any], body=object
)
REMOVE_INTERVIEWERS = _GROUP.route(  # a DELETE that carries a JSON body
    "DELETE",
    "removeInterviewersFromSession",
    f"{_SESSION}/interviewers",
    returns=list[Any],
    body=object,
)
APPLICANTS = _GROUP.route(
    "GET", "getAllApplicants", f"{_EVENT}/applicants", returns=list[m.EventApplicant]
)
POOL = _GROUP.route(
    "GET",
    "getApplicantsByEventId",
    f"{_EVENT}/pool-applicants",
    returns=m.EventApplicant,
    paging=Paging.PAGE_NUMBER,
    query=(_PAGE_SIZE,),
)
ADD_APPLICANTS = _GROUP.route("POST", "addApplicantsToEvent", f"{_EVENT}/applicants", body=object)
ADD_TO_SESSION = _GROUP.route(
    "POST",
    "addApplicantsToSession",
    f"{_SESSION}/applicants",
    returns=list[m.EventApplicant],
    body=object,
)
MOVE_TO_SESSION = _GROUP.route(
    "PUT",
    "moveApplicantsToSession",
    f"{_SESSION}/applicants",
    returns=list[m.EventApplicant],
    body=object,
)

ROUTES = _GROUP.routes
