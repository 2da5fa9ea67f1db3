"""Tags, candidate properties and screening answers attached to a candidate."""

from __future__ import annotations

import enum
from typing import Any

import attrs

from .._base import ExtraFields, extra_fields, model
from ..common import Action
from ..configuration.candidate_properties import CandidatePropertyDefinitionType

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
    "ScreeningAnswerType",
    "ScreeningAnswers",
    "TagsInput",
]


class ScreeningAnswerType(enum.Enum):
    """The kind of a screening question (schema ``ScreeningAnswer.type``)."""

    TEXT = "text"
    CHECKBOX = "checkbox"
    LANGUAGES = "languages"
    ACKNOWLEDGEMENT = "acknowledgement"
    TEXTAREA = "textarea"
    SELECT = "select"
    FILES = "files"
    INFO = "info"
    EEO = "eeo"
    RADIO = "radio"
    SALARY_EXPECTATION = "salaryExpectation"
    CURRENCY = "currency"
    WORK_SHIFTS = "work_shifts"


class PropertyContext(enum.Enum):
    """Which form's candidate properties ``candidates.properties`` returns."""

    PROFILE = "PROFILE"
    OFFER_FORM = "OFFER_FORM"
    HIRE_FORM = "HIRE_FORM"


@model
class CandidateTags:
    """A candidate's tags: the answer of the tag operations (schema ``CandidateTags``)."""

    tags: list[str] = attrs.field(factory=list)
    extra_fields: ExtraFields = extra_fields()


@model
class TagsInput:
    """Request body of the tag operations: ``{"tags": [...]}``."""

    tags: list[str]


@model
class CandidateProperty:
    """One candidate property and its value for this candidate (``None`` when unset).

    Items of ``candidates.properties`` (schema ``CandidateProperty``). ``value`` is kept as
    JSON because the schema makes it a one-of shaped by ``type``: a string or number, a
    boolean, ``{"code", "value"}`` for a currency; for a ``SINGLE_SELECT`` it is the chosen
    option and ``value_label`` that option's label. ``actions`` are links by name
    (``configuration``), each ``{"url", "method"}``.
    """

    id: str
    label: str | None = None
    type: CandidatePropertyDefinitionType | str | None = None
    # The schema's OneOfCandidatePropertyValue: no single type fits every property type.
    value: Any = None
    value_label: str | None = None
    actions: dict[str, Action] | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class CandidateProperties:
    """Every candidate property of a candidate (or of one of their applications).

    ``candidates.properties`` (schema ``CandidateProperties``: only ``content``).
    """

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
    """One value given for a question field: a chosen option, or the text typed as ``label``.

    Schema ``AnswerFieldValue`` (``id``, ``label``).
    """

    id: str | None = None
    label: str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class AnswerField:
    """One field of a screening question and the values answered (schema ``AnswerField``)."""

    id: str | None = None
    label: str | None = None
    values: list[AnswerFieldValue] = attrs.field(factory=list)
    extra_fields: ExtraFields = extra_fields()


@model
class AnswerRecord:
    """One set of answered fields; repeatable questions have several (schema ``AnswerRecord``)."""

    fields: list[AnswerField] = attrs.field(factory=list)
    extra_fields: ExtraFields = extra_fields()


@model
class ScreeningAnswer:
    """The answer to one screening question of the job's application form.

    Schema ``ScreeningAnswer``: ``id`` is the question's; ``category`` the question's UUID for a
    custom question, or a fixed name for a predefined one (e.g. ``workPermit``); ``name`` the
    question's name in the library, ``label`` its text as the candidate saw it.
    """

    id: str
    type: ScreeningAnswerType | str | None = None
    category: str | None = None
    name: str | None = None
    label: str | None = None
    records: list[AnswerRecord] = attrs.field(factory=list)
    extra_fields: ExtraFields = extra_fields()


@model
class ScreeningAnswers:
    """Every screening answer of one application: ``candidates.screening_answers``.

    Schema ``ScreeningAnswers``.
    """

    total_found: int | None = None
    content: list[ScreeningAnswer] = attrs.field(factory=list)
    extra_fields: ExtraFields = extra_fields()
