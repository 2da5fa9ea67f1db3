"""Application API models: applying to a posting, its form, and the application's status.

Wire names follow the official schema (``tests/data/schema/recruitifi.json``, the apply API's
``ApplyApiRequest``, ``ApplyApiResponse``, ``ApplyConfiguration``, ``ApplicationStatusInfo``).
"""

from __future__ import annotations

import base64
import enum

import attrs

from ._base import ExtraFields, extra_fields, model
from .candidates import CandidateLocation, Education, Experience, SourceDetails
from .common import IdLabel

__all__ = [
    "ApplicationStatus",
    "ApplicationStatusInfo",
    "ApplyAnswer",
    "ApplyAnswerRecord",
    "ApplyConfiguration",
    "ApplyFile",
    "ApplyRequest",
    "ApplyResponse",
    "ApplySettings",
    "ApplyWeb",
    "ComplianceType",
    "PrivacyPolicy",
    "QuestionField",
    "QuestionFieldType",
    "ScreeningQuestion",
]


class ApplicationStatus(enum.Enum):
    """Where an application stands as the candidate may see it (schema ``ApplicationStatusInfo``).

    Coarser than ``CandidateStatus``: ``OFFER`` and ``HIRE`` rather than ``OFFERED``/``HIRED``.
    """

    NEW = "NEW"
    IN_REVIEW = "IN_REVIEW"
    INTERVIEW = "INTERVIEW"
    OFFER = "OFFER"
    HIRE = "HIRE"
    REJECTED = "REJECTED"
    WITHDRAWN = "WITHDRAWN"
    LEAD = "LEAD"
    TRANSFERRED = "TRANSFERRED"
    OTHER = "OTHER"


class QuestionFieldType(enum.Enum):
    """The input of a screening question's field (schema ``ScreeningQuestionField.type``)."""

    INPUT_TEXT = "INPUT_TEXT"
    SINGLE_SELECT = "SINGLE_SELECT"
    MULTI_SELECT = "MULTI_SELECT"
    RADIO = "RADIO"
    CHECKBOX = "CHECKBOX"
    TEXTAREA = "TEXTAREA"
    INFORMATION = "INFORMATION"


class ComplianceType(enum.Enum):
    """Why a question is asked, for compliance (schema ``ScreeningQuestionField``)."""

    DIVERSITY = "DIVERSITY"


@model
class ApplyFile:
    """A file sent inside an application (résumé, avatar, attachment), base64-encoded.

    Schema ``Attachment`` of the apply API (``fileName``, ``mimeType``, ``fileContent``).

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
    """One set of answered fields: field id -> the value ids (or texts) given.

    An item of ``ScreeningQuestionAnswer.records``: ``{"fields": {fieldId: [values]}}``.
    """

    fields: dict[str, list[str]]


@model
class ApplyAnswer:
    """The answer to one screening question of ``applications.configuration``.

    Schema ``ScreeningQuestionAnswer`` (``id``, ``records``).
    """

    id: str
    records: list[ApplyAnswerRecord]


@model
class ApplyWeb:
    """A candidate's links in an application (schema ``Web``, ``ApplyApiRequest.web``).

    The 2024 schema has two web models: ``WebProfile`` (``linkedin``), which every Candidate
    API model uses (``CandidateWeb``), and ``Web`` (``linkedIn``, capital I), which none of
    them does: that one is the apply API's.
    """

    skype: str | None = None
    linked_in: str | None = None
    facebook: str | None = None
    twitter: str | None = None
    website: str | None = None


@model
class ApplyRequest:
    """Request body of ``applications.apply``: the candidate applying to a posting.

    ``first_name``, ``last_name`` and ``email`` are required; ``answers`` answer the posting's
    screening questions; ``consent`` says the candidate accepted the privacy policy
    (schema ``ApplyApiRequest``).
    """

    first_name: str
    last_name: str
    email: str
    phone_number: str | None = None
    location: CandidateLocation | None = None
    web: ApplyWeb | None = None
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
    """The answer of ``applications.apply``: the new candidate's id and portal links.

    Schema ``ApplyApiResponse``, which requires no field. ``created_on`` is text: the apply
    API declares it a plain string (its example is ``"string"``, where the specs' date-times
    show an instant), so it is kept exactly as sent.
    """

    id: str | None = None
    created_on: str | None = None
    candidate_portal_url: str | None = None
    smartr_join_url: str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class QuestionField:
    """One input of a screening question (schema ``ScreeningQuestionField``).

    ``values`` are the options of a select (``FieldValue``: ``id``, ``label``).
    """

    id: str
    label: str | None = None
    type: QuestionFieldType | str | None = None
    required: bool | None = None
    compliance_type: ComplianceType | str | None = None
    values: list[IdLabel] = attrs.field(factory=list)
    extra_fields: ExtraFields = extra_fields()


@model
class ScreeningQuestion:
    """A question of a posting's application form (schema ``ScreeningQuestion``)."""

    id: str
    label: str | None = None
    repeatable: bool | None = None
    fields: list[QuestionField] = attrs.field(factory=list)
    extra_fields: ExtraFields = extra_fields()


@model
class PrivacyPolicy:
    """A privacy policy the candidate must accept (schema ``PrivacyPolicy``)."""

    url: str | None = None
    org_name: str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class ApplySettings:
    """Settings of a posting's application form (schema ``ApplySettings``)."""

    avatar_upload_available: bool | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class ApplyConfiguration:
    """A posting's application form: ``applications.configuration``.

    Screening questions, privacy policies and settings (schema ``ApplyConfiguration``).
    """

    questions: list[ScreeningQuestion] = attrs.field(factory=list)
    privacy_policies: list[PrivacyPolicy] = attrs.field(factory=list)
    settings: ApplySettings | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class ApplicationStatusInfo:
    """Where an application stands, as the candidate may see it (e.g. ``IN_REVIEW``).

    ``applications.status`` and ``status_by_id`` (schema ``ApplicationStatusInfo``).
    """

    status: ApplicationStatus | str | None = None
    extra_fields: ExtraFields = extra_fields()
