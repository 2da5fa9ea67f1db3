"""Self-scheduling API: ``self-scheduling.json`` (prefix ``/self-scheduling``)."""

from __future__ import annotations

from ...models import self_scheduling as m
from ..json_value import AsSent
from ._route import Paging, RouteGroup, param

_GROUP = RouteGroup("self_scheduling", spec="self-scheduling.json")
_P = "/self-scheduling/self-schedules"
_AUTO = "/self-scheduling/automated-self-schedules"
_APP = f"{_P}/{{id}}/application/{{application_uuid}}"

SEARCH = _GROUP.route(
    "GET",
    "searchSelfSchedules",
    _P,
    returns=m.SelfSchedule,
    paging=Paging.OFFSET_TO_SHORT,
    bare_array=True,
    query=(
        param("application_id", required=True),
        param("with_interviews", bool),
        param("limit", int),
    ),
)
GET = _GROUP.route("GET", "getSelfSchedule", f"{_P}/{{id}}", returns=m.SelfSchedule)
CANCEL = _GROUP.route("DELETE", "cancelSelfSchedule", f"{_P}/{{id}}")
GET_FOR_APPLICATION = _GROUP.route(
    "GET", "getApplicationSelfSchedule", _APP, returns=m.SelfSchedule
)
SLOTS = _GROUP.route(
    "GET", "availableSlotsForApplication", f"{_APP}/slots", returns=list[m.SelfScheduleSlot]
)
_INTERVIEW = {"returns": m.SelfScheduleInterview}
GET_INTERVIEW = _GROUP.route("GET", "getSelfScheduledInterview", f"{_APP}/interview", **_INTERVIEW)
CREATE_INTERVIEW = _GROUP.route(
    "POST",
    "createSelfScheduleInterview",
    f"{_APP}/interview",
    body=m.SelfScheduleInterview,
    **_INTERVIEW,
)
UPDATE_INTERVIEW = _GROUP.route(
    "PUT",
    "updateSelfScheduleInterview",
    f"{_APP}/interview",
    body=m.SelfScheduleInterview,
    **_INTERVIEW,
)
AUTOMATE = _GROUP.route(
    "POST", "automatedSelfScheduling", _AUTO, returns=m.AutomatedSelfSchedule, body=object
)
COUNT_SLOTS = _GROUP.route(
    "POST",
    "getAutomatedSchedulesAvailableSlotsCountByInterviewerWithRoles",
    f"{_AUTO}/{{schedule_type}}/application/{{application_uuid}}/slots/count/by-role",
    returns=m.SlotsCount,
    body=m.SlotsCountQuery,
    idempotent=True,  # a count: replaying it changes nothing
)
# What these two answer is not published: the JSON as sent (None when empty).
UPDATE_INVITE = _GROUP.route(
    "POST",
    "updateSelfScheduleInvite",
    f"{_AUTO}/update-invite",
    returns=AsSent,
    body=m.SelfScheduleInvite,
)
RESCHEDULE = _GROUP.route(
    "POST",
    "requestSelfReschedule",
    f"{_AUTO}/reschedule",
    returns=AsSent,
    body=m.SelfScheduleReschedule,
)

ROUTES = _GROUP.routes
