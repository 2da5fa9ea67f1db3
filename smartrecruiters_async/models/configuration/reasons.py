"""Rejection and withdrawal reasons a candidate's status change may carry.

Schema ``Properties`` (``totalFound``, ``content``) of ``Property`` (2024; ``ModelProperty`` in
2017): ``id`` and ``label``.
"""

from __future__ import annotations

import attrs

from .._base import ExtraFields, extra_fields, model

__all__ = ["Reason", "Reasons"]


@model
class Reason:
    """A configured rejection or withdrawal reason (``client.configuration.reasons``)."""

    id: str | None = None
    label: str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class Reasons:
    """``GET /configuration/{rejection,withdrawal}-reasons``: every reason, no paging."""

    total_found: int | None = None
    content: list[Reason] = attrs.field(factory=list)
    extra_fields: ExtraFields = extra_fields()
