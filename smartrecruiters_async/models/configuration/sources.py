"""Candidate sources: types (job boards, agencies, ...), their sub-types and values.

Schema (2024 names, 2017 types): ``SourceTypes`` of ``SourceTypesContent`` (``id``, ``label``,
``actions.values``, ``subtypes`` of ``Identifiable``), ``Sources`` of ``Source`` (``id``,
``label``, ``sourceSubType``, ``actions.sourceDetails``) and, for the lookup by identifier,
``SourceDefinition`` (``label``, ``type``, ``subType``).
"""

from __future__ import annotations

import attrs

from .._base import ExtraFields, extra_fields, model
from ..common import Action

__all__ = [
    "RecruiterName",
    "SourceDefinition",
    "SourceSubType",
    "SourceType",
    "SourceTypeActions",
    "SourceTypes",
    "SourceValue",
    "SourceValueActions",
]


@model
class SourceSubType:
    """A sub-type of a source type, by id (schema ``Identifiable``)."""

    id: str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class SourceTypeActions:
    """The links of a source type: ``values`` lists its sources."""

    values: Action | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class SourceType:
    """A kind of source (``JOB_BOARDS``, ``AGENCIES``, ...) and its sub-types.

    Returned by ``client.configuration.sources.types``.
    """

    id: str | None = None
    label: str | None = None
    actions: SourceTypeActions | None = None
    subtypes: list[SourceSubType] = attrs.field(factory=list)
    extra_fields: ExtraFields = extra_fields()


@model
class SourceTypes:
    """``GET /configuration/sources``: every source type, no paging."""

    total_found: int | None = None
    content: list[SourceType] = attrs.field(factory=list)
    extra_fields: ExtraFields = extra_fields()


@model
class SourceValueActions:
    """The links of a source: ``source_details`` reads it."""

    source_details: Action | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class SourceValue:
    """One source a candidate can come from (``LinkedIn``, an agency, a recruiter).

    Schema ``Source``: the items of ``client.configuration.sources.values``, the answer of
    ``value`` and (no source describes that answer, so it is read the same way) of
    ``resolve_recruiter``.
    """

    id: str | None = None
    label: str | None = None
    source_sub_type: SourceSubType | None = None
    actions: SourceValueActions | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class SourceDefinition:
    """A source found by its identifier: ``client.configuration.sources.get``.

    ``type`` and ``sub_type`` are the ids of its source type and sub-type. The 2024 schema
    gives no types; strings, as the ``{sourceType}`` path and ``sourceSubType`` query take.
    """

    label: str | None = None
    type: str | None = None
    sub_type: str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class RecruiterName:
    """Request body of ``PUT /configuration/sources/recruiters/resolve``.

    No schema has this route; ``name`` is what the operation (``recruiterSourceByName``)
    resolves by.
    """

    name: str
