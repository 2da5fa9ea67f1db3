"""Fake-server handlers of the Interview API (``/interviews-api/v201904``).

Like the real API, the fake only knows interviews created through it; it starts with none and
with a few interview types. An interview belongs to the application of its candidate to its
job, which the fake names ``application_id(candidate_id, job_id)``.
"""

from __future__ import annotations

import functools
import uuid
import zoneinfo
from collections.abc import Mapping
from typing import Any

import attrs
from aiohttp import web

from ..._protocol.routes import interviews as routes
from ..data import now, wire_datetime
from ..replies import Handler, Reply
from ..state import ServerData
from . import params
from ._collection import Collection, answering
from .checks import (
    Refusal,
    bad_request,
    json_body,
    json_object,
    not_found,
    optional_enum,
    optional_string,
    refusals_as_replies,
    required_date_time,
    required_enum,
    required_object,
    required_string,
    string_list,
)

__all__ = ["HANDLERS", "INTERVIEW_TYPES", "InterviewsState", "application_id", "interviews_state"]

Json = dict[str, Any]

INTERVIEW_TYPES = ("Phone screen", "Video call", "Onsite", "Technical")
"""The interview types the fake company starts with."""

_STATUSES = frozenset({"accepted", "declined", "pending", "tentative"})
_MAX_TYPE_LENGTH = 100


def application_id(candidate_id: str, job_id: str) -> str:
    """The id the fake gives the application of ``candidate_id`` to ``job_id``."""
    return f"{job_id}:{candidate_id}"


@attrs.define(kw_only=True, eq=False)
class InterviewsState:
    """Interviews by id (wire format), the company's interview types in order, and the no-show
    marks by timeslot id (the API records them but no response body shows them)."""

    interviews: dict[str, Json] = attrs.field(factory=dict)
    types: list[str] = attrs.field(factory=lambda: list(INTERVIEW_TYPES))
    no_shows: dict[str, bool] = attrs.field(factory=dict)


def interviews_state(data: ServerData) -> InterviewsState:
    """The Interview API's state of one fake server (built on first use)."""
    return data.store("interviews", lambda _: InterviewsState())


@functools.lru_cache(maxsize=256)
def _known_zone(name: str) -> bool:
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return False
    return True


def _timezone(body: Mapping[str, Any], *, required: bool) -> str | None:
    name = required_string(body, "timezone") if required else optional_string(body, "timezone")
    if name is not None and not _known_zone(name):
        raise bad_request(f"timezone {name!r} is not a TZ database name")
    return name


def _interviewers(body: Mapping[str, Any]) -> list[Json]:
    people = body.get("interviewers")
    if not isinstance(people, list) or not people:
        raise bad_request("interviewers is required and must list at least one user")
    for person in people:
        if not isinstance(person, dict):
            raise bad_request("each interviewer must be an object with an id")
        required_string(person, "id", where="interviewers[].")
    return [{"id": person["id"], "status": "pending"} for person in people]


def _timeslot(state: InterviewsState, body: Any, *, old: Json | None = None) -> Json:
    """A validated timeslot; with ``old``, ``body`` changes only the fields it names."""
    if not isinstance(body, dict):
        raise bad_request("a timeslot must be an object")
    merged = {**(old or {}), **{k: v for k, v in body.items() if v is not None}}
    starts, ends = required_date_time(merged, "startsOn"), required_date_time(merged, "endsOn")
    if ends <= starts:
        raise bad_request("endsOn must be after startsOn")
    interview_type = optional_enum(merged, "interviewType", state.types)
    for key in ("title", "place"):
        optional_string(merged, key)
    people = _interviewers(merged) if old is None or "interviewers" in body else old["interviewers"]
    timeslot: Json = {
        **merged,
        "id": old["id"] if old else str(uuid.uuid4()),
        "startsOn": wire_datetime(starts),
        "endsOn": wire_datetime(ends),
        "interviewers": people,
        "candidateStatus": old["candidateStatus"] if old else "pending",
    }
    if interview_type is None:
        timeslot.pop("interviewType", None)
    return timeslot


_INTERVIEWS = Collection("Interview", "interview_id", lambda rq, s: s.interviews, interviews_state)


def _slot_index(interview: Json, request: web.Request) -> int:
    timeslot_id = request.match_info["timeslot_id"]
    for index, timeslot in enumerate(interview["timeslots"]):
        if timeslot["id"] == timeslot_id:
            return index
    raise not_found("Timeslot", timeslot_id)


async def _status(request: web.Request) -> str:
    return required_enum(await json_object(request), "status", _STATUSES)


@refusals_as_replies()
async def list_interviews(request: web.Request, data: ServerData) -> Reply:
    """``GET /interviews?applicationId=``: the application's interviews, ``{content}``."""
    wanted = params.declared(request.query, routes.LIST)["application_id"]
    if not wanted:
        raise bad_request("applicationId is required")
    found = [
        i
        for i in interviews_state(data).interviews.values()
        if application_id(i["candidate"]["id"], i["jobId"]) == wanted
    ]
    return Reply.json({"content": found})


@refusals_as_replies()
async def create_interview(request: web.Request, data: ServerData) -> Reply:
    """``POST /interviews``: validate and store; 201 with the interview."""
    state = interviews_state(data)
    body = await json_object(request)
    candidate_id = required_string(required_object(body, "candidate"), "id", where="candidate.")
    required_string(body, "jobId")
    required_string(body, "organizerId")
    _timezone(body, required=True)
    for key in ("location", "refUrl", "source"):
        optional_string(body, key)
    slots = body.get("timeslots")
    if not isinstance(slots, list) or not slots:
        raise bad_request("timeslots is required and must hold at least one timeslot")
    interview = {
        **body,
        "id": str(uuid.uuid4()),
        "candidate": {"id": candidate_id, "status": "pending"},
        "timeslots": [_timeslot(state, slot) for slot in slots],
        "createdOn": now(),
    }
    state.interviews[interview["id"]] = interview
    return Reply.json(interview, status=201)


@refusals_as_replies()
async def update_interview(request: web.Request, data: ServerData) -> Reply:
    """``PATCH /interviews/{interviewId}``: change the fields ``InterviewToUpdateInput`` has
    (``location``, ``timezone``, ``candidate``); 204."""
    interview = _INTERVIEWS.one(request, interviews_state(data))
    body = await json_object(request)
    _timezone(body, required=False)
    optional_string(body, "location")
    interview.update({k: body[k] for k in ("location", "timezone") if body.get(k) is not None})
    if body.get("candidate") is not None:
        candidate = required_object(body, "candidate")
        candidate_id = required_string(candidate, "id", where="candidate.")
        interview["candidate"] = {**interview["candidate"], "id": candidate_id}
    return Reply.empty()


@refusals_as_replies()
async def create_timeslot(request: web.Request, data: ServerData) -> Reply:
    """``POST /interviews/{interviewId}/timeslots``: 201 with the timeslot."""
    state = interviews_state(data)
    interview = _INTERVIEWS.one(request, state)
    timeslot = _timeslot(state, await json_body(request))
    interview["timeslots"].append(timeslot)
    return Reply.json(timeslot, status=201)


@refusals_as_replies()
async def get_timeslot(request: web.Request, data: ServerData) -> Reply:
    """``GET /interviews/{interviewId}/timeslots/{timeslotId}``."""
    interview = _INTERVIEWS.one(request, interviews_state(data))
    return Reply.json(interview["timeslots"][_slot_index(interview, request)])


@refusals_as_replies()
async def update_timeslot(request: web.Request, data: ServerData) -> Reply:
    """``PATCH …/timeslots/{timeslotId}``: change the fields given (validated whole); 204."""
    state = interviews_state(data)
    interview = _INTERVIEWS.one(request, state)
    index = _slot_index(interview, request)
    body = await json_object(request)
    interview["timeslots"][index] = _timeslot(state, body, old=interview["timeslots"][index])
    return Reply.empty()


@refusals_as_replies()
async def delete_timeslot(request: web.Request, data: ServerData) -> Reply:
    """``DELETE …/timeslots/{timeslotId}``: 204; 409 for the interview's last timeslot."""
    interview = _INTERVIEWS.one(request, interviews_state(data))
    index = _slot_index(interview, request)
    if len(interview["timeslots"]) == 1:
        raise Refusal(409, "LAST_TIMESLOT", "The last timeslot cannot be removed")
    del interview["timeslots"][index]
    return Reply.empty()


@refusals_as_replies()
async def set_no_show(request: web.Request, data: ServerData) -> Reply:
    """``PATCH …/timeslots/{timeslotId}/noshow?value=true|false``: 204."""
    state = interviews_state(data)
    interview = _INTERVIEWS.one(request, state)
    index = _slot_index(interview, request)
    value: bool = params.declared(request.query, routes.SET_NO_SHOW)["value"]
    state.no_shows[interview["timeslots"][index]["id"]] = value
    return Reply.empty()


@refusals_as_replies()
async def set_candidate_status(request: web.Request, data: ServerData) -> Reply:
    """``PUT /interviews/{interviewId}/candidate/status`` (deprecated): 204."""
    interview = _INTERVIEWS.one(request, interviews_state(data))
    interview["candidate"]["status"] = await _status(request)
    return Reply.empty()


@refusals_as_replies()
async def set_timeslot_candidate_status(request: web.Request, data: ServerData) -> Reply:
    """``PUT …/timeslots/{timeslotId}/candidateStatus``: 204."""
    interview = _INTERVIEWS.one(request, interviews_state(data))
    index = _slot_index(interview, request)
    interview["timeslots"][index]["candidateStatus"] = await _status(request)
    return Reply.empty()


@refusals_as_replies()
async def set_interviewer_status(request: web.Request, data: ServerData) -> Reply:
    """``PUT …/timeslots/{timeslotId}/interviewers/{userId}/status``: 204."""
    interview = _INTERVIEWS.one(request, interviews_state(data))
    timeslot = interview["timeslots"][_slot_index(interview, request)]
    user_id = request.match_info["user_id"]
    person = next((p for p in timeslot["interviewers"] if p["id"] == user_id), None)
    if person is None:
        raise not_found("Interviewer", user_id)
    person["status"] = await _status(request)
    return Reply.empty()


@refusals_as_replies()
async def add_types(request: web.Request, data: ServerData) -> Reply:
    """``PATCH /interview-types``: a JSON array of names to add; 204."""
    state = interviews_state(data)
    names = string_list({"types": await json_body(request)}, "types", required=True)
    if not names or any(len(name) > _MAX_TYPE_LENGTH for name in names):
        raise bad_request(f"give 1 or more interview types of at most {_MAX_TYPE_LENGTH} chars")
    state.types.extend(name for name in dict.fromkeys(names) if name not in state.types)
    return Reply.empty()


@refusals_as_replies()
async def delete_type(request: web.Request, data: ServerData) -> Reply:
    """``DELETE /interview-types/{interviewType}``: 204; 404 for an unknown type."""
    state = interviews_state(data)
    name = request.match_info["interview_type"]
    if name not in state.types:
        raise not_found("Interview type", name)
    state.types.remove(name)
    return Reply.empty()


HANDLERS: Mapping[str, Handler] = {
    "types.get": answering(
        lambda rq, d: Reply.json(interviews_state(d).types)
    ),  # an array of names
    "types.update": add_types,
    "types.delete": delete_type,
    "interviews.get-list": list_interviews,
    "interviews.create": create_interview,
    "interviews.get": _INTERVIEWS.getter(),
    "interviews.update": update_interview,
    "interviews.delete": _INTERVIEWS.deleter(),
    "timeslots.create": create_timeslot,
    "timeslots.get": get_timeslot,
    "timeslots.update": update_timeslot,
    "timeslots.delete": delete_timeslot,
    "timeslots.patch-noshow": set_no_show,
    "statuses.candidate.put": set_candidate_status,
    "statuses.timeslot-candidate.put": set_timeslot_candidate_status,
    "statuses.interviewer.put": set_interviewer_status,
}
