"""Posting API models (public career-site data), and the job-ad text the Job API shares.

Wire names follow the 2017 schema (roksela.json: ``Posting``, ``PostingList``, ``Department``)
checked against the swagger examples (tests/data/examples/davejcameron/postings) and the Posting
API's object page (developers.smartrecruiters.com/docs/objects); the 2024 schema has no Posting
API. Where a name comes from an example or that page only, a comment says so.
"""

from __future__ import annotations

import datetime as dt
import enum

import attrs

from ._base import ExtraFields, extra_fields, model
from .common import IdLabel, Location

__all__ = [
    "Destination",
    "LocationType",
    "Department",
    "Departments",
    "JobAd",
    "JobAdSection",
    "JobAdSections",
    "JobAdVideos",
    "Posting",
    "PostingCompany",
    "PostingCreator",
    "PostingCustomField",
    "PostingExperienceLevel",
    "PostingLanguage",
    "Visibility",
]


class Visibility(enum.Enum):
    """Who may see a job ad: the 2024 schema's ``JobAdItem.visibility`` values."""

    PUBLIC = "PUBLIC"
    INTERNAL = "INTERNAL"
    PRIVATE = "PRIVATE"


class Destination(enum.Enum):
    """Which postings ``list`` returns."""

    PUBLIC = "PUBLIC"
    INTERNAL = "INTERNAL"
    INTERNAL_OR_PUBLIC = "INTERNAL_OR_PUBLIC"


class LocationType(enum.Enum):
    """Work-place filter of ``list``."""

    REMOTE = "REMOTE"
    HYBRID = "HYBRID"
    ONSITE = "ONSITE"
    ANY = "ANY"


@model
class PostingCompany:
    """The company a posting belongs to (the schema's ``Company``)."""

    identifier: str | None = None
    name: str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class PostingCreator:
    """Who created the job (the schema's ``Creator``)."""

    name: str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class PostingLanguage:
    """A language: the schema's ``Language`` (postings, job ads, ``JobSummary.language``)."""

    code: str | None = None
    label: str | None = None
    label_native: str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class PostingCustomField:
    """One custom field value of a posting (the schema's ``CustomField``)."""

    field_id: str | None = None
    field_label: str | None = None
    value_id: str | None = None
    value_label: str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class PostingExperienceLevel:
    """The experience level of a posting.

    The 2017 schema's ``ExperienceLevel`` and the swagger example name its text ``name``; the
    Posting API's object page (developers.smartrecruiters.com/docs/objects) shows ``label``.
    Both are modelled, so either decodes.
    """

    id: str | None = None
    name: str | None = None
    label: str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class JobAdSection:
    """A titled block of job-ad text (HTML): the schema's ``JobAdSection``."""

    title: str | None = None
    text: str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class JobAdVideos:
    """The videos of a job ad: the schema's ``JobAdVideos``."""

    # Not in JobAdVideos of either schema: the Posting API's swagger example
    # (postings/retrieve_posting.json) sends a title with the urls.
    title: str | None = None
    urls: list[str] = attrs.field(factory=list)
    extra_fields: ExtraFields = extra_fields()


@model
class JobAdSections:
    """The sections of a job ad: the schema's ``JobAdSections``."""

    company_description: JobAdSection | None = None
    job_description: JobAdSection | None = None
    qualifications: JobAdSection | None = None
    additional_information: JobAdSection | None = None
    videos: JobAdVideos | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class JobAd:
    """The text of a job ad: the schema's ``JobAd`` (``JobAdInput`` in 2017).

    Full postings (``postings.get``), ``JobDetails.job_ad`` and ``JobAdItem.job_ad`` carry it.
    """

    sections: JobAdSections | None = None
    language: PostingLanguage | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class Department:
    """A department: the schema's ``Department`` (postings, jobs, the departments list)."""

    id: str
    label: str | None = None
    description: str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class Departments:
    """``GET /v1/companies/{companyIdentifier}/departments``: every department, no paging."""

    total_found: int | None = None
    content: list[Department] = attrs.field(factory=list)
    extra_fields: ExtraFields = extra_fields()


@model
class Posting:
    """A published job ad as the Posting API shows it (the schema's ``Posting``).

    List results (``postings.list``) carry a summary; ``postings.get`` returns the full object,
    with ``job_ad``, ``apply_url``, ``posting_url``, ``referral_url`` and ``active``.
    """

    id: str
    uuid: str | None = None
    name: str | None = None
    # jobAdId and defaultJobAd are not in the 2017 schema: the Posting API's object page
    # (developers.smartrecruiters.com/docs/objects) lists both; the swagger example has jobAdId.
    job_ad_id: str | None = None
    default_job_ad: bool | None = None
    ref_number: str | None = None
    ref: str | None = None
    company: PostingCompany | None = None
    # The 2017 schema says releaseDate; the examples and the object page say releasedDate.
    released_date: dt.datetime | None = None
    location: Location | None = None
    industry: IdLabel | None = None
    department: Department | None = None
    function: IdLabel | None = None
    type_of_employment: IdLabel | None = None
    experience_level: PostingExperienceLevel | None = None
    custom_field: list[PostingCustomField] = attrs.field(factory=list)
    creator: PostingCreator | None = None
    # From here on, not in the 2017 schema: the swagger examples (postings/list.json,
    # postings/retrieve_posting.json) send language, the full posting the rest.
    language: PostingLanguage | None = None
    apply_url: str | None = None
    posting_url: str | None = None
    referral_url: str | None = None
    job_ad: JobAd | None = None
    active: bool | None = None
    extra_fields: ExtraFields = extra_fields()
