"""The Reviews API against the fake server: a review's whole life, criteria, refusals."""

from collections.abc import Awaitable, Callable
from typing import Any

import pytest

import smartrecruiters_async as sr
from smartrecruiters_async.models import Review, ReviewInput, ReviewUpdate
from smartrecruiters_async.testing import FakeSmartRecruiters
from smartrecruiters_async.testing.handlers.job_lookup import jobs_state
from smartrecruiters_async.testing.handlers.reviews import SEEDED_JOB, SEEDED_REVIEWS
from smartrecruiters_async.testing.handlers.users import users_state

Call = Callable[[sr.SmartRecruiters], Awaitable[Any]]


def review(candidate_id: str = "c1", reviewer_id: str = "u1", rating: Any = 4) -> ReviewInput:
    return ReviewInput(
        candidate_id=candidate_id, job_id=SEEDED_JOB, reviewer_id=reviewer_id, overall_rating=rating
    )


async def test_create_list_get_update_delete(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters
) -> None:
    candidate_id, me = str(server.data.candidates[0]["id"]), users_state(server.data).me
    seeded = await client.reviews.list(candidate_id, SEEDED_JOB)
    assert len(seeded) == SEEDED_REVIEWS
    assert all(isinstance(r, Review) for r in seeded)
    created = await client.reviews.create(review(candidate_id, me))
    assert (created.overall_rating, created.reviewer_id, created.created_on is not None) == (
        4,
        me,
        True,
    )
    assert [r.id for r in await client.reviews.list(candidate_id, SEEDED_JOB)] == [
        *(r.id for r in seeded),
        created.id,
    ]
    await client.reviews.update(created.id, ReviewUpdate(reviewer_id=me, comment="Strong yes"))
    changed = await client.reviews.get(created.id)
    assert (changed.comment, changed.overall_rating) == ("Strong yes", 4)
    await client.reviews.delete(created.id, reviewer_id=me)
    with pytest.raises(sr.NotFoundError):
        await client.reviews.get(created.id)
    assert await client.reviews.list(candidate_id, "another-job") == []


async def test_criteria_of_a_job(client: sr.SmartRecruiters, server: FakeSmartRecruiters) -> None:
    assert await client.reviews.criteria(next(iter(jobs_state(server.data).jobs))) == []
    with pytest.raises(sr.NotFoundError):
        await client.reviews.criteria("no-such-job")


async def test_the_server_refuses_an_unknown_reviewer(client: sr.SmartRecruiters) -> None:
    with pytest.raises(sr.BadRequestError, match="reviewerId"):
        await client.reviews.create(review(reviewer_id="nobody"))


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda c: c.reviews.list("", "j"), ValueError),
        (lambda c: c.reviews.create({"candidateId": "c"}), TypeError),
        (lambda c: c.reviews.create(review(candidate_id=" ")), ValueError),
        (lambda c: c.reviews.create(review(rating=6)), ValueError),
        (lambda c: c.reviews.create(review(rating=True)), TypeError),
        (lambda c: c.reviews.update("r", ReviewUpdate(reviewer_id="u1")), ValueError),
        (
            lambda c: c.reviews.update("r", ReviewUpdate(reviewer_id="u1", overall_rating=-1)),
            ValueError,
        ),
        (lambda c: c.reviews.update("", ReviewUpdate(reviewer_id="u1", comment="x")), ValueError),
        (lambda c: c.reviews.delete("r", reviewer_id=""), ValueError),
        (lambda c: c.reviews.criteria(""), ValueError),
    ],
)
async def test_bad_input_is_refused_before_any_request(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters, call: Call, error: type
) -> None:
    with pytest.raises(error):
        await call(client)
    assert not server.requests
