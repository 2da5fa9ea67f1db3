"""Event management API models (``event-management-api.json``): hiring events with sessions.

No official schema of this API is public. What is known (``remaining-apis.md`` §6): an event's
sessions are created and updated only inside its ``sessions`` array. Every other field is kept
in ``extra_fields`` as sent (and written back on update), never guessed.
"""

from __future__ import annotations

import enum

from ._base import ExtraFields, extra_fields, model

__all__ = ["EventApplicant", "EventSession", "EventState", "HiringEvent"]


class EventState(enum.Enum):
    """Which events a list returns: those still to come or running, or those over."""

    ACTIVE = "ACTIVE"
    PAST = "PAST"


@model
class EventSession:
    """One session of a hiring event. Its fields are not published (``extra_fields``)."""

    extra_fields: ExtraFields = extra_fields()


@model
class HiringEvent:
    """A hiring event: the body of create/update and the answer of the reads. Read one, change
    it, send it back: fields the SDK does not know travel unchanged."""

    sessions: list[EventSession] | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class EventApplicant:
    """An applicant of an event or a session. Its fields are not published (``extra_fields``)."""

    extra_fields: ExtraFields = extra_fields()
