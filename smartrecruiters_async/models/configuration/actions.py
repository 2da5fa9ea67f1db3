"""The links the Configuration API attaches to its objects (``actions``)."""

from __future__ import annotations

from .._base import ExtraFields, extra_fields, model

__all__ = ["Action"]


@model
class Action:
    """A link to a related call: ``url`` and the HTTP ``method`` to use on it.

    Schema ``Action`` (roksela.json: ``method``, ``url``, both strings). The objects of this
    group carry it in their ``actions`` (``SourceType.actions.values``, ...).
    """

    url: str | None = None
    method: str | None = None
    extra_fields: ExtraFields = extra_fields()
