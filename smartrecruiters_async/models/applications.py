"""Application API models: applying to a posting, its form, and the application's status."""

from __future__ import annotations

import base64
import datetime as dt
from typing import Any

import attrs

from ._base import ExtraFields, extra_fields, model
from .candidates import CandidateLocation, CandidateWeb, Education, Experience, SourceDetails
from .common import IdLabel

__all__ = [
    "ApplicationStatusInfo",
    "ApplyAnswer",
    "ApplyAnswerRecord",
    "ApplyConfiguration",
    "ApplyFile",
    "ApplyRequest",
    "ApplyResponse",
    "PrivacyPolicy",
    "QuestionField",
    "ScreeningQuestion",
]


@model
class ApplyFile:
    """A file sent inside an application (résumé, avatar, attachment), base64-encoded.

    Build it with ``ApplyFile.of("cv.pdf", data, "application/pdf")``.
    """

    file_name: str
    mime_type: str
    file_content: str

    @classmethod
    def of(
        cls, file_name: str, data: bytes, mime_type: str = "application/octet-stream"
    ) -> ApplyFile:
        """An ``ApplyFile`` holding ``data``; raises ``ValueError`` for an empty name or file."""
        if not file_name or not data:
            raise ValueError("an application file needs a name and some content")
        return cls(
            file_name=file_name,
            mime_type=mime_type,
            file_content=base64.b64encode(data).decode("ascii"),
        )


@model
class ApplyAnswerRecord:
    """One set of answered fields: field id -> the value ids (or texts) given."""

    fields: dict[str, list[str]]


@model
class ApplyAnswer:
    """The answer to one screening question of ``applications.configuration``."""

    id: str
    records: list[ApplyAnswerRecord]


@model
class ApplyRequest:
    """Request body of ``applications.apply``: the candidate applying to a posting.

    ``first_name``, ``last_name`` and ``email`` are required; ``answers`` answer the posting's
    screening questions; ``consent`` says the candidate accepted the privacy policy.
    """

    first_name: str
    last_name: str
    email: str
    phone_number: str | None = None
    location: CandidateLocation | None = None
    web: CandidateWeb | None = None
    tags: list[str] | None = None
    education: list[Education] | None = None
    experience: list[Experience] | None = None
    source_details: SourceDetails | None = None
    resume: ApplyFile | None = None
    avatar: ApplyFile | None = None
    attachments: list[ApplyFile] | None = None
    answers: list[ApplyAnswer] | None = None
    message_to_hiring_manager: str | None = None
    consent: bool | None = None
    consent_decisions: dict[str, bool] | None = None
    create_join_link: bool | None = None
    internal: bool | None = None


@model
class ApplyResponse:
    """The answer of ``applications.apply``: the new candidate's id and portal links."""

    id: str
    created_on: dt.datetime | None = None
    candidate_portal_url: str | None = None
    smartr_join_url: str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class QuestionField:
    """One input of a screening question (``type`` e.g. ``SINGLE_SELECT``, ``INPUT_TEXT``)."""

    id: str
    label: str | None = None
    type: str | None = None
    required: bool | None = None
    values: list[IdLabel] = attrs.field(factory=list)
    extra_fields: ExtraFields = extra_fields()


@model
class ScreeningQuestion:
    """A question of a posting's application form."""

    id: str
    label: str | None = None
    repeatable: bool | None = None
    fields: list[QuestionField] = attrs.field(factory=list)
    extra_fields: ExtraFields = extra_fields()


@model
class PrivacyPolicy:
    """A privacy policy the candidate must accept."""

    url: str | None = None
    org_name: str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class ApplyConfiguration:
    """A posting's application form: screening questions, privacy policies, settings."""

    questions: list[ScreeningQuestion] = attrs.field(factory=list)
    privacy_policies: list[PrivacyPolicy] = attrs.field(factory=list)
    settings: Any = None
    extra_fields: ExtraFields = extra_fields()


@model
class ApplicationStatusInfo:
    """Where an application stands, as the candidate may see it (e.g. ``IN_REVIEW``)."""

    status: str | None = None
    extra_fields: ExtraFields = extra_fields()
