"""A job itself: list item, details, the create/update payload, status, note, headcount."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any, cast

import attrs

from .._base import ExtraFields, codec, extra_fields, model, wire_name
from ..common import IdLabel, Location
from ..postings import JobAd
from ._ads import JobAdTextInput
from ._location import JobLocationInput

__all__ = [
    "Compensation",
    "HeadcountPatchRequest",
    "HeadcountUpdateAccepted",
    "Job",
    "JobApproval",
    "JobCreator",
    "JobDetails",
    "JobInput",
    "JobNote",
    "JobNoteInput",
    "JobProperty",
    "JobPropertyInput",
    "JobStatus",
    "JobStatusHistory",
    "JobStatusHistoryEntry",
    "JobStatusInput",
    "JobStatusUpdate",
    "JobSummary",
    "PostingStatus",
    "SalaryRange",
]


class JobStatus(enum.Enum):
    """Where a job is in its life (``PUT /jobs/{jobId}/status``, the ``statuses`` filter)."""

    CREATED = "CREATED"
    SOURCING = "SOURCING"
    FILLED = "FILLED"
    INTERVIEW = "INTERVIEW"
    OFFER = "OFFER"
    CANCELLED = "CANCELLED"
    ON_HOLD = "ON_HOLD"


class PostingStatus(enum.Enum):
    """Whether and where a job is advertised."""

    PUBLIC = "PUBLIC"
    INTERNAL = "INTERNAL"
    NOT_PUBLISHED = "NOT_PUBLISHED"
    PRIVATE = "PRIVATE"


@model
class JobCreator:
    """The user who created a job."""

    id: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class Compensation:
    """A job's pay range. Used both in responses and in ``JobInput``."""

    min: float | None = None
    max: float | None = None
    currency: str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class JobProperty:
    """A company-defined job field and its value."""

    id: str | None = None
    label: str | None = None
    value: IdLabel | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class JobSummary:
    """A job as ``GET /jobs`` lists it; ``jobs.get`` returns the full ``JobDetails``."""

    id: str
    title: str | None = None
    ref_number: str | None = None
    created_on: dt.datetime | None = None
    updated_on: dt.datetime | None = None
    last_activity_on: dt.datetime | None = None
    department: IdLabel | None = None
    location: Location | None = None
    status: JobStatus | str | None = None
    posting_status: PostingStatus | str | None = None
    extra_fields: ExtraFields = extra_fields()


Job = JobSummary
"""The list item of ``GET /jobs`` (the catalogue's ``Job``/``JobSummary``)."""


@model
class JobPropertyInput:
    """A job property value to set: the property ``id`` and the chosen ``value_id``."""

    id: str
    value_id: str
    extra_fields: ExtraFields = extra_fields()


@model
class JobInput:
    """The body of ``POST /jobs`` and ``PUT /jobs/{jobId}``.

    ``title``, ``location``, ``industry``, ``function`` and ``experience_level`` are required by
    the API; the ``IdLabel`` references need only their ``id``. ``extra_fields`` carries fields
    this SDK does not know (``JobDetails.to_input`` fills it), so a full update loses nothing.
    """

    title: str
    location: JobLocationInput
    industry: IdLabel
    function: IdLabel
    experience_level: IdLabel
    ref_number: str | None = None
    target_hiring_date: dt.date | None = None
    department: IdLabel | None = None
    type_of_employment: IdLabel | None = None
    eeo_category: IdLabel | None = None
    template: bool | None = None
    compensation: Compensation | None = None
    job_ad: JobAdTextInput | None = None
    properties: list[JobPropertyInput] | None = None
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
class JobDetails:
    """A full job: ``GET /jobs/{jobId}`` and the answer of every write to a job.

    ``to_input()`` gives the ``JobInput`` that writes it back unchanged, unknown fields included.
    """

    id: str
    title: str | None = None
    ref_number: str | None = None
    created_on: dt.datetime | None = None
    updated_on: dt.datetime | None = None
    last_activity_on: dt.datetime | None = None
    department: IdLabel | None = None
    location: Location | None = None
    status: JobStatus | str | None = None
    posting_status: PostingStatus | str | None = None
    target_hiring_date: dt.date | None = None
    industry: IdLabel | None = None
    function: IdLabel | None = None
    type_of_employment: IdLabel | None = None
    experience_level: IdLabel | None = None
    eeo_category: IdLabel | None = None
    template: bool | None = None
    creator: JobCreator | None = None
    compensation: Compensation | None = None
    job_ad: JobAd | None = None
    properties: list[JobProperty] | None = None
    actions: dict[str, Any] | None = None
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
        if self.properties is not None:
            data["properties"] = [
                {"id": p.id, "valueId": p.value.id}
                for p in self.properties
                if p.id and p.value is not None and p.value.id
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
    """The body of ``PUT /jobs/{jobId}/status``."""

    status: JobStatus | str
    extra_fields: ExtraFields = extra_fields()


@model
class JobStatusUpdate:
    """The answer of ``PUT /jobs/{jobId}/status``."""

    status: JobStatus | str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class JobStatusHistoryEntry:
    """One status change of a job."""

    status: JobStatus | str | None = None
    changed_on: dt.datetime | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class JobStatusHistory:
    """``GET /jobs/{jobId}/status/history``: every status change, oldest first."""

    total_found: int | None = None
    content: list[JobStatusHistoryEntry] = attrs.field(factory=list)
    extra_fields: ExtraFields = extra_fields()


@model
class JobNote:
    """The free-text note of a job (``GET``/``PUT /jobs/{jobId}/note``)."""

    content: str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class JobNoteInput:
    """The body of ``PUT /jobs/{jobId}/note``."""

    content: str
    extra_fields: ExtraFields = extra_fields()


@model
class SalaryRange:
    """The pay range of ``PATCH /jobs/{jobId}/headcount`` (``HeadcountPatchRequest``)."""

    min: float
    max: float
    currency: str
    extra_fields: ExtraFields = extra_fields()


@model
class HeadcountPatchRequest:
    """The body of ``PATCH /jobs/{jobId}/headcount``."""

    salary_range: SalaryRange
    extra_fields: ExtraFields = extra_fields()


@model
class HeadcountUpdateAccepted:
    """The answer of ``PATCH /jobs/{jobId}/headcount``: the change is queued."""

    message: str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class JobApproval:
    """The latest approval request of a job (``GET /jobs/{jobId}/approvals/latest``)."""

    id: str | None = None
    status: str | None = None
    created_on: dt.datetime | None = None
    updated_on: dt.datetime | None = None
    extra_fields: ExtraFields = extra_fields()
