"""Job Applications API models (``job-applications-api/v202112``)."""

from __future__ import annotations

import datetime as dt

from ._base import ExtraFields, extra_fields, model
from .candidates import CandidateStatus

__all__ = ["JobApplication"]


@model
class JobApplication:
    """One application of a candidate to a job: ``job_applications.get``.

    Schema ``JobApplication``: ``profile_id`` is the candidate's id, ``job_id`` the job's;
    the answer does not repeat the application's own id (the one asked for).
    ``source_identifier`` names where the application came from; ``status`` takes the values
    of ``CandidateStatus`` (schema ``JobApplicationStatus``).
    """

    profile_id: str | None = None
    job_id: str | None = None
    status: CandidateStatus | str | None = None
    sub_status: str | None = None
    source_identifier: str | None = None
    # The schema gives no type; a date-time like every other creation time of the API (a value
    # that is not one is kept as sent, with a SchemaDriftWarning).
    create_date: dt.datetime | None = None
    extra_fields: ExtraFields = extra_fields()
