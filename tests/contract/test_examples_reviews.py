"""The Reviews models against the official examples (reviews/*.json): each decodes with no
drift and no unmodelled key, round-trips losslessly, and comes out of the SDK method over HTTP.
The fake server's reviews decode the same way."""

from collections.abc import Awaitable, Callable
from typing import Any

import pytest

import smartrecruiters_async as sr
from smartrecruiters_async.models import Review, ReviewInput, ReviewUpdate
from smartrecruiters_async.testing.handlers.reviews import reviews_state
from smartrecruiters_async.testing.pytest_plugin import FakeServerFactory

from .example_check import assert_decodes, assert_round_trip, load_example, over_http

Call = Callable[[sr.SmartRecruiters], Awaitable[Any]]
NEW = ReviewInput(candidate_id="c1", job_id="j1", reviewer_id="u1", overall_rating=0)

EXAMPLES: list[tuple[str, Call, Callable[[Any], Any]]] = [
    (
        "reviews/retrieve.json",
        lambda c: c.reviews.get("r1"),
        lambda body: assert_decodes(body, Review),
    ),
    (
        "reviews/create.json",
        lambda c: c.reviews.create(NEW),
        lambda body: assert_decodes(body, Review),
    ),
    (
        "reviews/list.json",
        lambda c: c.reviews.list("c1", "j1"),
        lambda body: [assert_decodes(item, Review) for item in body],
    ),
    # Operations that answer no data: their example ({}) must not upset them.
    (
        "reviews/update.json",
        lambda c: c.reviews.update("r1", ReviewUpdate(reviewer_id="u1", comment="x")),
        lambda _: None,
    ),
    ("reviews/delete.json", lambda c: c.reviews.delete("r1", reviewer_id="u1"), lambda _: None),
]


@pytest.mark.parametrize(("example", "call", "decoded"), EXAMPLES, ids=[row[0] for row in EXAMPLES])
async def test_an_example_decodes_round_trips_and_comes_over_http(
    example: str, call: Call, decoded: Callable[[Any], Any]
) -> None:
    body = load_example(example)
    for item in body if isinstance(body, list) else [body] if body else []:
        assert_round_trip(item, Review)
    assert await over_http(body, call) == decoded(body)


async def test_the_fake_servers_reviews_decode_whole(
    fake_smartrecruiters_factory: FakeServerFactory,
) -> None:
    server = await fake_smartrecruiters_factory()
    for body in reviews_state(server.data).values():
        assert_decodes(body, Review)
