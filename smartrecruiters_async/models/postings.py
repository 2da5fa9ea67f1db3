"""Posting API models (public career-site data)."""

from __future__ import annotations

import datetime as dt
import enum

import attrs

from ._base import ExtraFields, extra_fields, model
from .common import IdLabel, Location

__all__ = [
    "Department",
    "Departments",
    "JobAd",
    "JobAdSection",
    "Posting",
    "PostingCompany",
    "PostingCreator",
    "PostingCustomField",
    "PostingLanguage",
    "Visibility",
]


class Visibility(enum.Enum):
    """Who may see a posting."""

    PUBLIC = "PUBLIC"
    INTERNAL = "INTERNAL"
    PRIVATE = "PRIVATE"


@model
class PostingCompany:
    """The company a posting belongs to."""

    identifier: str | None = None
    name: str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class PostingCreator:
    """Who created the job."""

    name: str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class PostingLanguage:
    """The language of a job ad."""

    code: str | None = None
    label: str | None = None
    label_native: str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class PostingCustomField:
    """One custom field value of a posting."""

    field_id: str | None = None
    field_label: str | None = None
    value_id: str | None = None
    value_label: str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class JobAdSection:
    """A titled block of job-ad text (HTML)."""

    title: str | None = None
    text: str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class JobAd:
    """The text of a job ad, by section; only the full posting (``get``) carries it."""

    sections: dict[str, JobAdSection] | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class Posting:
    """A published job ad as the Posting API shows it.

    List results carry a summary (no ``job_ad``, ``apply_url``); ``postings.get`` returns the
    full object.
    """

    id: str
    name: str | None = None
    uuid: str | None = None
    job_ad_id: str | None = None
    default_job_ad: bool | None = None
    ref_number: str | None = None
    ref: str | None = None
    company: PostingCompany | None = None
    released_date: dt.datetime | None = None
    location: Location | None = None
    industry: IdLabel | None = None
    department: IdLabel | None = None
    function: IdLabel | None = None
    type_of_employment: IdLabel | None = None
    experience_level: IdLabel | None = None
    custom_field: list[PostingCustomField] | None = None
    creator: PostingCreator | None = None
    language: PostingLanguage | None = None
    visibility: Visibility | str | None = None
    apply_url: str | None = None
    posting_url: str | None = None
    referral_url: str | None = None
    job_ad: JobAd | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class Department:
    """A department of a company's career site."""

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
