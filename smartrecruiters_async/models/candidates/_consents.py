"""Data-privacy consent of candidates."""

from __future__ import annotations

import datetime as dt
import enum

import attrs

from .._base import ExtraFields, extra_fields, model

__all__ = [
    "CandidateConsent",
    "CandidateConsentDecisions",
    "CandidateConsentStatus",
    "ConsentDecision",
    "ConsentDecisionStatus",
    "ConsentRequest",
    "ConsentRequestResult",
    "ConsentRequestResultBody",
    "ConsentRequestsResults",
    "ConsentScope",
    "ConsentStatus",
]


class ConsentStatus(enum.Enum):
    """Whether the company may keep processing a candidate's data (schema ``ConsentStatus``)."""

    REQUIRED = "REQUIRED"
    PENDING = "PENDING"
    ACQUIRED = "ACQUIRED"


class ConsentDecisionStatus(enum.Enum):
    """A candidate's decision on one consent scope (schema ``ConsentDecisionStatus``)."""

    ACQUIRED = "acquired"
    DECLINED = "declined"
    REQUIRED = "required"


class ConsentScope(enum.Enum):
    """What a consent decision covers (schema ``ConsentScope``)."""

    SINGLE = "Single"
    SMART_RECRUIT = "SmartRecruit"
    SMART_CRM = "SmartCRM"
    SMART_MESSAGE_SMS = "SmartMessage:SMS"
    SMART_MESSAGE_WHATSAPP = "SmartMessage:WhatsApp"


@model
class CandidateConsent:
    """A candidate's consent status as ``candidates.list`` shows it (``CandidateConsent``)."""

    status: ConsentStatus | str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class CandidateConsentStatus:
    """``GET /candidates/{id}/consent``: the candidate's overall consent status.

    ``date`` (when consent was given) is sent when ``status`` is ``ACQUIRED``. ``status`` is
    required by the schema (``CandidateConsentStatus``) and present in every example.
    """

    status: ConsentStatus | str
    date: dt.datetime | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class ConsentDecision:
    """The candidate's decision on one consent scope (schema ``ConsentDecision``)."""

    scope: ConsentScope | str | None = None
    status: ConsentDecisionStatus | str | None = None
    decided_on: dt.datetime | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class CandidateConsentDecisions:
    """A candidate's consent decisions, and when the newest pending request was sent.

    ``candidates.consent_decisions`` and ``job_applications.consents`` (schema
    ``CandidateConsentDecisions``).
    """

    decisions: list[ConsentDecision] = attrs.field(factory=list)
    recent_pending_request_created_on: dt.datetime | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class ConsentRequest:
    """One item of ``candidates.request_consents``: the candidate to ask."""

    id: str


@model
class ConsentRequestResultBody:
    """The body of a scheduled consent request: ``location`` (schema
    ``ConsentRequestScheduledBody``)."""

    location: str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class ConsentRequestResult:
    """What happened to one consent request, in the order the candidates were sent.

    ``status`` is an HTTP-like code: ``202`` (scheduled, ``body.location`` says where) or
    ``403`` (unavailable for this candidate). The schema's ``ConsentRequestScheduled`` and
    ``ConsentRequestUnavailable`` share these two names.
    """

    status: int | None = None
    body: ConsentRequestResultBody | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class ConsentRequestsResults:
    """``POST /candidates/consent-requests``: one result per candidate asked.

    ``candidates.request_consents`` (schema ``ConsentRequestsResults``).
    """

    results: list[ConsentRequestResult] = attrs.field(factory=list)
    extra_fields: ExtraFields = extra_fields()
