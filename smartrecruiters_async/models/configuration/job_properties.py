"""Job properties (custom job fields), their values and the dependencies between them.

Schema (2024 names, 2017 types): ``JobPropertyDefinition`` (``id``, ``label``, ``category``,
``active``, ``visible``, ``required``, ``actions``), ``JobPropertyValueDefinition``
(``id``, ``label``, ``archived``), ``DependentJobProperty``/``DependentJobPropertyValue``/
``RelationJobPropertyValue`` (``id``, ``label``) and their ``{totalFound, content}`` lists.
"""

from __future__ import annotations

import enum

import attrs

from .._base import ExtraFields, extra_fields, model
from ..common import Action

__all__ = [
    "DependentJobProperties",
    "DependentJobProperty",
    "DependentJobPropertyValue",
    "DependentJobPropertyValues",
    "DependentJobPropertyValuesRelation",
    "DependentJobPropertyValuesRelations",
    "JobPropertyCategory",
    "JobPropertyDefinition",
    "JobPropertyDefinitions",
    "JobPropertyValueDefinition",
    "JobPropertyValueDefinitions",
    "NewJobPropertyDefinition",
    "NewJobPropertyValueDefinition",
]


class JobPropertyCategory(enum.Enum):
    """A job property's category: a plain job field, or an organisation field that drives
    configuration (access groups, hiring processes...). Fixed when the property is created."""

    JOB = "job"
    ORGANIZATION = "organization"


@model
class JobPropertyDefinition:
    """A job property: label (in the requested language), category, and how it is used.

    Returned by ``client.configuration.job_properties`` ``list``, ``get``, ``create`` and
    ``update``. ``PATCH …/translations`` sets the label per language; ask for one with
    ``language=``. The API's job properties are lists of values (``…/values``); the schema
    has no ``type``.
    """

    id: str | None = None
    label: str | None = None
    category: JobPropertyCategory | str | None = None
    active: bool | None = None
    visible: bool | None = None
    required: bool | None = None
    # Schema type ``Actions``: an object whose members are ``Action``s, their names unpublished.
    actions: dict[str, Action] | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class JobPropertyDefinitions:
    """``GET /configuration/job-properties``: every job property, no paging."""

    total_found: int | None = None
    content: list[JobPropertyDefinition] = attrs.field(factory=list)
    extra_fields: ExtraFields = extra_fields()


@model
class NewJobPropertyDefinition:
    """Request body of ``POST /configuration/job-properties``.

    Schema ``JobPropertyDefinitionCreationRequest``: ``label``, ``category`` and ``visible``
    required; ``active`` and ``required`` optional. The server picks the id.
    """

    label: str
    category: JobPropertyCategory | str
    visible: bool
    active: bool | None = None
    required: bool | None = None


@model
class JobPropertyValueDefinition:
    """One value a job property can take; archived values stay readable.

    Returned by ``client.configuration.job_properties.values`` ``list``, ``create``, ``update``.
    """

    id: str | None = None
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

    id: str | None = None
    label: str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class DependentJobProperties:
    """``GET`` and ``POST /configuration/job-properties/{id}/dependents``."""

    total_found: int | None = None
    content: list[DependentJobProperty] = attrs.field(factory=list)
    extra_fields: ExtraFields = extra_fields()


@model
class DependentJobPropertyValue:
    """A value of a dependent property allowed for one value of its parent.

    Also the schema's ``RelationJobPropertyValue`` (the same ``id`` and ``label``), the items
    of ``DependentJobPropertyValuesRelation``.
    """

    id: str | None = None
    label: str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class DependentJobPropertyValues:
    """``GET …/values/{valueId}/dependents/{dependentId}/values``."""

    total_found: int | None = None
    content: list[DependentJobPropertyValue] = attrs.field(factory=list)
    extra_fields: ExtraFields = extra_fields()


@model
class DependentJobPropertyValuesRelation:
    """One parent value and the dependent values allowed with it."""

    parent: DependentJobPropertyValue | None = None
    values: list[DependentJobPropertyValue] = attrs.field(factory=list)
    extra_fields: ExtraFields = extra_fields()


@model
class DependentJobPropertyValuesRelations:
    """``GET /configuration/job-properties/{id}/dependents/{dependentId}/values``."""

    total_found: int | None = None
    content: list[DependentJobPropertyValuesRelation] = attrs.field(factory=list)
    extra_fields: ExtraFields = extra_fields()
