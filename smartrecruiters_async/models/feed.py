"""Feed API models (remaining-apis.md §11): job-board partners read postings and set status.

The API serialises numbers as strings; fields typed ``str`` here keep that form.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from ._base import ExtraFields, extra_fields, model
from .common import IdLabel, Location

__all__ = [
    "FeedCompany",
    "FeedCreator",
    "FeedJobAd",
    "FeedPosting",
    "FeedStatus",
    "FeedStatusUpdate",
]


class FeedStatus(enum.Enum):
    """A posting's place in the board's lifecycle: SmartRecruiters sets ``Pending`` and
    ``toUnpost`` (expired or removed), the board the rest."""

    PENDING = "Pending"
    UNDER_POSTING = "UnderPosting"
    ACTIVE = "Active"
    TO_UNPOST = "toUnpost"
    INACTIVE = "Inactive"
    ERROR = "Error"


@model
class FeedCompany:
    """The hiring company."""

    id: str | None = None
    name: str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class FeedCreator:
    """Who created the job."""

    first_name: str | None = None
    last_name: str | None = None
    email: str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class FeedJobAd:
    """The ad's sections; their form (text or ``{title, text}``) is not published, so each is
    kept as sent."""

    company_description: Any = None
    job_description: Any = None
    qualifications: Any = None
    additional_information: Any = None
    extra_fields: ExtraFields = extra_fields()


@model
class FeedPosting:
    """One posting of the feed (``jobs[]`` of ``GET /feed/publications``). ``compensation``
    and ``type_of_employment`` have no published form and are kept as sent."""

    id: str
    uuid: str | None = None
    name: str | None = None
    ref_number: str | None = None
    status: FeedStatus | str | None = None
    job_ad_url: str | None = None
    apply_url: str | None = None
    posted_date: dt.datetime | None = None
    location: Location | None = None
    company: FeedCompany | None = None
    creator: FeedCreator | None = None
    compensation: Any = None
    industry: IdLabel | None = None
    function: IdLabel | None = None
    experience_level: IdLabel | None = None
    type_of_employment: Any = None
    job_ad: FeedJobAd | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class FeedStatusUpdate:
    """The body of ``PUT /feed/publications/{id}``: the board's new status, with ``live_url``
    once ``ACTIVE`` and a ``comment`` saying what went wrong with ``ERROR``."""

    status: FeedStatus
    live_url: str | None = None
    comment: str | None = None
