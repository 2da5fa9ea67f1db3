"""A candidate's applications to jobs: status, source, history and onboarding.

Wire names follow the official schema (``tests/data/schema``): ``recruitifi.json`` (2024) first,
``roksela.json`` (2017) where the 2024 client lost a model.
"""

from __future__ import annotations

import datetime as dt
import enum

import attrs

from .._base import ExtraFields, extra_fields, model
from ..common import Action, IdLabel

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
    """Where an application stands in the hiring process (schema ``CandidateStatusEnum``)."""

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
    """Onboarding of a hired candidate (schema ``OnboardingStatus.onboardingStatus``)."""

    READY_TO_ONBOARD = "READY_TO_ONBOARD"
    ONBOARDING_SUCCESSFUL = "ONBOARDING_SUCCESSFUL"
    ONBOARDING_FAILED = "ONBOARDING_FAILED"


@model
class SourceDetails:
    """Where a new candidate comes from: a source type, optional sub-type, and source id.

    The ``sourceDetails`` of ``CandidateInput`` and ``ApplyRequest`` (schema ``CandidateSource``
    / ``SourceDetails``); the ids are those of the configuration API's sources.
    """

    source_type_id: str | None = None
    source_sub_type_id: str | None = None
    source_id: str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class AssignmentJob:
    """The job an assignment is for (schema ``CandidatePrimaryAssignmentJob``).

    ``actions`` are links by name (``details``, ...), each ``{"url", "method"}``.
    """

    id: str | None = None
    title: str | None = None
    # A map of Action, not a model per link set: the link names vary (the examples show
    # positionDetails, which no schema model lists).
    actions: dict[str, Action] | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class Assignment:
    """A candidate's application as the candidate object shows it.

    ``primary_assignment`` and ``secondary_assignments`` of ``CandidateDetails`` (schema
    ``AllOfCandidateDetailsPrimaryAssignment``); in ``Candidate`` (list results) the API sends
    only ``job``, ``status`` and ``sub_status``. ``source`` is free text (on a real tenant, e.g.
    who referred the candidate); ``actions["sourceDetails"]`` links to the source's ids.
    """

    job: AssignmentJob | None = None
    status: CandidateStatus | str | None = None
    sub_status: str | None = None
    starts_on: dt.datetime | None = None
    source: str | None = None
    reason_of_rejection: IdLabel | None = None
    reason_of_withdrawal: IdLabel | None = None
    actions: dict[str, Action] | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class Application:
    """One application of a candidate to a job: ``GET /candidates/{id}/jobs/{jobId}``.

    ``source`` is free text, as on ``Assignment``; ``url`` is the application's address.
    The application's own id (the Job Applications and candidate-status APIs' key) is not part
    of this answer: webhooks deliver it as ``application_id``.
    """

    status: CandidateStatus | str | None = None
    sub_status: str | None = None
    starts_on: dt.datetime | None = None
    source: str | None = None
    reason_of_rejection: IdLabel | None = None
    reason_of_withdrawal: IdLabel | None = None
    actions: dict[str, Action] | None = None
    url: str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class CandidateStatusUpdate:
    """Request body of ``candidates.update_status`` (schema ``CandidateStatus``).

    ``reason`` is the id of a rejection or withdrawal reason (configuration API); ``starts_on``
    the start date of a hire.
    """

    status: CandidateStatus | str
    sub_status: str | None = None
    starts_on: dt.datetime | None = None
    reason: str | None = None


@model
class CandidateSource:
    """Request body of ``candidates.update_source`` (schema ``CandidateSource``)."""

    source_type_id: str
    source_id: str
    source_sub_type_id: str | None = None


@model
class StatusChange:
    """One entry of a status history (schema ``CandidateStatusHistoryListElem``)."""

    status: CandidateStatus | str | None = None
    sub_status: str | None = None
    changed_on: dt.datetime | None = None
    # Links by name; the schema types them as an open map (Actions) of Action.
    actions: dict[str, Action] | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class CandidateStatusHistory:
    """Every status an application went through, oldest first.

    ``candidates.status_history`` (schema ``CandidateStatusHistoryList``).
    """

    total_found: int | None = None
    content: list[StatusChange] = attrs.field(factory=list)
    extra_fields: ExtraFields = extra_fields()


@model
class OnboardingStatus:
    """A candidate's onboarding status: ``candidates.onboarding_status``.

    ``onboarding_status`` is ``None`` until one is set (schema ``OnboardingStatus``).
    """

    onboarding_status: OnboardingState | str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class OnboardingStatusUpdate:
    """Request body of ``candidates.set_onboarding_status`` (schema ``OnboardingStatus``)."""

    onboarding_status: OnboardingState | str
