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
    """Whether a candidate or interviewer will attend (the wire values are lower-case)."""

    ACCEPTED = "accepted"
    DECLINED = "declined"
    PENDING = "pending"
    TENTATIVE = "tentative"


@model
class InterviewCandidate:
    """The candidate of an interview and their overall attendance status."""

    id: str
    status: AttendeeStatus | str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class Interviewer:
    """A user interviewing in a timeslot and their attendance status."""

    id: str
    status: AttendeeStatus | str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class Timeslot:
    """One meeting of an interview: when, where, of which type, with which interviewers."""

    id: str
    starts_on: dt.datetime | None = None
    ends_on: dt.datetime | None = None
    interview_type: str | None = None
    title: str | None = None
    place: str | None = None
    interviewers: list[Interviewer] = attrs.field(factory=list)
    candidate_status: AttendeeStatus | str | None = None
    no_show: bool | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class Interview:
    """An interview of a candidate for a job, in one or more timeslots."""

    id: str
    candidate: InterviewCandidate | None = None
    job_id: str | None = None
    location: str | None = None
    organizer_id: str | None = None
    timezone: str | None = None
    timeslots: list[Timeslot] = attrs.field(factory=list)
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
    """The candidate a new interview is for."""

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
    """The fields of ``interviews.update``; fields left ``None`` are not changed."""

    location: str | None = None
    organizer_id: str | None = None
    timezone: str | None = None
    ref_url: str | None = None
    source: str | None = None


@model
class AttendeeStatusInput:
    """The body of the status operations: ``{"status": "accepted"}``."""

    status: AttendeeStatus
