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
from ._route import Body, Route

_SPEC = "interviews.json"
_PREFIX = "/interviews-api/v201904"
_INTERVIEW = f"{_PREFIX}/interviews/{{interview_id}}"
_TIMESLOT = f"{_INTERVIEW}/timeslots/{{timeslot_id}}"

ROUTES = (
    Route(
        operation_id="types.get",
        method="GET",
        path=f"{_PREFIX}/interview-types",
        group="interviews",
        source_spec=_SPEC,
    ),
    Route(
        # Adds types to a set, so a replay changes nothing.
        operation_id="types.update",
        method="PATCH",
        path=f"{_PREFIX}/interview-types",
        group="interviews",
        idempotent=True,
        request_body=Body.JSON,
        response_body=Body.NONE,
        source_spec=_SPEC,
    ),
    Route(
        operation_id="types.delete",
        method="DELETE",
        path=f"{_PREFIX}/interview-types/{{interview_type}}",
        group="interviews",
        response_body=Body.NONE,
        source_spec=_SPEC,
    ),
    Route(
        operation_id="interviews.get-list",
        method="GET",
        path=f"{_PREFIX}/interviews",
        group="interviews",
        response_model=InterviewsList,
        source_spec=_SPEC,
    ),
    Route(
        operation_id="interviews.create",
        method="POST",
        path=f"{_PREFIX}/interviews",
        group="interviews",
        request_body=Body.JSON,
        request_model=InterviewInput,
        response_model=Interview,
        source_spec=_SPEC,
    ),
    Route(
        operation_id="interviews.get",
        method="GET",
        path=_INTERVIEW,
        group="interviews",
        response_model=Interview,
        source_spec=_SPEC,
    ),
    Route(
        # Sets the given fields to the given values: a replay gives the same interview.
        operation_id="interviews.update",
        method="PATCH",
        path=_INTERVIEW,
        group="interviews",
        idempotent=True,
        request_body=Body.JSON,
        request_model=InterviewUpdate,
        response_body=Body.NONE,
        source_spec=_SPEC,
    ),
    Route(
        operation_id="interviews.delete",
        method="DELETE",
        path=_INTERVIEW,
        group="interviews",
        response_body=Body.NONE,
        source_spec=_SPEC,
    ),
    Route(
        operation_id="timeslots.create",
        method="POST",
        path=f"{_INTERVIEW}/timeslots",
        group="interviews",
        request_body=Body.JSON,
        request_model=TimeslotInput,
        response_model=Timeslot,
        source_spec=_SPEC,
    ),
    Route(
        operation_id="timeslots.get",
        method="GET",
        path=_TIMESLOT,
        group="interviews",
        response_model=Timeslot,
        source_spec=_SPEC,
    ),
    Route(
        operation_id="timeslots.update",
        method="PATCH",
        path=_TIMESLOT,
        group="interviews",
        idempotent=True,
        request_body=Body.JSON,
        request_model=TimeslotUpdate,
        response_body=Body.NONE,
        source_spec=_SPEC,
    ),
    Route(
        operation_id="timeslots.delete",
        method="DELETE",
        path=_TIMESLOT,
        group="interviews",
        response_body=Body.NONE,
        source_spec=_SPEC,
    ),
    Route(
        operation_id="statuses.candidate.put",
        method="PUT",
        path=f"{_INTERVIEW}/candidate/status",
        group="interviews",
        request_body=Body.JSON,
        request_model=AttendeeStatusInput,
        response_body=Body.NONE,
        deprecated="use the per-timeslot candidate status (statuses.timeslot-candidate.put)",
        source_spec=_SPEC,
    ),
    Route(
        operation_id="statuses.interviewer.put",
        method="PUT",
        path=f"{_TIMESLOT}/interviewers/{{user_id}}/status",
        group="interviews",
        request_body=Body.JSON,
        request_model=AttendeeStatusInput,
        response_body=Body.NONE,
        source_spec=_SPEC,
    ),
    Route(
        operation_id="timeslots.patch-noshow",
        method="PATCH",
        path=f"{_TIMESLOT}/noshow",
        group="interviews",
        idempotent=True,
        response_body=Body.NONE,
        source_spec=_SPEC,
    ),
    Route(
        operation_id="statuses.timeslot-candidate.put",
        method="PUT",
        path=f"{_TIMESLOT}/candidateStatus",
        group="interviews",
        request_body=Body.JSON,
        request_model=AttendeeStatusInput,
        response_body=Body.NONE,
        source_spec=_SPEC,
    ),
)
