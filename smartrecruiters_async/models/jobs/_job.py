"""A job itself: list item, details, the create/update payload, status, note, headcount."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any, cast

import attrs

from .._base import ExtraFields, codec, extra_fields, model, wire_name
from ..common import Action, IdLabel, Location
from ..postings import Department, JobAd, PostingLanguage
from ._ads import JobAdTextInput, ScheduledStatus
from ._location import JobLocationInput
from ._team import PositionType

__all__ = [
    "Compensation",
    "HeadcountPatchRequest",
    "HeadcountUpdateAccepted",
    "Job",
    "JobApproval",
    "JobApprovalPosition",
    "JobCreator",
    "JobDetails",
    "JobDetailsActions",
    "JobInput",
    "JobNote",
    "JobNoteInput",
    "JobProperty",
    "JobPropertyInput",
    "JobStatus",
    "JobStatusHistory",
    "JobStatusHistoryActions",
    "JobStatusHistoryEntry",
    "JobStatusInput",
    "JobStatusUpdate",
    "JobSummary",
    "JobSummaryActions",
    "PostingStatus",
    "SalaryRange",
]


class JobStatus(enum.Enum):
    """Where a job is in its life: the schema's ``JobStatus``.

    ``PUT /jobs/{jobId}/status`` and the ``statuses`` filter take every value but ``OTHER``
    (the schema's ``ValidJobStatus``).
    """

    CREATED = "CREATED"
    SOURCING = "SOURCING"
    FILLED = "FILLED"
    INTERVIEW = "INTERVIEW"
    OFFER = "OFFER"
    CANCELLED = "CANCELLED"
    ON_HOLD = "ON_HOLD"
    OTHER = "OTHER"


class PostingStatus(enum.Enum):
    """Whether and where a job is advertised: the schema's ``PostingStatus``."""

    PUBLIC = "PUBLIC"
    INTERNAL = "INTERNAL"
    NOT_PUBLISHED = "NOT_PUBLISHED"
    PRIVATE = "PRIVATE"


@model
class JobCreator:
    """The user who created a job: the schema's ``UserIdentity``."""

    id: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class Compensation:
    """A pay range: the schema's ``Compensation`` (and the same-shaped ``SalaryRange`` of a
    ``JobApproval``). Used both in responses and in ``JobInput``."""

    min: float | None = None
    max: float | None = None
    currency: str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class JobProperty:
    """A company-defined job field and its value: the schema's ``JobProperty``."""

    id: str | None = None
    label: str | None = None
    value: IdLabel | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class JobSummaryActions:
    """The links of a listed job (the 2017 schema's ``CandidatePrimaryAssignmentJobActions``)."""

    details: Action | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class JobSummary:
    """A job as ``GET /jobs`` lists it: the schema's ``JobSummary``.

    ``jobs.get`` returns the full ``JobDetails``.
    """

    id: str
    title: str | None = None
    ref_number: str | None = None
    created_on: dt.datetime | None = None
    updated_on: dt.datetime | None = None
    last_activity_on: dt.datetime | None = None
    department: Department | None = None
    location: Location | None = None
    status: JobStatus | str | None = None
    posting_status: PostingStatus | str | None = None
    language: PostingLanguage | None = None
    actions: JobSummaryActions | None = None
    extra_fields: ExtraFields = extra_fields()


Job = JobSummary
"""The list item of ``GET /jobs`` (the catalogue's ``Job``/``JobSummary``)."""


@model
class JobPropertyInput:
    """A job property value to set: the schema's ``JobPropertyInput``.

    ``id`` is the property's id, ``value`` the chosen value (only its ``id`` is needed).
    """

    id: str
    value: IdLabel
    extra_fields: ExtraFields = extra_fields()


@model
class JobInput:
    """The body of ``POST /jobs`` and ``PUT /jobs/{jobId}``.

    The schema's ``JobInput``. ``title``, ``location``, ``industry``, ``function`` and
    ``experience_level`` are required by the API; the ``IdLabel`` references need only their
    ``id``; ``target_hiring_date`` is a timezone-aware date-time. ``extra_fields`` carries fields
    this SDK does not know (``JobDetails.to_input`` fills it), so a full update loses nothing.
    """

    title: str
    location: JobLocationInput
    industry: IdLabel
    function: IdLabel
    experience_level: IdLabel
    ref_number: str | None = None
    target_hiring_date: dt.datetime | None = None
    department: IdLabel | None = None
    type_of_employment: IdLabel | None = None
    eeo_category: IdLabel | None = None
    template: bool | None = None
    compensation: Compensation | None = None
    job_ad: JobAdTextInput | None = None
    properties: list[JobPropertyInput] = attrs.field(factory=list)
    extra_fields: ExtraFields = extra_fields()


# Keys of JobDetails that the server owns and a JobInput never carries.
_SERVER_OWNED = (
    "id",
    "createdOn",
    "updatedOn",
    "lastActivityOn",
    "creator",
    "status",
    "postingStatus",
    "actions",
)


@model
class JobDetailsActions:
    """The links of a job: the schema's ``JobDetailsActions``."""

    hiring_team: Action | None = None
    publications: Action | None = None
    positions: Action | None = None
    apply_on_web: Action | None = None
    details: Action | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class JobDetails:
    """A full job: the schema's ``JobDetails``.

    ``GET /jobs/{jobId}`` and the answer of every write to a job.

    ``to_input()`` gives the ``JobInput`` that writes it back unchanged, unknown fields included.
    """

    id: str
    title: str | None = None
    ref_number: str | None = None
    created_on: dt.datetime | None = None
    updated_on: dt.datetime | None = None
    last_activity_on: dt.datetime | None = None
    department: Department | None = None
    location: Location | None = None
    status: JobStatus | str | None = None
    posting_status: PostingStatus | str | None = None
    target_hiring_date: dt.datetime | None = None
    industry: IdLabel | None = None
    function: IdLabel | None = None
    type_of_employment: IdLabel | None = None
    experience_level: IdLabel | None = None
    eeo_category: IdLabel | None = None
    template: bool | None = None
    creator: JobCreator | None = None
    compensation: Compensation | None = None
    job_ad: JobAd | None = None
    properties: list[JobProperty] = attrs.field(factory=list)
    actions: JobDetailsActions | None = None
    extra_fields: ExtraFields = extra_fields()

    def to_input(self, **changes: Any) -> JobInput:
        """This job as a ``JobInput`` for ``jobs.update``, with ``changes`` applied.

        ``changes`` are ``JobInput`` fields by attribute name (``title="..."``). Fields the SDK
        does not declare travel in ``extra_fields``, so writing the result back loses nothing.
        Raises ``ValueError`` if a required field is missing and not given in ``changes``, and
        ``TypeError`` for a name ``JobInput`` does not have.
        """
        fields = attrs.fields_dict(cast(Any, JobInput))
        unknown = sorted(set(changes) - set(fields) - {"extra_fields"})
        if unknown:
            raise TypeError(f"JobInput has no field(s) {unknown}")
        data = codec().unstructure(self)
        for key in _SERVER_OWNED:
            data.pop(key, None)
        if self.location is not None and self.location.iso_country_code and self.location.city:
            data["location"] = codec().unstructure(JobLocationInput.from_location(self.location))
        if self.properties:
            data["properties"] = [
                {"id": p.id, "value": {"id": p.value.id}}
                for p in self.properties
                if p.id and isinstance(p.value, IdLabel) and p.value.id
            ]
        for name, value in changes.items():
            if name == "extra_fields":
                data.update(value)
            else:
                data[wire_name(fields[name])] = codec().unstructure(value)
        try:
            return codec().structure(data, JobInput)
        except ValueError as exc:  # the converter's DecodeError: a required field is missing
            raise ValueError(f"job {self.id} cannot be written back: {exc}") from None


@model
class JobStatusInput:
    """The body of ``PUT /jobs/{jobId}/status`` (the schema's ``JobStatusUpdate``)."""

    status: JobStatus | str
    extra_fields: ExtraFields = extra_fields()


@model
class JobStatusUpdate:
    """The answer of ``PUT /jobs/{jobId}/status``: the schema's ``JobStatusUpdate``."""

    status: JobStatus | str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class JobStatusHistoryActions:
    """The links of a status change: the schema's ``JobStatusHistoryActions``."""

    user: Action | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class JobStatusHistoryEntry:
    """One status change of a job: the schema's ``JobStatusHistoryContent``.

    ``actions.user`` links to the user who made it.
    """

    status: JobStatus | str | None = None
    changed_on: dt.datetime | None = None
    actions: JobStatusHistoryActions | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class JobStatusHistory:
    """``GET /jobs/{jobId}/status/history``: every status change, oldest first."""

    total_found: int | None = None
    content: list[JobStatusHistoryEntry] = attrs.field(factory=list)
    extra_fields: ExtraFields = extra_fields()


@model
class JobNote:
    """The free-text note of a job (``GET``/``PUT /jobs/{jobId}/note``): the schema's
    ``JobNote``."""

    content: str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class JobNoteInput:
    """The body of ``PUT /jobs/{jobId}/note``."""

    content: str
    extra_fields: ExtraFields = extra_fields()


@model
class SalaryRange:
    """The pay range to set with ``PATCH /jobs/{jobId}/headcount``: the schema's
    ``SalaryRange`` as ``HeadcountPatchRequest`` sends it (all three fields required)."""

    min: float
    max: float
    currency: str
    extra_fields: ExtraFields = extra_fields()


@model
class HeadcountPatchRequest:
    """The body of ``PATCH /jobs/{jobId}/headcount``: the schema's ``HeadcountPatchRequest``."""

    salary_range: SalaryRange
    extra_fields: ExtraFields = extra_fields()


@model
class HeadcountUpdateAccepted:
    """The answer of ``PATCH /jobs/{jobId}/headcount``: the change is queued (``PENDING``).

    The schema's ``HeadcountUpdateAccepted``.
    """

    status: ScheduledStatus | str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class JobApprovalPosition:
    """A position an approval request is about: the schema's ``JobApprovalPosition``."""

    id: str | None = None
    position_id: str | None = None
    type: PositionType | str | None = None
    incumbent_name: str | None = None
    position_open_date: dt.datetime | None = None
    target_start_date: dt.datetime | None = None
    status: str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class JobApproval:
    """The latest approval request of a job: the schema's ``JobApproval``.

    Returned by ``GET /jobs/{jobId}/approvals/latest``: the request's id (for the Approvals
    API), the positions and the salary range it asks to approve.
    """

    approval_request_id: str | None = None
    positions: list[JobApprovalPosition] = attrs.field(factory=list)
    salary_range: Compensation | None = None
    extra_fields: ExtraFields = extra_fields()
