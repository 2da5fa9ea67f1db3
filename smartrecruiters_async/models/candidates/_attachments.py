"""Files attached to a candidate or to one of their applications."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

import attrs

from .._base import ExtraFields, extra_fields, model

__all__ = ["AttachmentType", "CandidateAttachment", "CandidateAttachments"]


class AttachmentType(enum.Enum):
    """What an uploaded file is."""

    GENERIC_FILE = "GENERIC_FILE"
    RESUME = "RESUME"
    COVER_LETTER = "COVER_LETTER"


@model
class CandidateAttachment:
    """An attachment's description; its content is read with ``download_attachment``."""

    id: str
    name: str | None = None
    type: AttachmentType | str | None = None
    content_type: str | None = None
    size: int | None = None
    created_on: dt.datetime | None = None
    actions: Any = None
    extra_fields: ExtraFields = extra_fields()


@model
class CandidateAttachments:
    """The attachments of a candidate (or of one of their applications)."""

    total_found: int | None = None
    content: list[CandidateAttachment] = attrs.field(factory=list)
    extra_fields: ExtraFields = extra_fields()
