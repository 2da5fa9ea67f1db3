"""Interview API: ``interviews.json`` (prefix ``/interviews-api/v201904``).

Interviews, their timeslots, attendance statuses and the company's interview types. The API
only returns interviews that were created through the API.
"""

from __future__ import annotations

from ...models.interviews import (
    AttendeeStatusInput,
    Interview,
    InterviewInput,
    InterviewsList,
    InterviewUpdate,
    Timeslot,
    TimeslotInput,
    TimeslotUpdate,
)
from ._route import Body, RouteGroup, param

_GROUP = RouteGroup("interviews", spec="interviews.json")
_PREFIX = "/interviews-api/v201904"
_INTERVIEW = f"{_PREFIX}/interviews/{{interview_id}}"
_TIMESLOT = f"{_INTERVIEW}/timeslots/{{timeslot_id}}"

TYPES = _GROUP.route("GET", "types.get", f"{_PREFIX}/interview-types", returns=list[str])
# Adds types to a set, so a replay changes nothing. The body is a list of names, not a model.
ADD_TYPES = _GROUP.route(
    "PATCH", "types.update", f"{_PREFIX}/interview-types", idempotent=True, request_body=Body.JSON
)
DELETE_TYPE = _GROUP.route(
    "DELETE", "types.delete", f"{_PREFIX}/interview-types/{{interview_type}}"
)
LIST = _GROUP.route(
    "GET",
    "interviews.get-list",
    f"{_PREFIX}/interviews",
    returns=InterviewsList,
    query=(param("application_id", required=True),),
)
CREATE = _GROUP.route(
    "POST", "interviews.create", f"{_PREFIX}/interviews", returns=Interview, body=InterviewInput
)
GET = _GROUP.route("GET", "interviews.get", _INTERVIEW, returns=Interview)
# Sets the given fields to the given values: a replay gives the same interview.
UPDATE = _GROUP.route(
    "PATCH", "interviews.update", _INTERVIEW, idempotent=True, body=InterviewUpdate
)
DELETE = _GROUP.route("DELETE", "interviews.delete", _INTERVIEW)
ADD_TIMESLOT = _GROUP.route(
    "POST", "timeslots.create", f"{_INTERVIEW}/timeslots", returns=Timeslot, body=TimeslotInput
)
GET_TIMESLOT = _GROUP.route("GET", "timeslots.get", _TIMESLOT, returns=Timeslot)
UPDATE_TIMESLOT = _GROUP.route(
    "PATCH", "timeslots.update", _TIMESLOT, idempotent=True, body=TimeslotUpdate
)
DELETE_TIMESLOT = _GROUP.route("DELETE", "timeslots.delete", _TIMESLOT)
SET_CANDIDATE_STATUS = _GROUP.route(
    "PUT",
    "statuses.candidate.put",
    f"{_INTERVIEW}/candidate/status",
    body=AttendeeStatusInput,
    deprecated="use the per-timeslot candidate status (statuses.timeslot-candidate.put)",
)
SET_INTERVIEWER_STATUS = _GROUP.route(
    "PUT",
    "statuses.interviewer.put",
    f"{_TIMESLOT}/interviewers/{{user_id}}/status",
    body=AttendeeStatusInput,
)
SET_NO_SHOW = _GROUP.route(
    "PATCH",
    "timeslots.patch-noshow",
    f"{_TIMESLOT}/noshow",
    idempotent=True,
    query=(param("value", bool, required=True),),
)
SET_TIMESLOT_CANDIDATE_STATUS = _GROUP.route(
    "PUT",
    "statuses.timeslot-candidate.put",
    f"{_TIMESLOT}/candidateStatus",
    body=AttendeeStatusInput,
)

ROUTES = _GROUP.routes
