"""Job Applications API models (``job-applications-api/v202112``)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ._base import ExtraFields, extra_fields, model
from .candidates import CandidateStatus, SourceDetails

__all__ = ["JobApplication"]


@model
class JobApplication:
    """One application of a candidate to a job, by the application's own id."""

    id: str
    candidate_id: str | None = None
    job_id: str | None = None
    status: CandidateStatus | str | None = None
    sub_status: str | None = None
    source: SourceDetails | None = None
    created_on: dt.datetime | None = None
    actions: Any = None
    extra_fields: ExtraFields = extra_fields()
