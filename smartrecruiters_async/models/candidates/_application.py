"""A candidate's applications to jobs: status, source, history and onboarding."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

import attrs

from .._base import ExtraFields, extra_fields, model
from ..common import IdLabel

__all__ = [
    "Application",
    "Assignment",
    "AssignmentJob",
    "CandidateSource",
    "CandidateStatus",
    "CandidateStatusHistory",
    "CandidateStatusUpdate",
    "OnboardingState",
    "OnboardingStatus",
    "OnboardingStatusUpdate",
    "SourceDetails",
    "StatusChange",
]


class CandidateStatus(enum.Enum):
    """Where an application stands in the hiring process."""

    LEAD = "LEAD"
    NEW = "NEW"
    IN_REVIEW = "IN_REVIEW"
    INTERVIEW = "INTERVIEW"
    OFFERED = "OFFERED"
    HIRED = "HIRED"
    REJECTED = "REJECTED"
    WITHDRAWN = "WITHDRAWN"
    TRANSFERRED = "TRANSFERRED"


class OnboardingState(enum.Enum):
    """Onboarding of a hired candidate."""

    READY_TO_ONBOARD = "READY_TO_ONBOARD"
    ONBOARDING_SUCCESSFUL = "ONBOARDING_SUCCESSFUL"
    ONBOARDING_FAILED = "ONBOARDING_FAILED"


@model
class SourceDetails:
    """Where a candidate came from: a source type, optional sub-type, and source id."""

    source_type_id: str | None = None
    source_sub_type_id: str | None = None
    source_id: str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class AssignmentJob:
    """The job an assignment is for."""

    id: str | None = None
    title: str | None = None
    actions: Any = None
    extra_fields: ExtraFields = extra_fields()


@model
class Assignment:
    """A candidate's application as the candidate object shows it."""

    job: AssignmentJob | None = None
    status: CandidateStatus | str | None = None
    sub_status: str | None = None
    starts_on: dt.datetime | None = None
    source: SourceDetails | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class Application:
    """One application of a candidate to a job: ``GET /candidates/{id}/jobs/{jobId}``.

    ``id`` is the job application's own id, the one the Job Applications API and the
    candidate-status API take.
    """

    id: str | None = None
    status: CandidateStatus | str | None = None
    sub_status: str | None = None
    starts_on: dt.datetime | None = None
    source: SourceDetails | None = None
    reason_of_rejection: IdLabel | None = None
    reason_of_withdrawal: IdLabel | None = None
    created_on: dt.datetime | None = None
    actions: Any = None
    url: str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class CandidateStatusUpdate:
    """Request body of ``candidates.update_status``: the new status and its details.

    ``reason`` is the id of a rejection or withdrawal reason (configuration API); ``starts_on``
    the start date of a hire.
    """

    status: CandidateStatus | str
    sub_status: str | None = None
    starts_on: dt.datetime | None = None
    reason: str | None = None


@model
class CandidateSource:
    """Request body of ``candidates.update_source``: the application's new source."""

    source_type_id: str
    source_id: str
    source_sub_type_id: str | None = None


@model
class StatusChange:
    """One entry of a status history."""

    status: CandidateStatus | str | None = None
    sub_status: str | None = None
    changed_on: dt.datetime | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class CandidateStatusHistory:
    """Every status an application went through, oldest first."""

    total_found: int | None = None
    content: list[StatusChange] = attrs.field(factory=list)
    extra_fields: ExtraFields = extra_fields()


@model
class OnboardingStatus:
    """A candidate's onboarding status (``None`` until one is set)."""

    status: OnboardingState | str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class OnboardingStatusUpdate:
    """Request body of ``candidates.set_onboarding_status``."""

    status: OnboardingState | str
