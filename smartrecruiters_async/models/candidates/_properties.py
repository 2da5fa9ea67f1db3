"""Tags, candidate properties and screening answers attached to a candidate."""

from __future__ import annotations

import enum
from typing import Any

import attrs

from .._base import ExtraFields, extra_fields, model

__all__ = [
    "AnswerField",
    "AnswerFieldValue",
    "AnswerRecord",
    "CandidateProperties",
    "CandidateProperty",
    "PropertyValueInput",
    "PropertyValueItem",
    "CandidateTags",
    "PropertyContext",
    "ScreeningAnswer",
    "ScreeningAnswers",
    "TagsInput",
]


class PropertyContext(enum.Enum):
    """Which form's candidate properties ``candidates.properties`` returns."""

    PROFILE = "PROFILE"
    OFFER_FORM = "OFFER_FORM"
    HIRE_FORM = "HIRE_FORM"


@model
class CandidateTags:
    """A candidate's tags."""

    tags: list[str] = attrs.field(factory=list)
    extra_fields: ExtraFields = extra_fields()


@model
class TagsInput:
    """Request body of the tag operations: ``{"tags": [...]}``."""

    tags: list[str]


@model
class CandidateProperty:
    """One candidate property and its value for this candidate (``None`` when unset).

    ``value`` is kept as JSON because its shape depends on ``type``: a string or number, a
    boolean, ``{"id", "label"}`` for a single select, ``{"code", "value"}`` for a currency.
    """

    id: str
    label: str | None = None
    type: str | None = None
    value: Any = None
    actions: Any = None
    extra_fields: ExtraFields = extra_fields()


@model
class CandidateProperties:
    """Every candidate property of a candidate (or of one of their applications)."""

    total_found: int | None = None
    content: list[CandidateProperty] = attrs.field(factory=list)
    extra_fields: ExtraFields = extra_fields()


@model
class PropertyValueInput:
    """Request body of ``candidates.set_property``: ``{"value": ...}``, shaped by the type."""

    value: Any


@model
class PropertyValueItem:
    """One item of ``candidates.set_properties``: a property id and its new value."""

    id: str
    value: Any


@model
class AnswerFieldValue:
    """One value given for a question field."""

    id: str | None = None
    label: str | None = None
    value: str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class AnswerField:
    """One field of a screening question and the values answered."""

    id: str | None = None
    label: str | None = None
    values: list[AnswerFieldValue] = attrs.field(factory=list)
    extra_fields: ExtraFields = extra_fields()


@model
class AnswerRecord:
    """One set of answered fields (repeatable questions have several)."""

    fields: list[AnswerField] = attrs.field(factory=list)
    extra_fields: ExtraFields = extra_fields()


@model
class ScreeningAnswer:
    """The answer to one screening question of the job's application form."""

    id: str
    type: str | None = None
    name: str | None = None
    label: str | None = None
    records: list[AnswerRecord] = attrs.field(factory=list)
    extra_fields: ExtraFields = extra_fields()


@model
class ScreeningAnswers:
    """Every screening answer of one application."""

    content: list[ScreeningAnswer] = attrs.field(factory=list)
    extra_fields: ExtraFields = extra_fields()
