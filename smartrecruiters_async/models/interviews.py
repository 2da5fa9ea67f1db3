"""Interview API models: interviews, their timeslots and attendance statuses."""

from __future__ import annotations

import datetime as dt
import enum

import attrs

from ._base import ExtraFields, extra_fields, model

__all__ = [
    "AttendeeStatus",
    "AttendeeStatusInput",
    "Interview",
    "InterviewCandidate",
    "InterviewCandidateRef",
    "InterviewInput",
    "InterviewUpdate",
    "Interviewer",
    "InterviewerRef",
    "InterviewsList",
    "Timeslot",
    "TimeslotInput",
    "TimeslotUpdate",
]


class AttendeeStatus(enum.Enum):
    """Whether a candidate or interviewer will attend (``AttendeeStatusValue``; the wire values
    are lower-case)."""

    ACCEPTED = "accepted"
    DECLINED = "declined"
    PENDING = "pending"
    TENTATIVE = "tentative"


@model
class InterviewCandidate:
    """The candidate of an interview and their overall attendance status.

    The schema types ``Interview.candidate`` as an untyped object; the names are those of the
    official examples (interviews/*.json), all of which have ``id``.
    """

    id: str
    status: AttendeeStatus | str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class Interviewer:
    """A user interviewing in a timeslot and their attendance status (``Interviewer``: both
    required)."""

    id: str
    status: AttendeeStatus | str
    extra_fields: ExtraFields = extra_fields()


@model
class Timeslot:
    """One meeting of an interview: when, where, of which type, with which interviewers.

    ``interviews.get_timeslot``, ``add_timeslot`` and the items of ``Interview.timeslots``.
    ``starts_on``, ``ends_on`` and ``interviewers`` are required, as the schema has them.
    ``candidate_status`` (the schema's ``CandidateAttendeeStatusValue``) is the candidate's
    attendance of this timeslot.
    """

    starts_on: dt.datetime
    ends_on: dt.datetime
    interviewers: list[Interviewer]
    id: str | None = None
    interview_type: str | None = None
    title: str | None = None
    place: str | None = None
    candidate_status: AttendeeStatus | str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class Interview:
    """An interview of a candidate for a job, in one or more timeslots.

    ``interviews.get``, ``create`` and the items of ``interviews.list``. The candidate, job,
    organizer, time zone (a TZ database name) and timeslots are required, as the schema has them;
    ``id`` is not (the schema does not require it, though the API always sends it).
    """

    candidate: InterviewCandidate
    job_id: str
    organizer_id: str
    timezone: str
    timeslots: list[Timeslot]
    id: str | None = None
    location: str | None = None
    created_on: dt.datetime | None = None
    ref_url: str | None = None
    source: str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class InterviewsList:
    """``GET /interviews?applicationId=``: the interviews of one application (no paging)."""

    content: list[Interview] = attrs.field(factory=list)
    extra_fields: ExtraFields = extra_fields()


@model
class InterviewCandidateRef:
    """The candidate of a new interview (``InterviewInput``) or of an ``InterviewUpdate``."""

    id: str


@model
class InterviewerRef:
    """A user interviewing in a new or changed timeslot."""

    id: str


@model
class TimeslotInput:
    """A new timeslot (``timeslots.create``, or inside ``InterviewInput``)."""

    starts_on: dt.datetime
    ends_on: dt.datetime
    interviewers: list[InterviewerRef]
    interview_type: str | None = None
    title: str | None = None
    place: str | None = None


@model
class TimeslotUpdate:
    """The fields of ``timeslots.update``; fields left ``None`` are not changed."""

    starts_on: dt.datetime | None = None
    ends_on: dt.datetime | None = None
    interviewers: list[InterviewerRef] | None = None
    interview_type: str | None = None
    title: str | None = None
    place: str | None = None


@model
class InterviewInput:
    """The body of ``interviews.create``: candidate, job, organizer, time zone (a TZ database
    name such as ``Europe/Warsaw``) and at least one timeslot."""

    candidate: InterviewCandidateRef
    job_id: str
    organizer_id: str
    timezone: str
    timeslots: list[TimeslotInput]
    location: str | None = None
    ref_url: str | None = None
    source: str | None = None


@model
class InterviewUpdate:
    """The fields of ``interviews.update`` (``InterviewToUpdateInput``); fields left ``None``
    are not changed."""

    location: str | None = None
    timezone: str | None = None
    candidate: InterviewCandidateRef | None = None


@model
class AttendeeStatusInput:
    """The body of the status operations: ``{"status": "accepted"}``."""

    status: AttendeeStatus
