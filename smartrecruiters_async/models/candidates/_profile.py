"""A candidate's profile: who they are, where they are, what they did."""

from __future__ import annotations

import datetime as dt

import attrs

from .._base import ExtraFields, codec, extra_fields, model
from ..common import Action
from ._application import Assignment, SourceDetails
from ._consents import CandidateConsent

__all__ = [
    "Candidate",
    "CandidateDetails",
    "CandidateInput",
    "CandidateLocation",
    "CandidateWeb",
    "Education",
    "Experience",
    "ParsedResume",
    "PersonalDetails",
]


@model
class CandidateLocation:
    """Where a candidate lives (schema ``CandidateLocation``); ``lat``/``lng`` are numbers."""

    country: str | None = None
    country_code: str | None = None
    region: str | None = None
    region_code: str | None = None
    city: str | None = None
    lat: float | None = None
    lng: float | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class CandidateWeb:
    """A candidate's links and handles (schema ``WebProfile``: ``linkedin`` in lower case)."""

    skype: str | None = None
    linkedin: str | None = None
    facebook: str | None = None
    twitter: str | None = None
    website: str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class Education:
    """One school or degree (schema ``Education``).

    Dates are kept as the API sends them (e.g. ``"2015-09"``): the schema's ``When`` is text.
    """

    institution: str | None = None
    degree: str | None = None
    major: str | None = None
    current: bool | None = None
    location: str | None = None
    start_date: str | None = None
    end_date: str | None = None
    description: str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class Experience:
    """One job a candidate held (schema ``Experience``); dates are kept as the API sends them."""

    title: str | None = None
    company: str | None = None
    current: bool | None = None
    location: str | None = None
    start_date: str | None = None
    end_date: str | None = None
    description: str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class CandidateInput:
    """Request body of ``candidates.create`` / ``create_for_job``: a new candidate.

    Schema ``CandidateInput``; ``first_name``, ``last_name`` and ``email`` are required by the API.
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
    internal: bool | None = None


@model
class PersonalDetails:
    """Request body of ``candidates.update``: ``PATCH /candidates/{id}`` (``PersonalDetails``).

    The API replaces the candidate's personal details with these, so build it from what was
    read (``CandidateDetails.personal_details()``): ``extra_fields`` then carries every field
    the server sent that this SDK does not declare, and nothing is lost on the way back.
    """

    first_name: str | None = None
    last_name: str | None = None
    email: str | None = None
    phone_number: str | None = None
    location: CandidateLocation | None = None
    web: CandidateWeb | None = None
    extra_fields: ExtraFields = extra_fields()


# Keys of CandidateDetails the server computes; never part of the personal details written back.
_READ_ONLY = frozenset(
    {
        "id",
        "internal",
        "createdOn",
        "updatedOn",
        "tags",
        "averageRating",
        "education",
        "experience",
        "primaryAssignment",
        "secondaryAssignments",
        "actions",
    }
)


@model
class Candidate:
    """A candidate as ``candidates.list`` (``GET /candidates``) returns them.

    ``get`` returns the full ``CandidateDetails``. Schema ``Candidate``: ``id`` is required
    (and sent in every example); ``primary_assignment`` carries only ``job``, ``status`` and
    ``sub_status`` here, and each secondary assignment only its ``job``. ``actions`` are links
    by name (``details``, ``properties``), each ``{"url", "method"}``.
    """

    id: str
    internal: bool | None = None
    first_name: str | None = None
    last_name: str | None = None
    email: str | None = None
    location: CandidateLocation | None = None
    average_rating: float | None = None
    tags: list[str] = attrs.field(factory=list)
    consent: CandidateConsent | None = None
    created_on: dt.datetime | None = None
    updated_on: dt.datetime | None = None
    primary_assignment: Assignment | None = None
    secondary_assignments: list[Assignment] = attrs.field(factory=list)
    actions: dict[str, Action] | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class CandidateDetails:
    """One candidate in full: ``GET /candidates/{id}`` and the answer of every write.

    Schema ``CandidateDetails`` (which requires no field, so even ``id`` may be absent).
    ``primary_assignment`` is the application to the job the candidate was added for;
    ``secondary_assignments`` are the others. ``actions`` are links by name (``properties``,
    ``attachments``, ``consent``, ``consents``), each ``{"url", "method"}``.
    """

    id: str | None = None
    internal: bool | None = None
    first_name: str | None = None
    last_name: str | None = None
    email: str | None = None
    phone_number: str | None = None
    location: CandidateLocation | None = None
    web: CandidateWeb | None = None
    created_on: dt.datetime | None = None
    updated_on: dt.datetime | None = None
    tags: list[str] = attrs.field(factory=list)
    average_rating: float | None = None
    education: list[Education] = attrs.field(factory=list)
    experience: list[Experience] = attrs.field(factory=list)
    primary_assignment: Assignment | None = None
    secondary_assignments: list[Assignment] = attrs.field(factory=list)
    actions: dict[str, Action] | None = None
    extra_fields: ExtraFields = extra_fields()

    def personal_details(self) -> PersonalDetails:
        """The writable part of this candidate, undeclared fields included, for ``update``."""
        data = codec().unstructure(self)
        writable = {k: v for k, v in data.items() if k not in _READ_ONLY}
        return codec().structure(writable, PersonalDetails)


@model
class ParsedResume:
    """What ``candidates.parse_resume`` read from a CV; nothing is stored.

    No schema describes this answer (``POST /candidates/cv/parse`` is only in the operation
    list, api-catalogue 9.4: "parsed data"); the SDK reads it with the names the candidate
    models use, and keeps anything else in ``extra_fields``.
    """

    first_name: str | None = None
    last_name: str | None = None
    email: str | None = None
    phone_number: str | None = None
    location: CandidateLocation | None = None
    web: CandidateWeb | None = None
    education: list[Education] | None = None
    experience: list[Experience] | None = None
    extra_fields: ExtraFields = extra_fields()
