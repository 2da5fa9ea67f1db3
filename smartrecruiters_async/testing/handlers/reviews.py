"""Fake-server handlers of the Reviews API: reviews of candidates for jobs.

Reviews take the official examples' form (reviews/*.json) and are listed per candidate and job
as one bare array. A reviewer must be a user of the company; ratings run 0 to 5 (the examples
send 0, the product shows 1 to 5 stars); comments hold at most 20,000 characters, as in the
product. An update answers ``{}`` as the official example does. The criteria of a job have no
published shape: the fake answers an empty list for every known job (404 for others). The fake
starts with ``SEEDED_REVIEWS`` reviews of the first seeded candidate for ``SEEDED_JOB``.
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

SEEDED_REVIEWS = 3
SEEDED_JOB = "job-1"
_MAX_COMMENT = 20_000
_RATINGS = range(6)


def _build(data: ServerData) -> dict[str, Json]:
    reviewers = list(users_state(data).users)
    candidate_id = data.candidates[0]["id"] if data.candidates else "candidate-1"
    reviews = {}
    for index in range(SEEDED_REVIEWS):
        review_id = str(uuid.UUID(int=index + 1, version=4))
        reviews[review_id] = {
            "id": review_id,
            "candidateId": candidate_id,
            "jobId": SEEDED_JOB,
            "reviewerId": reviewers[index],
            "overallRating": index + 3,
            "comment": f"Review {index + 1}",
            "createdOn": now(),
            "updatedOn": now(),
        }
    return reviews


def reviews_state(data: ServerData) -> dict[str, Json]:
    """The reviews of one fake server by id (built on first use)."""
    return data.store("reviews", _build)


def _checked(checker: Checker, data: ServerData) -> Json:
    rating, reviewer = checker.get("overallRating"), checker.get("reviewerId")
    if rating is not None and (isinstance(rating, bool) or rating not in _RATINGS):
        checker.fail("INVALID_VALUE", "overallRating must be an integer from 0 to 5")
    checker.kind("comment", str, "a string")
    if len(str(checker.get("comment") or "")) > _MAX_COMMENT:
        checker.fail("INVALID_VALUE", f"comment must be at most {_MAX_COMMENT} characters")
    if reviewer is not None and reviewer not in users_state(data).users:
        checker.fail("INVALID_VALUE", "reviewerId must be a user of the company")
    return checker.done()


def _review(request: web.Request, data: ServerData) -> Json:
    return found(reviews_state(data), request.match_info["review_id"], "Review")


@refusals_as_replies()
async def criteria(request: web.Request, data: ServerData) -> Reply:
    """``GET /jobs/{jobId}/criteria``: ``[]`` for a known job (the shape is not published)."""
    find_job(request, data)
    return Reply.json([])


@refusals_as_replies()
async def list_reviews(request: web.Request, data: ServerData) -> Reply:
    """``GET /reviews?candidateId=&jobId=``: every review of the pair, as a bare array."""
    query = params.declared(request.query, routes.LIST)
    pair = (query["candidate_id"], query["job_id"])
    found_ = [r for r in reviews_state(data).values() if (r["candidateId"], r["jobId"]) == pair]
    return Reply.json(found_)


@refusals_as_replies()
async def create(request: web.Request, data: ServerData) -> Reply:
    """``POST /reviews``: validate and store; 201 with the review."""
    checker = Checker(await json_object(request))
    checker.required("candidateId", "jobId", "reviewerId", "overallRating")
    body = _checked(checker, data)
    review = {
        "id": str(uuid.uuid4()),
        **body,
        "createdOn": body.get("createdOn") or now(),
        "updatedOn": now(),
    }
    reviews_state(data)[review["id"]] = review
    return Reply.json(review, status=201)


@refusals_as_replies()
async def get(request: web.Request, data: ServerData) -> Reply:
    """``GET /reviews/{reviewId}``."""
    return Reply.json(_review(request, data))


@refusals_as_replies()
async def update(request: web.Request, data: ServerData) -> Reply:
    """``PATCH /reviews/{reviewId}``: a plain object of ``overallRating``, ``comment`` and the
    ``reviewerId``; 200 with ``{}``."""
    review = _review(request, data)
    body = _checked(Checker(await json_object(request)).required("reviewerId"), data)
    changes: Json = {k: body[k] for k in ("overallRating", "comment") if k in body}
    review.update(changes, reviewerId=body["reviewerId"], updatedOn=now())
    return Reply.json({})


@refusals_as_replies()
async def delete(request: web.Request, data: ServerData) -> Reply:
    """``DELETE /reviews/{reviewId}?reviewerId=``: 204."""
    params.declared(request.query, routes.DELETE)
    review = _review(request, data)
    del reviews_state(data)[review["id"]]
    return Reply.empty()


HANDLERS: Mapping[str, Handler] = {
    "scorecards.criteria.getByJobId": criteria,
    "reviews.getList": list_reviews,
    "reviews.create": create,
    "reviews.get": get,
    "reviews.update": update,
    "reviews.delete": delete,
}
