"""Reviews API models: a reviewer's rating of and comment on a candidate for a job.

Field names are those of the official examples (reviews/*.json); the schema files hold no
review model. The scale is not published: the product rates 1 to 5 stars and the examples
send 0, so ratings from 0 to 5 are accepted.
"""

from __future__ import annotations

import datetime as dt

from ._base import ExtraFields, extra_fields, model

__all__ = ["Review", "ReviewInput", "ReviewUpdate"]


@model
class Review:
    """A review (reviews/retrieve.json): ``reviews.get``, the items of ``reviews.list``, the
    answer to ``reviews.create``."""

    id: str
    candidate_id: str | None = None
    job_id: str | None = None
    reviewer_id: str | None = None
    overall_rating: int | None = None
    comment: str | None = None
    created_on: dt.datetime | None = None
    updated_on: dt.datetime | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class ReviewInput:
    """The body of ``reviews.create``: who reviews which candidate for which job, and how."""

    candidate_id: str
    job_id: str
    reviewer_id: str
    overall_rating: int
    comment: str | None = None
    created_on: dt.datetime | None = None


@model
class ReviewUpdate:
    """The body of ``reviews.update`` (a plain object, not a JSON Patch): the reviewer and what
    changes."""

    reviewer_id: str
    overall_rating: int | None = None
    comment: str | None = None
