"""Job ads (the advertised text of a job) and where a job or job ad is published."""

from __future__ import annotations

import datetime as dt
import enum

import attrs

from .._base import ExtraFields, extra_fields, model
from ..common import Location
from ..postings import JobAd, PostingLanguage
from ._location import JobLocationInput

__all__ = [
    "JobAdContent",
    "JobAdItem",
    "JobAdPublicationScheduled",
    "JobAdSectionInput",
    "JobAdSectionsInput",
    "JobAdTextInput",
    "JobAdUnpublishScheduled",
    "JobAds",
    "JobPublication",
    "Publication",
    "PublicationItem",
    "PublicationList",
    "PublicationVisibility",
]


class PublicationVisibility(enum.Enum):
    """Who sees a publication."""

    PUBLIC = "PUBLIC"
    INTERNAL = "INTERNAL"


@model
class JobAdSectionInput:
    """One titled block of job-ad text (HTML allowed)."""

    text: str
    title: str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class JobAdSectionsInput:
    """The four standard sections of a job ad."""

    company_description: JobAdSectionInput | None = None
    job_description: JobAdSectionInput | None = None
    qualifications: JobAdSectionInput | None = None
    additional_information: JobAdSectionInput | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class JobAdTextInput:
    """The text of a job ad as ``JobInput`` and ``JobAdContent`` send it."""

    sections: JobAdSectionsInput
    extra_fields: ExtraFields = extra_fields()


@model
class JobAdContent:
    """The body of ``POST /jobs/{jobId}/jobads`` and ``PUT .../jobads/{jobAdId}``.

    ``title`` and ``job_ad`` are required; ``language`` is a language code (``"en"``).
    """

    title: str
    job_ad: JobAdTextInput
    language: str | None = None
    location: JobLocationInput | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class JobAdItem:
    """A job ad of a job: its title, language, text and where it is posted."""

    id: str
    title: str | None = None
    language: PostingLanguage | None = None
    location: Location | None = None
    job_ad: JobAd | None = None
    posting_status: str | None = None
    default_job_ad: bool | None = None
    created_on: dt.datetime | None = None
    updated_on: dt.datetime | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class JobAds:
    """``GET /jobs/{jobId}/jobads``: every job ad of a job, no paging."""

    total_found: int | None = None
    content: list[JobAdItem] = attrs.field(factory=list)
    extra_fields: ExtraFields = extra_fields()


@model
class Publication:
    """The body of a publish request (job or job ad).

    ``visibility`` defaults to ``PUBLIC`` on the server; ``aggregators`` (default true) also
    sends the ad to job aggregators.
    """

    visibility: PublicationVisibility | str | None = None
    aggregators: bool | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class JobPublication:
    """The answer of ``POST /jobs/{jobId}/publication``: the job is now published."""

    job_id: str | None = None
    status: str | None = None
    visibility: PublicationVisibility | str | None = None
    published_on: dt.datetime | None = None
    posting_url: str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class PublicationItem:
    """One job board a job or job ad is (or was) published on."""

    id: str | None = None
    name: str | None = None
    visibility: PublicationVisibility | str | None = None
    published_on: dt.datetime | None = None
    unpublished_on: dt.datetime | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class PublicationList:
    """Where a job or job ad is published, no paging."""

    total_found: int | None = None
    content: list[PublicationItem] = attrs.field(factory=list)
    extra_fields: ExtraFields = extra_fields()


@model
class JobAdPublicationScheduled:
    """The answer of ``POST /jobs/{jobId}/jobads/{jobAdId}/postings``: publishing is queued."""

    status: str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class JobAdUnpublishScheduled:
    """The answer of ``DELETE /jobs/{jobId}/jobads/{jobAdId}/postings``: unpublishing is
    queued."""

    status: str | None = None
    extra_fields: ExtraFields = extra_fields()
