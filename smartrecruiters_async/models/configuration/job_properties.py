"""Job properties (custom job fields), their values and the dependencies between them."""

from __future__ import annotations

import enum

import attrs

from .._base import ExtraFields, extra_fields, model

__all__ = [
    "DependentJobProperties",
    "DependentJobProperty",
    "DependentJobPropertyValue",
    "DependentJobPropertyValues",
    "DependentJobPropertyValuesRelation",
    "DependentJobPropertyValuesRelations",
    "JobPropertyDefinition",
    "JobPropertyDefinitionType",
    "JobPropertyDefinitions",
    "JobPropertyValueDefinition",
    "JobPropertyValueDefinitions",
    "NewJobPropertyDefinition",
    "NewJobPropertyValueDefinition",
]


class JobPropertyDefinitionType(enum.Enum):
    """What a job property holds: one value of a list, or free text."""

    SINGLE_SELECT = "SINGLE_SELECT"
    TEXT = "TEXT"


@model
class JobPropertyDefinition:
    """A job property: label (in the requested language), type, and whether it is in use.

    ``PATCH …/translations`` sets the label per language; ask for one with ``language=``.
    """

    id: str
    label: str | None = None
    type: JobPropertyDefinitionType | str | None = None
    required: bool | None = None
    active: bool | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class JobPropertyDefinitions:
    """``GET /configuration/job-properties``: every job property, no paging."""

    total_found: int | None = None
    content: list[JobPropertyDefinition] = attrs.field(factory=list)
    extra_fields: ExtraFields = extra_fields()


@model
class NewJobPropertyDefinition:
    """Request body of ``POST /configuration/job-properties``; ``label`` and ``type`` required.

    ``id`` picks the identifier (the server makes one up when it is left out).
    """

    label: str
    type: JobPropertyDefinitionType | str
    id: str | None = None
    required: bool | None = None


@model
class JobPropertyValueDefinition:
    """One value a ``SINGLE_SELECT`` job property can take; archived values stay readable."""

    id: str
    label: str | None = None
    archived: bool | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class JobPropertyValueDefinitions:
    """``GET /configuration/job-properties/{id}/values``: every value, no paging."""

    total_found: int | None = None
    content: list[JobPropertyValueDefinition] = attrs.field(factory=list)
    extra_fields: ExtraFields = extra_fields()


@model
class NewJobPropertyValueDefinition:
    """Request body of ``POST /configuration/job-properties/{id}/values``; ``label`` required."""

    label: str
    id: str | None = None


@model
class DependentJobProperty:
    """A job property whose values depend on the value chosen for its parent property."""

    id: str
    label: str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class DependentJobProperties:
    """``GET /configuration/job-properties/{id}/dependents``."""

    content: list[DependentJobProperty] = attrs.field(factory=list)
    extra_fields: ExtraFields = extra_fields()


@model
class DependentJobPropertyValue:
    """A value of a dependent property allowed for one value of its parent."""

    id: str
    label: str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class DependentJobPropertyValues:
    """``GET …/values/{valueId}/dependents/{dependentId}/values``."""

    content: list[DependentJobPropertyValue] = attrs.field(factory=list)
    extra_fields: ExtraFields = extra_fields()


@model
class DependentJobPropertyValuesRelation:
    """One parent value and the dependent values allowed with it."""

    parent: DependentJobPropertyValue
    values: list[DependentJobPropertyValue] = attrs.field(factory=list)
    extra_fields: ExtraFields = extra_fields()


@model
class DependentJobPropertyValuesRelations:
    """``GET /configuration/job-properties/{id}/dependents/{dependentId}/values``."""

    content: list[DependentJobPropertyValuesRelation] = attrs.field(factory=list)
    extra_fields: ExtraFields = extra_fields()
