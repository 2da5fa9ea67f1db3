"""Candidate properties (custom candidate fields) and the values of the single-select ones.

Wire names from the 2024 schema (recruitifi.json ``CandidatePropertyDefinition``,
``CandidatePropertyAvailability``, ``CandidatePropertyFilter``...), types from the 2017 one
(roksela.json), enum values from recruitifi-shapes.json.
"""

from __future__ import annotations

import enum

import attrs

from .._base import ExtraFields, extra_fields, model
from ..common import Action

__all__ = [
    "CandidatePropertyAvailability",
    "CandidatePropertyDefinition",
    "CandidatePropertyDefinitionType",
    "CandidatePropertyDefinitions",
    "CandidatePropertyFilter",
    "CandidatePropertyFilterValues",
    "CandidatePropertyUsers",
    "CandidatePropertyValueDefinition",
    "CandidatePropertyValueDefinitions",
    "CandidatePropertyValueLabel",
    "NewCandidatePropertyValueDefinition",
]


class CandidatePropertyDefinitionType(enum.Enum):
    """What a candidate property holds (schema enum ``CandidatePropertyType``)."""

    BOOLEAN = "BOOLEAN"
    COUNTRY = "COUNTRY"
    CURRENCY = "CURRENCY"
    DATE = "DATE"
    NUMBER = "NUMBER"
    PERCENT = "PERCENT"
    REGION = "REGION"
    SINGLE_SELECT = "SINGLE_SELECT"
    TEXT = "TEXT"
    USER = "USER"


class CandidatePropertyUsers(enum.Enum):
    """Who may see a candidate property (``CandidatePropertyAvailability.toUsers``)."""

    ALL = "ALL"
    FULL_ACCESS = "FULL_ACCESS"


@model
class CandidatePropertyFilterValues:
    """The values of an organisation field a property is shown for: ``all`` or ``content``."""

    all: bool | None = None
    content: list[str] = attrs.field(factory=list)
    extra_fields: ExtraFields = extra_fields()


@model
class CandidatePropertyFilter:
    """One organisation field (job property ``id``) and the values the property is shown for."""

    id: str | None = None
    values: CandidatePropertyFilterValues | None = None
    # Schema type ``Actions``: an object whose members are ``Action``s, their names unpublished.
    actions: dict[str, Action] | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class CandidatePropertyAvailability:
    """Where a candidate property is offered: contexts, organisation fields and users."""

    context: list[str] = attrs.field(factory=list)
    for_org_fields: list[CandidatePropertyFilter] = attrs.field(factory=list)
    to_users: CandidatePropertyUsers | str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class CandidatePropertyDefinition:
    """A candidate property: label, type and availability.

    Returned by ``client.configuration.candidate_properties.list`` and ``get``.
    """

    id: str | None = None
    label: str | None = None
    type: CandidatePropertyDefinitionType | str | None = None
    availability: CandidatePropertyAvailability | None = None
    # Schema type ``Actions``: an object whose members are ``Action``s, their names unpublished.
    actions: dict[str, Action] | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class CandidatePropertyDefinitions:
    """``GET /configuration/candidate-properties``: every candidate property, no paging."""

    total_found: int | None = None
    content: list[CandidatePropertyDefinition] = attrs.field(factory=list)
    extra_fields: ExtraFields = extra_fields()


@model
class CandidatePropertyValueDefinition:
    """One value a ``SINGLE_SELECT`` candidate property can take.

    Returned by ``client.configuration.candidate_properties.values`` methods. The names are
    the 2017 schema's (roksela.json ``CandidatePropertyValue``: ``id``, ``label``): the 2024
    client reuses that model name for the Candidate API's ``{id, value}`` of a candidate, and
    ``PUT …/values/{valueId}`` still takes a ``CandidatePropertyValueLabel`` (``label``).
    """

    id: str | None = None
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
