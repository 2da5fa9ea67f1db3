"""Offer properties: the fields of a job offer form."""

from __future__ import annotations

import attrs

from .._base import ExtraFields, extra_fields, model

__all__ = ["OfferPropertyDefinition", "OfferPropertyDefinitions"]


@model
class OfferPropertyDefinition:
    """One field of the offer form (type kept as sent: ``TEXT``, ``CURRENCY``, ``DATE``, ...)."""

    id: str
    label: str | None = None
    type: str | None = None
    required: bool | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class OfferPropertyDefinitions:
    """``GET /configuration/offer-properties``: every offer property, no paging."""

    total_found: int | None = None
    content: list[OfferPropertyDefinition] = attrs.field(factory=list)
    extra_fields: ExtraFields = extra_fields()
