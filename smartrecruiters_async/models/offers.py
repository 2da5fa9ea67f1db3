"""Offers API models: job offers made to candidates, their approvals and documents."""

from __future__ import annotations

import datetime as dt
import enum

import attrs

from ._base import ExtraFields, extra_fields, model
from .common import Action

__all__ = [
    "Offer",
    "OfferActions",
    "OfferApproval",
    "OfferApprover",
    "OfferDocument",
    "OfferDocuments",
    "OfferStatus",
    "Offers",
]


class OfferStatus(enum.Enum):
    """Where an offer is in its life (``Offer.status``; the ``status`` filter of
    ``offers.list``)."""

    CREATED = "CREATED"
    PENDING_APPROVAL = "PENDING_APPROVAL"
    APPROVED = "APPROVED"
    NOT_APPROVED = "NOT_APPROVED"
    PENDING_ACCEPTANCE = "PENDING_ACCEPTANCE"
    ACCEPTED = "ACCEPTED"
    NOT_ACCEPTED = "NOT_ACCEPTED"
    ABANDONED = "ABANDONED"


@model
class OfferActions:
    """The links of an offer (``OfferActions``): its candidate, its job and its details."""

    candidate: Action | None = None
    job: Action | None = None
    details: Action | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class Offer:
    """A job offer made to a candidate for a job: ``offers.get`` and the items of
    ``offers.list`` and ``offers.for_application``.

    ``properties`` maps offer-property keys (see ``GET /configuration/offer-properties``) to
    their values, strings as the schema types them. ``id``, ``status``, ``created_on``,
    ``updated_on`` and ``actions`` are required, as the schema has them.
    """

    id: str
    status: OfferStatus | str
    created_on: dt.datetime
    updated_on: dt.datetime
    actions: OfferActions
    properties: dict[str, str] | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class Offers:
    """A list of offers (``Offers``): ``GET /offers`` pages and
    ``GET /candidates/{id}/jobs/{jobId}/offers``."""

    limit: int | None = None
    offset: int | None = None
    total_found: int | None = None
    content: list[Offer] = attrs.field(factory=list)
    extra_fields: ExtraFields = extra_fields()


# No stored source describes the two bodies below: the 2024 client declares no return type for
# ``…/approvals/latest`` and ``/offers/{offerId}/documents``, the 2017 one lacks both operations,
# and no example shows them. Their fields are the SDK's earlier reading, kept so code using them
# does not break; whatever else the API sends lands in ``extra_fields``.


@model
class OfferApprover:
    """One approver of an offer's approval request and their decision (unverified shape)."""

    id: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    decision: str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class OfferApproval:
    """The latest approval request of an offer (``offers.latest_approval``; unverified shape)."""

    id: str | None = None
    status: str | None = None
    created_on: dt.datetime | None = None
    approvers: list[OfferApprover] = attrs.field(factory=list)
    extra_fields: ExtraFields = extra_fields()


@model
class OfferDocument:
    """A document attached to an offer, the offer letter for example (unverified shape; ``id``
    is what ``offers.download_document`` takes)."""

    id: str
    name: str | None = None
    content_type: str | None = None
    size: int | None = None
    created_on: dt.datetime | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class OfferDocuments:
    """``GET /offers/{offerId}/documents`` (``OfferDocumentsList``), no paging (unverified
    shape)."""

    total_found: int | None = None
    content: list[OfferDocument] = attrs.field(factory=list)
    extra_fields: ExtraFields = extra_fields()
