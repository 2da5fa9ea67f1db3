"""Self-scheduling API models (``self-scheduling.json``): candidates book their own interviews.

No official schema of this API is public. The field names here are the ones the public
reference and changelog name (``remaining-apis.md`` §5); every other field an answer carries is
kept in ``extra_fields`` as sent (and written back), never guessed.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from ._base import ExtraFields, extra_fields, model

__all__ = [
    "AutomatedSelfSchedule",
    "InterviewFormat",
    "SelfScheduleType",
    "SelfSchedule",
    "SelfScheduleInterview",
    "SelfScheduleInvite",
    "SelfScheduleReschedule",
    "SelfScheduleSlot",
    "SlotsCount",
    "SlotsCountQuery",
]


class SelfScheduleType(enum.Enum):
    """Individual or group interviews: the slots-count path's ``scheduleType`` and the
    interview-templates filter ``type``."""

    INDIVIDUAL = "INDIVIDUAL"
    GROUP = "GROUP"


class InterviewFormat(enum.Enum):
    """An invite's ``format``. ``PHONE``/``VIDEO`` need a ``location``; ``VIDEO_CALENDAR`` and
    ``VIDEO_MEETING_ZOOM`` must have none (the meeting link is generated)."""

    ONSITE_JOB = "ONSITE_JOB"
    ONSITE = "ONSITE"
    PHONE = "PHONE"
    VIDEO = "VIDEO"
    VIDEO_CALENDAR = "VIDEO_CALENDAR"
    VIDEO_MEETING_ZOOM = "VIDEO_MEETING_ZOOM"
    OTHER = "OTHER"


@model
class SelfSchedule:
    """A self-schedule (an invite to book an interview). Its fields are not published: all of
    them are in ``extra_fields``, as sent."""

    extra_fields: ExtraFields = extra_fields()


@model
class SelfScheduleSlot:
    """A bookable slot of a self-schedule. Its fields are not published (``extra_fields``)."""

    extra_fields: ExtraFields = extra_fields()


@model
class SelfScheduleInterview:
    """The interview booked on a self-schedule: the body of the create/update calls
    (``{startsAt, endsAt}``) and the answer of all three; other fields of the answer are not
    published and stay in ``extra_fields``."""

    starts_at: dt.datetime | None = None
    ends_at: dt.datetime | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class AutomatedSelfSchedule:
    """The answer to ``automate``: the id of the self-schedule made."""

    self_schedule_id: str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class SlotsCountQuery:
    """The body of ``count_slots``: the interviewers by hiring-team role, and optionally the
    range searched (``start_date``/``end_date``, as the API's strings: their format is not
    published) and how many days ahead slots may lie."""

    interviewer_ids_by_role: dict[str, list[str]]
    start_date: str | None = None
    end_date: str | None = None
    slots_availability_limit_in_days: int | None = None


@model
class SlotsCount:
    """The answer to ``count_slots``."""

    count: int | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class SelfScheduleInvite:
    """The body of ``update_invite``. Only these field names are published; the invite's uuid,
    its duration, the host user and the days-ahead limit have unpublished names: put them in
    ``extra_fields`` by their wire names. ``location`` follows ``format`` (see
    ``InterviewFormat``)."""

    format: InterviewFormat | str | None = None
    location: Any = None
    hiring_team_role_to_interviewer_ids: dict[str, list[str]] | None = None
    reminders: list[Any] | None = None
    communication_to_candidate: Any = None
    repeat: Any = None
    extra_fields: ExtraFields = extra_fields()


@model
class SelfScheduleReschedule:
    """The body of ``request_reschedule``: ``repeat`` is the only published field name; the
    rest goes in ``extra_fields`` by wire name."""

    repeat: Any = None
    extra_fields: ExtraFields = extra_fields()
