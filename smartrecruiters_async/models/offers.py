"""Offers API models: job offers made to candidates, their approvals and documents."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

import attrs

from ._base import ExtraFields, extra_fields, model

__all__ = [
    "Offer",
    "OfferApproval",
    "OfferApprover",
    "OfferDocument",
    "OfferDocuments",
    "OfferStatus",
    "Offers",
]


class OfferStatus(enum.Enum):
    """Where an offer is in its life (the ``status`` filter of ``offers.list``)."""

    CREATED = "CREATED"
    PENDING_APPROVAL = "PENDING_APPROVAL"
    APPROVED = "APPROVED"
    NOT_APPROVED = "NOT_APPROVED"
    PENDING_ACCEPTANCE = "PENDING_ACCEPTANCE"
    ACCEPTED = "ACCEPTED"
    NOT_ACCEPTED = "NOT_ACCEPTED"
    ABANDONED = "ABANDONED"


@model
class Offer:
    """A job offer made to a candidate for a job.

    ``properties`` maps offer-property ids (see ``GET /configuration/offer-properties``) to
    their values; ``actions`` holds links to related resources.
    """

    id: str
    status: OfferStatus | str | None = None
    created_on: dt.datetime | None = None
    updated_on: dt.datetime | None = None
    properties: dict[str, Any] | None = None
    actions: dict[str, Any] | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class Offers:
    """A list of offers (``GET /candidates/{id}/jobs/{jobId}/offers``)."""

    total_found: int | None = None
    content: list[Offer] = attrs.field(factory=list)
    extra_fields: ExtraFields = extra_fields()


@model
class OfferApprover:
    """One approver of an offer's approval request and their decision."""

    id: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    decision: str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class OfferApproval:
    """The latest approval request of an offer (``ApprovalRequest``)."""

    id: str | None = None
    status: str | None = None
    created_on: dt.datetime | None = None
    approvers: list[OfferApprover] | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class OfferDocument:
    """A document attached to an offer (the offer letter, for example)."""

    id: str
    name: str | None = None
    content_type: str | None = None
    size: int | None = None
    created_on: dt.datetime | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class OfferDocuments:
    """``GET /offers/{offerId}/documents`` (``OfferDocumentsList``), no paging."""

    total_found: int | None = None
    content: list[OfferDocument] = attrs.field(factory=list)
    extra_fields: ExtraFields = extra_fields()
