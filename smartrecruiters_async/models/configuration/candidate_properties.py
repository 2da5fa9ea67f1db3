"""Candidate properties (custom candidate fields) and the values of the single-select ones."""

from __future__ import annotations

import enum

import attrs

from .._base import ExtraFields, extra_fields, model

__all__ = [
    "CandidatePropertyDefinition",
    "CandidatePropertyDefinitionType",
    "CandidatePropertyDefinitions",
    "CandidatePropertyValueDefinition",
    "CandidatePropertyValueDefinitions",
    "CandidatePropertyValueLabel",
    "NewCandidatePropertyValueDefinition",
]


class CandidatePropertyDefinitionType(enum.Enum):
    """What a candidate property holds."""

    BOOLEAN = "BOOLEAN"
    COUNTRY = "COUNTRY"
    CURRENCY = "CURRENCY"
    DATE = "DATE"
    NUMBER = "NUMBER"
    REGION = "REGION"
    SINGLE_SELECT = "SINGLE_SELECT"
    TEXT = "TEXT"


@model
class CandidatePropertyDefinition:
    """A candidate property: label, type, and where it is shown."""

    id: str
    label: str | None = None
    type: CandidatePropertyDefinitionType | str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class CandidatePropertyDefinitions:
    """``GET /configuration/candidate-properties``: every candidate property, no paging."""

    total_found: int | None = None
    content: list[CandidatePropertyDefinition] = attrs.field(factory=list)
    extra_fields: ExtraFields = extra_fields()


@model
class CandidatePropertyValueDefinition:
    """One value a ``SINGLE_SELECT`` candidate property can take."""

    id: str
    label: str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class CandidatePropertyValueDefinitions:
    """``GET /configuration/candidate-properties/{id}/values``: every value, no paging."""

    total_found: int | None = None
    content: list[CandidatePropertyValueDefinition] = attrs.field(factory=list)
    extra_fields: ExtraFields = extra_fields()


@model
class NewCandidatePropertyValueDefinition:
    """Request body of ``POST /configuration/candidate-properties/{id}/values``."""

    label: str
    id: str | None = None


@model
class CandidatePropertyValueLabel:
    """Request body of ``PUT /configuration/candidate-properties/{id}/values/{valueId}``."""

    label: str
