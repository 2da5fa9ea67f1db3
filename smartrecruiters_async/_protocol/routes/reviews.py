"""Reviews API: ``reviews.json`` (prefix ``/reviews-api/v201910``, 6 operations).

Reviews are listed per candidate and job as one bare array (no paging); the criteria of a job
have no published shape and come back as raw JSON.
"""

from __future__ import annotations

from ...models import reviews as m
from ..json_value import AsSent
from ._route import RouteGroup, param

_GROUP = RouteGroup("reviews", spec="reviews.json")
_PREFIX = "/reviews-api/v201910"
_REVIEW = f"{_PREFIX}/reviews/{{review_id}}"

CRITERIA = _GROUP.route(
    "GET", "scorecards.criteria.getByJobId", f"{_PREFIX}/jobs/{{job_id}}/criteria", returns=AsSent
)
LIST = _GROUP.route(
    "GET",
    "reviews.getList",
    f"{_PREFIX}/reviews",
    returns=list[m.Review],
    query=(param("candidate_id", required=True), param("job_id", required=True)),
)
CREATE = _GROUP.route(
    "POST", "reviews.create", f"{_PREFIX}/reviews", returns=m.Review, body=m.ReviewInput
)
GET = _GROUP.route("GET", "reviews.get", _REVIEW, returns=m.Review)
# The answer's status and body are not published (the official example is ``{}``).
UPDATE = _GROUP.route("PATCH", "reviews.update", _REVIEW, body=m.ReviewUpdate)
DELETE = _GROUP.route(
    "DELETE", "reviews.delete", _REVIEW, query=(param("reviewer_id", required=True),)
)

ROUTES = _GROUP.routes
