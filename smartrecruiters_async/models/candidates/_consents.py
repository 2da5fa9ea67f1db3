"""Data-privacy consent of candidates."""

from __future__ import annotations

import datetime as dt
import enum

import attrs

from .._base import ExtraFields, extra_fields, model

__all__ = [
    "CandidateConsentDecisions",
    "CandidateConsentStatus",
    "ConsentDecision",
    "ConsentRequest",
    "ConsentRequestResult",
    "ConsentRequestsResults",
    "ConsentStatus",
]


class ConsentStatus(enum.Enum):
    """Whether the company may keep processing a candidate's data."""

    REQUIRED = "REQUIRED"
    PENDING = "PENDING"
    ACQUIRED = "ACQUIRED"


@model
class CandidateConsentStatus:
    """``GET /candidates/{id}/consent``: the candidate's overall consent status."""

    status: ConsentStatus | str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class ConsentDecision:
    """The candidate's decision on one consent scope (``status`` e.g. ``ACQUIRED``)."""

    scope: str | None = None
    status: str | None = None
    decided_on: dt.datetime | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class CandidateConsentDecisions:
    """A candidate's consent decisions, and when the newest pending request was sent."""

    decisions: list[ConsentDecision] = attrs.field(factory=list)
    recent_pending_request_created_on: dt.datetime | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class ConsentRequest:
    """One item of ``candidates.request_consents``: the candidate to ask."""

    id: str


@model
class ConsentRequestResult:
    """What happened to one consent request: ``SCHEDULED`` or ``UNAVAILABLE`` (with why)."""

    id: str | None = None
    status: str | None = None
    message: str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class ConsentRequestsResults:
    """``POST /candidates/consent-requests``: one result per candidate asked."""

    results: list[ConsentRequestResult] = attrs.field(factory=list)
    extra_fields: ExtraFields = extra_fields()
