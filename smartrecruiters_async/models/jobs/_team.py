"""Who works on a job: the hiring team and the job's positions (headcount)."""

from __future__ import annotations

import datetime as dt
import enum

import attrs

from .._base import ExtraFields, extra_fields, model

__all__ = [
    "HiringTeamMember",
    "HiringTeamMemberInput",
    "HiringTeamMembers",
    "HiringTeamRole",
    "JobPosition",
    "JobPositionInput",
    "JobPositions",
    "PositionType",
]


class HiringTeamRole(enum.Enum):
    """A user's role on a job's hiring team."""

    HIRING_MANAGER = "HIRING_MANAGER"
    RECRUITER = "RECRUITER"
    EXECUTIVE = "EXECUTIVE"
    INTERVIEWER = "INTERVIEWER"


class PositionType(enum.Enum):
    """Whether a position is new headcount or replaces someone."""

    NEW = "NEW"
    REPLACEMENT = "REPLACEMENT"


@model
class HiringTeamMemberInput:
    """The body of ``POST /jobs/{jobId}/hiring-team``: a user id and the role to give it."""

    id: str
    role: HiringTeamRole | str
    extra_fields: ExtraFields = extra_fields()


@model
class HiringTeamMember:
    """A member of a job's hiring team (``HiringTeamMemberResponse``)."""

    id: str
    first_name: str | None = None
    last_name: str | None = None
    email: str | None = None
    role: HiringTeamRole | str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class HiringTeamMembers:
    """``GET /jobs/{jobId}/hiring-team``: the whole team, no paging."""

    total_found: int | None = None
    content: list[HiringTeamMember] = attrs.field(factory=list)
    extra_fields: ExtraFields = extra_fields()


@model
class JobPositionInput:
    """The body of ``POST /jobs/{jobId}/positions`` and ``PUT .../positions/{positionId}``.

    ``type``, ``position_open_date`` and ``target_start_date`` are required;
    ``incumbent_name`` names the person a ``REPLACEMENT`` replaces; ``position_id`` is the
    company's own reference.
    """

    type: PositionType | str
    position_open_date: dt.date
    target_start_date: dt.date
    position_id: str | None = None
    incumbent_name: str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class JobPosition:
    """One position (a unit of headcount) of a job."""

    id: str
    type: PositionType | str | None = None
    status: str | None = None
    position_id: str | None = None
    incumbent_name: str | None = None
    position_open_date: dt.date | None = None
    target_start_date: dt.date | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class JobPositions:
    """``GET /jobs/{jobId}/positions``: every position of a job, no paging."""

    total_found: int | None = None
    content: list[JobPosition] = attrs.field(factory=list)
    extra_fields: ExtraFields = extra_fields()
