"""Who works on a job: the hiring team and the job's positions (headcount)."""

from __future__ import annotations

import datetime as dt
import enum

import attrs

from .._base import ExtraFields, extra_fields, model
from ..common import Action

__all__ = [
    "HiringTeamMember",
    "HiringTeamMemberActions",
    "HiringTeamMemberInput",
    "HiringTeamMembers",
    "HiringTeamRole",
    "JobPosition",
    "JobPositionInput",
    "JobPositions",
    "PositionType",
]


class HiringTeamRole(enum.Enum):
    """A user's role on a job's hiring team: the schema's ``HiringTeamMemberRole``."""

    HIRING_MANAGER = "HIRING_MANAGER"
    INTERVIEW_TEAM = "INTERVIEW_TEAM"
    RECRUITER = "RECRUITER"
    EXECUTIVE = "EXECUTIVE"
    COORDINATOR = "COORDINATOR"


class PositionType(enum.Enum):
    """Whether a position is new headcount or replaces someone (``JobPositionInput.type``)."""

    NEW = "NEW"
    REPLACEMENT = "REPLACEMENT"


@model
class HiringTeamMemberInput:
    """The body of ``POST /jobs/{jobId}/hiring-team``: a user id and the role to give it
    (the schema's ``HiringTeamMember``)."""

    id: str
    role: HiringTeamRole | str
    extra_fields: ExtraFields = extra_fields()


@model
class HiringTeamMemberActions:
    """The links of a hiring-team member: the schema's ``HiringTeamMemberResponseActions``."""

    details: Action | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class HiringTeamMember:
    """A member of a job's hiring team: the schema's ``HiringTeamMemberResponse``.

    ``id`` is the user's id; ``actions.details`` links to the user (the User API has the name).
    Returned by ``jobs.hiring_team.list`` and ``add``.
    """

    # The 2024 schema inherits id from a parent its generator drops; the 2017 schema and the
    # swagger example (jobs/list_hiring_team.json) have it.
    id: str
    role: HiringTeamRole | str | None = None
    actions: HiringTeamMemberActions | None = None
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

    The schema's ``JobPositionInput``: ``type``, ``position_open_date`` and
    ``target_start_date`` (timezone-aware date-times) are required; ``incumbent_name`` names
    the person a ``REPLACEMENT`` replaces; ``position_id`` is the company's own reference.
    """

    type: PositionType | str
    position_open_date: dt.datetime
    target_start_date: dt.datetime
    position_id: str | None = None
    incumbent_name: str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class JobPosition:
    """One position (a unit of headcount) of a job: the schema's ``JobPosition``."""

    id: str
    type: PositionType | str | None = None
    status: str | None = None
    position_id: str | None = None
    incumbent_name: str | None = None
    position_open_date: dt.datetime | None = None
    target_start_date: dt.datetime | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class JobPositions:
    """``GET /jobs/{jobId}/positions``: every position of a job, no paging."""

    total_found: int | None = None
    content: list[JobPosition] = attrs.field(factory=list)
    extra_fields: ExtraFields = extra_fields()
