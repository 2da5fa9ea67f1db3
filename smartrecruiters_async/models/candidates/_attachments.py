"""Files attached to a candidate or to one of their applications."""

from __future__ import annotations

import enum

import attrs

from .._base import ExtraFields, extra_fields, model
from ..common import Action

__all__ = ["AttachmentType", "CandidateAttachment", "CandidateAttachments"]


class AttachmentType(enum.Enum):
    """What an uploaded file is: the ``attachmentType`` of an upload (schema enum)."""

    GENERIC_FILE = "GENERIC_FILE"
    RESUME = "RESUME"
    COVER_LETTER = "COVER_LETTER"


@model
class CandidateAttachment:
    """An attachment's description; its content is read with ``download_attachment``.

    Items of ``candidates.attachments`` and the answer of ``add_attachment`` (schema
    ``CandidateAttachmentForJob``, 2017 ``Attachment``). ``type`` is text such as ``RESUME``:
    the schema gives the upload's ``attachmentType`` an enum, not this field. ``actions``
    are links by name (``download``, ``remove``), each ``{"url", "method"}``.
    """

    id: str
    name: str | None = None
    type: str | None = None
    content_type: str | None = None
    actions: dict[str, Action] | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class CandidateAttachments:
    """The attachments of a candidate (or of one of their applications).

    ``candidates.attachments`` (schema ``Attachments`` / ``CandidateAttachmentsForJob``).
    """

    total_found: int | None = None
    content: list[CandidateAttachment] = attrs.field(factory=list)
    extra_fields: ExtraFields = extra_fields()
