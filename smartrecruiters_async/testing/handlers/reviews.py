"""Fake-server handlers of the Reviews API, in the official examples' form (reviews/*.json).

Reviews are listed per candidate and job as one bare array; a reviewer must be a user of the
company; ratings run 0 to 5 (the examples send 0, the product shows 1 to 5 stars), comments
at most 20,000 characters as in the product; an update answers ``{}`` as the example does. A
job's criteria have no published shape: ``[]`` for a known job. The fake starts with
``SEEDED_REVIEWS`` reviews of the first seeded candidate for ``SEEDED_JOB``.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from aiohttp import web

from ..._protocol.routes import reviews as routes
from ..data import now
from ..replies import Handler, Reply
from ..state import ServerData
from . import params
from .checks import Checker, found, json_object, refusals_as_replies
from .job_lookup import find_job
from .users import users_state

__all__ = ["HANDLERS", "SEEDED_JOB", "SEEDED_REVIEWS", "reviews_state"]

Json = dict[str, Any]
SEEDED_REVIEWS, SEEDED_JOB = 3, "job-1"


def _build(data: ServerData) -> dict[str, Json]:
    reviewers = list(users_state(data).users)
    candidate = data.candidates[0]["id"] if data.candidates else "candidate-1"
    reviews = [
        {"id": str(uuid.UUID(int=i + 1, version=4)), "candidateId": candidate, "jobId": SEEDED_JOB}
        | {"reviewerId": reviewers[i], "overallRating": i + 3, "comment": f"Review {i + 1}"}
        | {"createdOn": now(), "updatedOn": now()}
        for i in range(SEEDED_REVIEWS)
    ]
    return {r["id"]: r for r in reviews}


def reviews_state(data: ServerData) -> dict[str, Json]:
    """The reviews of one fake server by id (built on first use)."""
    return data.store("reviews", _build)


async def _checked(request: web.Request, data: ServerData, *required: str) -> Json:
    checker = Checker(await json_object(request)).required("reviewerId", *required)
    rating, reviewer = checker.get("overallRating"), checker.get("reviewerId")
    if rating is not None and (isinstance(rating, bool) or rating not in range(6)):
        checker.fail("INVALID_VALUE", "overallRating must be an integer from 0 to 5")
    if len(str(checker.kind("comment", str, "a string").get("comment") or "")) > 20_000:
        checker.fail("INVALID_VALUE", "comment must be at most 20000 characters")
    if reviewer is not None and reviewer not in users_state(data).users:
        checker.fail("INVALID_VALUE", "reviewerId must be a user of the company")
    return checker.done()


def _review(request: web.Request, data: ServerData) -> Json:
    return found(reviews_state(data), request.match_info["review_id"], "Review")


@refusals_as_replies()
async def criteria(request: web.Request, data: ServerData) -> Reply:
    """``GET /jobs/{jobId}/criteria``: ``[]`` for a known job."""
    find_job(request, data)
    return Reply.json([])


@refusals_as_replies()
async def list_reviews(request: web.Request, data: ServerData) -> Reply:
    """``GET /reviews?candidateId=&jobId=``: every review of the pair, as a bare array."""
    query = params.declared(request.query, routes.LIST)
    pair = (query["candidate_id"], query["job_id"])
    return Reply.json(
        [r for r in reviews_state(data).values() if (r["candidateId"], r["jobId"]) == pair]
    )


@refusals_as_replies()
async def create(request: web.Request, data: ServerData) -> Reply:
    """``POST /reviews``: validate and store; 201 with the review."""
    body = await _checked(request, data, "candidateId", "jobId", "overallRating")
    review = {"id": str(uuid.uuid4()), "createdOn": now(), **body, "updatedOn": now()}
    reviews_state(data)[review["id"]] = review
    return Reply.json(review, status=201)


@refusals_as_replies()
async def get(request: web.Request, data: ServerData) -> Reply:
    """``GET /reviews/{reviewId}``."""
    return Reply.json(_review(request, data))


@refusals_as_replies()
async def update(request: web.Request, data: ServerData) -> Reply:
    """``PATCH /reviews/{reviewId}``: ``overallRating``, ``comment``, ``reviewerId``; ``{}``."""
    review, body = _review(request, data), await _checked(request, data)
    review.update(
        {k: v for k, v in body.items() if k in ("overallRating", "comment", "reviewerId")}
    )
    review["updatedOn"] = now()
    return Reply.json({})


@refusals_as_replies()
async def delete(request: web.Request, data: ServerData) -> Reply:
    """``DELETE /reviews/{reviewId}?reviewerId=``: 204."""
    params.declared(request.query, routes.DELETE)
    del reviews_state(data)[_review(request, data)["id"]]
    return Reply.empty()


HANDLERS: Mapping[str, Handler] = {
    "scorecards.criteria.getByJobId": criteria,
    "reviews.getList": list_reviews,
    "reviews.create": create,
    "reviews.get": get,
    "reviews.update": update,
    "reviews.delete": delete,
}
