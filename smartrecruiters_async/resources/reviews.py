"""Reviews API: ``reviews.json`` (reviewers' ratings of candidates for jobs)."""

from __future__ import annotations

import builtins

from .._protocol.json_value import JsonValue
from .._protocol.routes import check_path_value
from .._protocol.routes import reviews as routes
from ..models.reviews import Review, ReviewInput, ReviewUpdate
from ._resource import Resource
from ._values import instance_of

__all__ = ["Reviews"]

_MAX_RATING = 5


def _rating(rating: object) -> None:
    if rating is None:
        return
    if isinstance(rating, bool) or not isinstance(rating, int):
        raise TypeError(f"overall_rating must be an int, not {type(rating).__name__}")
    if not 0 <= rating <= _MAX_RATING:
        raise ValueError(f"overall_rating must be between 0 and {_MAX_RATING}, got {rating}")


class Reviews(Resource):
    """``client.reviews``: reviews of a candidate for a job, and a job's scorecard criteria."""

    async def list(self, candidate_id: str, job_id: str) -> builtins.list[Review]:
        """Every review of a candidate for a job: ``GET /reviews-api/v201910/reviews``.

        The API answers all of them at once (no paging). Returns a list of ``Review``. Raises
        ``ValueError``/``TypeError`` for an empty id before any request.
        """
        check_path_value("candidate_id", candidate_id)
        check_path_value("job_id", job_id)
        query = {"candidate_id": candidate_id, "job_id": job_id}
        return await self._client._call(routes.LIST, query=query)

    async def create(self, review: ReviewInput) -> Review:
        """Review a candidate for a job: ``POST /reviews-api/v201910/reviews``.

        Not retried after an ambiguous failure (it would review twice). Returns the new
        ``Review``. Raises ``TypeError``/``ValueError`` for a body that is not a
        ``ReviewInput``, an empty id or a rating outside 0–5 (before any request),
        ``BadRequestError`` for one the API refuses.
        """
        instance_of(review, ReviewInput, "review")
        for name in ("candidate_id", "job_id", "reviewer_id"):
            check_path_value(f"review.{name}", getattr(review, name))
        _rating(review.overall_rating)
        return await self._client._call(routes.CREATE, body=review)

    async def get(self, review_id: str) -> Review:
        """One review: ``GET /reviews-api/v201910/reviews/{reviewId}``.

        Returns the ``Review``. Raises ``NotFoundError`` for an unknown review.
        """
        return await self._client._call(routes.GET, path={"review_id": review_id})

    async def update(self, review_id: str, update: ReviewUpdate) -> None:
        """Change a review's rating or comment: ``PATCH /reviews-api/v201910/reviews/{reviewId}``.

        Returns nothing: the answer is not published (the official example is an empty
        object), ``get`` the review to see it. Raises ``TypeError``/``ValueError`` for a body
        that is not a ``ReviewUpdate``, no change or a rating outside 0–5 (before any request),
        ``NotFoundError`` for an unknown review.
        """
        check_path_value("review_id", review_id)
        instance_of(update, ReviewUpdate, "update")
        check_path_value("update.reviewer_id", update.reviewer_id)
        if update.overall_rating is None and update.comment is None:
            raise ValueError("update changes nothing: give overall_rating or comment")
        _rating(update.overall_rating)
        await self._client._call(routes.UPDATE, path={"review_id": review_id}, body=update)

    async def delete(self, review_id: str, *, reviewer_id: str) -> None:
        """Delete a review: ``DELETE /reviews-api/v201910/reviews/{reviewId}?reviewerId=``.

        Returns nothing. Raises ``ValueError``/``TypeError`` for an empty id before any
        request, ``NotFoundError`` for an unknown review.
        """
        check_path_value("reviewer_id", reviewer_id)
        await self._client._call(
            routes.DELETE, path={"review_id": review_id}, query={"reviewer_id": reviewer_id}
        )

    async def criteria(self, job_id: str) -> JsonValue:
        """The scorecard criteria of a job: ``GET /reviews-api/v201910/jobs/{jobId}/criteria``.

        Returns the decoded JSON as sent: its shape is not published. Raises ``NotFoundError``
        for an unknown job.
        """
        return await self._client._call(routes.CRITERIA, path={"job_id": job_id})
