"""Offer properties: the fields of a job offer form, grouped in categories.

Schema ``OfferPropertiesDefinition`` (``categories``), ``OfferPropertiesCategory`` (``id``,
``properties``) and ``OfferPropertyDefinition`` (``key``, ``label``, ``required``, ``type``),
the same in the 2017 and the 2024 schema.
"""

from __future__ import annotations

import enum

import attrs

from .._base import ExtraFields, extra_fields, model

__all__ = [
    "OfferPropertiesCategory",
    "OfferPropertiesDefinition",
    "OfferPropertyDefinition",
    "OfferPropertyType",
]


class OfferPropertyType(enum.Enum):
    """What an offer property holds (recruitifi-shapes.json ``OfferPropertyDefinition.type``)."""

    BOOLEAN = "BOOLEAN"
    COUNTRY = "COUNTRY"
    CURRENCY = "CURRENCY"
    DATE = "DATE"
    NUMBER = "NUMBER"
    PERCENT = "PERCENT"
    REGION = "REGION"
    SELECT = "SELECT"
    TEXT = "TEXT"
    USER = "USER"


@model
class OfferPropertyDefinition:
    """One field of the offer form; ``key`` names it in an offer's ``properties``."""

    key: str | None = None
    label: str | None = None
    required: bool | None = None
    type: OfferPropertyType | str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class OfferPropertiesCategory:
    """A section of the offer form and its fields (``client.configuration.offer_properties``)."""

    id: str | None = None
    properties: list[OfferPropertyDefinition] = attrs.field(factory=list)
    extra_fields: ExtraFields = extra_fields()


@model
class OfferPropertiesDefinition:
    """``GET /configuration/offer-properties``: the offer form's categories, no paging."""

    categories: list[OfferPropertiesCategory] = attrs.field(factory=list)
    extra_fields: ExtraFields = extra_fields()
