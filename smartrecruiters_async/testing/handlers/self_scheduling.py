"""Fake-server handlers of the Self-scheduling API (``/self-scheduling``).

No schema of this API's bodies is public. Where the public sources name fields (``{startsAt,
endsAt}`` of an interview, ``{applicationUuid}`` → ``{selfScheduleId}``, the slots-count body
and ``{count}``, an invite's ``format``/``location`` rules), the fake uses those names; a
self-schedule itself is answered as ``{"id", "applicationId"}`` and a slot as ``{"startsAt",
"endsAt"}``, the fake's own minimal forms, which the SDK does not rely on (it keeps them raw).
The fake starts with ``SEEDED_SCHEDULES`` self-schedules of ``SEEDED_APPLICATION``, every third
with a booked interview. The search answers a bare array, one page of ``offset``/``limit``.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from typing import Any

from aiohttp import web

from ..._protocol.routes import self_scheduling as routes
from ...models.self_scheduling import InterviewFormat, SelfScheduleType
from ..data import RELEASED_UNTIL, wire_datetime
from ..replies import Handler, Reply
from ..state import ServerData
from . import params
from .checks import (
    Checker,
    Conflict,
    bad_request,
    found,
    json_object,
    refusals_as_replies,
    required_date_time,
)

__all__ = ["HANDLERS", "SEEDED_APPLICATION", "SEEDED_SCHEDULES", "SelfSchedulingState", "state"]

Json = dict[str, Any]
SEEDED_APPLICATION = "5b1e9a0c-0000-4000-8000-000000000001"
SEEDED_SCHEDULES = 25


class SelfSchedulingState:
    """Self-schedules by id, and the interview booked on each (absent: none)."""

    def __init__(self, data: ServerData) -> None:
        self.schedules: dict[str, Json] = {}
        self.interviews: dict[str, Json] = {}
        for index in range(SEEDED_SCHEDULES):
            schedule = self.add(SEEDED_APPLICATION)
            if index % 3 == 0:
                start = RELEASED_UNTIL + dt.timedelta(days=index)
                self.interviews[schedule["id"]] = _times(start)

    def add(self, application: str) -> Json:
        """A new self-schedule of ``application``."""
        schedule = {"id": str(uuid.uuid4()), "applicationId": application}
        self.schedules[schedule["id"]] = schedule
        return schedule


def _times(start: dt.datetime) -> Json:
    end = start + dt.timedelta(minutes=30)
    return {"startsAt": wire_datetime(start), "endsAt": wire_datetime(end)}


def state(data: ServerData) -> SelfSchedulingState:
    """The Self-scheduling API's state of one fake server (built on first use)."""
    return data.store("self_scheduling", SelfSchedulingState)


def _schedule(request: web.Request, data: ServerData) -> Json:
    """The addressed self-schedule, checked against the path's application when it names one."""
    schedule = found(state(data).schedules, request.match_info["id"], "Self-schedule")
    application = request.match_info.get("application_uuid")
    if application is not None and schedule["applicationId"] != application:
        raise found({}, application, "Application of this self-schedule")
    return schedule


@refusals_as_replies()
async def search(request: web.Request, data: ServerData) -> Reply:
    """``GET /self-schedules?applicationId=``: a bare array, ``offset``/``limit`` (≤ 100)."""
    query = params.declared(request.query, routes.SEARCH)
    offset = params.integer(request.query, "offset", 0, low=0)
    limit = params.integer(request.query, "limit", 10, low=1, high=100)
    booked, wanted = state(data).interviews, query.get("with_interviews")
    found_ = [
        s
        for s in state(data).schedules.values()
        if s["applicationId"] == query["application_id"]
        and (wanted is None or (s["id"] in booked) == wanted)
    ]
    return Reply.json(found_[offset : offset + limit])


@refusals_as_replies()
async def get(request: web.Request, data: ServerData) -> Reply:
    """The self-schedule (``GET …/{id}`` and ``…/{id}/application/{uuid}``)."""
    return Reply.json(_schedule(request, data))


@refusals_as_replies()
async def cancel(request: web.Request, data: ServerData) -> Reply:
    """``DELETE …/{id}``: 204."""
    schedule = _schedule(request, data)
    state(data).schedules.pop(schedule["id"])
    state(data).interviews.pop(schedule["id"], None)
    return Reply.empty()


@refusals_as_replies()
async def slots(request: web.Request, data: ServerData) -> Reply:
    """``GET …/slots``: three half-hour slots a day apart from now."""
    _schedule(request, data)
    start = dt.datetime.now(dt.UTC).replace(microsecond=0)
    return Reply.json([_times(start + dt.timedelta(days=n)) for n in (1, 2, 3)])


@refusals_as_replies()
async def interview(request: web.Request, data: ServerData) -> Reply:
    """``GET|POST|PUT …/interview``: read, book (409 when booked) or move (404 when not)."""
    booked = state(data).interviews
    key = _schedule(request, data)["id"]
    if request.method == "GET" or (request.method == "PUT" and key not in booked):
        return Reply.json(found(booked, key, "Interview of self-schedule"))
    if request.method == "POST" and key in booked:
        raise Conflict("An interview is booked already")
    body = await json_object(request)
    if required_date_time(body, "endsAt") <= required_date_time(body, "startsAt"):
        raise bad_request("endsAt must be after startsAt")
    booked[key] = {"startsAt": body["startsAt"], "endsAt": body["endsAt"]}
    return Reply.json(booked[key], status=201 if request.method == "POST" else 200)


@refusals_as_replies()
async def automate(request: web.Request, data: ServerData) -> Reply:
    """``POST /automated-self-schedules``: ``{applicationUuid}`` → 201 ``{selfScheduleId}``."""
    body = Checker(await json_object(request)).required("applicationUuid").done()
    schedule = state(data).add(body["applicationUuid"])
    return Reply.json({"selfScheduleId": schedule["id"]}, status=201)


@refusals_as_replies()
async def count_slots(request: web.Request, data: ServerData) -> Reply:
    """``POST …/{scheduleType}/…/slots/count/by-role``: three slots per interviewer named."""
    if request.match_info["schedule_type"] not in {t.value for t in SelfScheduleType}:
        raise bad_request("scheduleType must be INDIVIDUAL or GROUP")
    by_role = Checker(await json_object(request)).kind("interviewerIdsByRole", dict, "an object")
    by_role.kind("slotsAvailabilityLimitInDays", int, "an integer")
    roles = by_role.required("interviewerIdsByRole").done()["interviewerIdsByRole"]
    if not all(isinstance(ids, list) for ids in roles.values()):
        raise bad_request("interviewerIdsByRole must map roles to lists of user ids")
    users = {user for ids in roles.values() for user in ids}
    if not users:
        raise bad_request("interviewerIdsByRole must name an interviewer")
    return Reply.json({"count": 3 * len(users)})


@refusals_as_replies()
async def update_invite(request: web.Request, data: ServerData) -> Reply:
    """``POST …/update-invite``: checks ``format`` and its ``location`` rule; 204."""
    checker = Checker(await json_object(request))
    kind = checker.one_of("format", {f.value for f in InterviewFormat}).body.get("format")
    has_location = bool(checker.get("location"))
    if kind in ("PHONE", "VIDEO") and not has_location:
        checker.fail("REQUIRED_FIELD", f"location is required for {kind}", "location")
    if kind in ("VIDEO_CALENDAR", "VIDEO_MEETING_ZOOM") and has_location:
        checker.fail("INVALID_VALUE", f"location must be empty for {kind}", "location")
    checker.done()
    return Reply.empty()


@refusals_as_replies()
async def reschedule(request: web.Request, data: ServerData) -> Reply:
    """``POST …/reschedule``: any JSON object; 204."""
    await json_object(request)
    return Reply.empty()


HANDLERS: Mapping[str, Handler] = {
    "searchSelfSchedules": search,
    "getSelfSchedule": get,
    "cancelSelfSchedule": cancel,
    "getApplicationSelfSchedule": get,
    "availableSlotsForApplication": slots,
    "getSelfScheduledInterview": interview,
    "createSelfScheduleInterview": interview,
    "updateSelfScheduleInterview": interview,
    "automatedSelfScheduling": automate,
    "getAutomatedSchedulesAvailableSlotsCountByInterviewerWithRoles": count_slots,
    "updateSelfScheduleInvite": update_invite,
    "requestSelfReschedule": reschedule,
}
