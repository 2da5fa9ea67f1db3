"""Job ads (the advertised text of a job) and where a job or job ad is published."""

from __future__ import annotations

import datetime as dt
import enum

import attrs

from .._base import ExtraFields, extra_fields, model
from ..common import Action
from ..postings import JobAd, PostingLanguage, Visibility

__all__ = [
    "JobAdContent",
    "JobAdCreator",
    "JobAdItem",
    "JobAdItemActions",
    "JobAdLanguage",
    "JobAdPostingStatus",
    "JobAdPublicationScheduled",
    "JobAdSectionInput",
    "JobAdSectionsInput",
    "JobAdTextInput",
    "JobAdUnpublishScheduled",
    "JobAds",
    "Publication",
    "PublicationItem",
    "PublicationList",
    "PublicationVisibility",
    "ScheduledStatus",
]


class PublicationVisibility(enum.Enum):
    """Who sees a publication: the schema's ``Publication.visibility`` values."""

    PUBLIC = "PUBLIC"
    INTERNAL = "INTERNAL"


class JobAdPostingStatus(enum.Enum):
    """Whether a job ad is posted: the schema's ``JobAdItem.postingStatus`` values."""

    PUBLISHED = "PUBLISHED"
    NOT_PUBLISHED = "NOT_PUBLISHED"


class ScheduledStatus(enum.Enum):
    """The state of a change the API applies later.

    The schema's only value for ``JobAdPublicationScheduled.postingStatus``,
    ``JobAdUnpublishScheduled.unpostingStatus`` and ``HeadcountUpdateAccepted.status``.
    """

    PENDING = "PENDING"


@model
class JobAdSectionInput:
    """One titled block of job-ad text (HTML allowed)."""

    text: str
    title: str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class JobAdSectionsInput:
    """The four standard sections of a job ad, as requests send them (``JobAdSections``)."""

    company_description: JobAdSectionInput | None = None
    job_description: JobAdSectionInput | None = None
    qualifications: JobAdSectionInput | None = None
    additional_information: JobAdSectionInput | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class JobAdTextInput:
    """The text of a job ad as ``JobInput`` and ``JobAdContent`` send it (``JobAdInput``)."""

    sections: JobAdSectionsInput
    extra_fields: ExtraFields = extra_fields()


@model
class JobAdLanguage:
    """The language of a job ad to write: the schema's ``JobAdLanguage`` (a language code)."""

    code: str
    extra_fields: ExtraFields = extra_fields()


@model
class JobAdContent:
    """The body of ``POST /jobs/{jobId}/jobads`` and ``PUT .../jobads/{jobAdId}``.

    The schema's ``JobAdContent``: ``title`` and ``job_ad`` are required; ``language`` is a
    ``JobAdLanguage`` (``JobAdLanguage(code="en")``).
    """

    title: str
    job_ad: JobAdTextInput
    language: JobAdLanguage | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class JobAdCreator:
    """Who created a job ad: the schema's ``Identifiable`` (a user id)."""

    id: str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class JobAdItemActions:
    """The links of a job ad: the schema's ``JobAdItemActions``."""

    postings: Action | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class JobAdItem:
    """A job ad of a job: the schema's ``JobAdItem``.

    Returned by ``jobs.ads.list``, ``get``, ``create`` and ``update``. The 2024 schema marks
    every field but ``apply_url`` required; only ``id`` is, since no example confirms the rest.
    """

    id: str
    title: str | None = None
    language: PostingLanguage | None = None
    # The 2017 schema types this as JobAdSections; the 2024 one does not say. It is modelled as
    # JobAd ({sections, language}), the shape of JobDetails.jobAd in jobs/retrieve.json.
    job_ad: JobAd | None = None
    created_on: dt.datetime | None = None
    updated_on: dt.datetime | None = None
    apply_url: str | None = None
    posting_status: JobAdPostingStatus | str | None = None
    default: bool | None = None
    actions: JobAdItemActions | None = None
    creator: JobAdCreator | None = None
    visibility: Visibility | str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class JobAds:
    """``GET /jobs/{jobId}/jobads``: every job ad of a job, no paging.

    Both schemas declare ``JobAds`` through a parent their generators drop (no own fields); the
    fields are those of the other unpaged lists of the Job API (``HiringTeamMembers``,
    ``JobPositions``).
    """

    total_found: int | None = None
    content: list[JobAdItem] = attrs.field(factory=list)
    extra_fields: ExtraFields = extra_fields()


@model
class Publication:
    """The body of a publish request (job or job ad): the schema's ``Publication``.

    ``visibility`` defaults to ``PUBLIC`` on the server; ``aggregators`` (default true) also
    sends the ad to job aggregators.
    """

    visibility: PublicationVisibility | str | None = None
    aggregators: bool | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class PublicationItem:
    """One source (job board, career page...) a job or job ad is or was published on.

    The schema's ``PublicationListItem``: ``source_name``, its ``type``, and when it was
    published and unpublished.
    """

    source_name: str | None = None
    type: str | None = None
    published_on: dt.datetime | None = None
    unpublished_on: dt.datetime | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class PublicationList:
    """Where a job or job ad is published, no paging: the schema's ``PublicationList``."""

    content: list[PublicationItem] = attrs.field(factory=list)
    extra_fields: ExtraFields = extra_fields()


@model
class JobAdPublicationScheduled:
    """The answer of ``POST /jobs/{jobId}/jobads/{jobAdId}/postings``: publishing is queued."""

    posting_status: ScheduledStatus | str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class JobAdUnpublishScheduled:
    """The answer of ``DELETE /jobs/{jobId}/jobads/{jobAdId}/postings``: unpublishing is
    queued."""

    unposting_status: ScheduledStatus | str | None = None
    extra_fields: ExtraFields = extra_fields()
