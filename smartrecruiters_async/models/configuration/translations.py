"""Labels in other languages, shared by job properties and their values."""

from __future__ import annotations

from .._base import ExtraFields, extra_fields, model

__all__ = ["LabelTranslation"]


@model
class LabelTranslation:
    """One label in one language (``language`` is a code such as ``"de"`` or ``"fr-CA"``)."""

    language: str
    label: str
    extra_fields: ExtraFields = extra_fields()
