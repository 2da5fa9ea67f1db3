"""Candidate sources: types (job boards, agencies, ...), their sub-types and values."""

from __future__ import annotations

import attrs

from .._base import ExtraFields, extra_fields, model
from ..common import IdLabel

__all__ = ["RecruiterName", "SourceType", "SourceTypes", "SourceValue"]


@model
class SourceType:
    """A kind of source (``JOB_BOARDS``, ``AGENCIES``, ...) and its sub-types."""

    id: str
    label: str | None = None
    source_sub_types: list[IdLabel] | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class SourceTypes:
    """``GET /configuration/sources``: every source type, no paging."""

    total_found: int | None = None
    content: list[SourceType] = attrs.field(factory=list)
    extra_fields: ExtraFields = extra_fields()


@model
class SourceValue:
    """One source a candidate can come from (``LinkedIn``, an agency, a recruiter)."""

    id: str
    label: str | None = None
    type: str | None = None
    sub_type: str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class RecruiterName:
    """Request body of ``PUT /configuration/sources/recruiters/resolve``."""

    name: str
