"""The throttling engine: classes from the route table, policies, a manual clock."""

from __future__ import annotations

import pytest

from smartrecruiters_async._protocol.routes import ROUTES
from smartrecruiters_async.governor.policies import Policies
from smartrecruiters_async.testing import Throttle


class ManualClock:
    """A clock that only moves when the test says so."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


LIST = ROUTES["v1.listPostings"]
PUBLISH = ROUTES["jobs.publication.create"]
CANDIDATES = ROUTES["candidates.all"]
ANALYTICS_JOBS = ROUTES["analytics.jobs"]
ANALYTICS_APPLICATIONS = ROUTES["analytics.applications"]


def test_accepted_arrival_reports_headers(clock: ManualClock) -> None:
    throttle = Throttle(clock=clock)
    admission = throttle.admit(LIST)
    assert admission.accepted
    assert admission.at == clock.now
    assert admission.headers() == {
        "X-RateLimit-Limit": "10",
        "X-RateLimit-Remaining": "9",
        "X-RateLimit-Concurrent-Limit": "8",
        "X-RateLimit-Concurrent-Remaining": "7",
    }


def test_usage_headers_count_what_is_in_flight_now(clock: ManualClock) -> None:
    throttle = Throttle(clock=clock)
    first = throttle.admit(LIST)
    others = [throttle.admit(LIST) for _ in range(2)]
    assert first.headers()["X-RateLimit-Concurrent-Remaining"] == "7"  # as of its arrival
    now = throttle.usage_headers(LIST)
    assert now["X-RateLimit-Concurrent-Remaining"] == "5"  # the two after it are in flight
    assert now["X-RateLimit-Remaining"] == "7"
    for admission in others:
        throttle.release(admission)
    clock.advance(1.1)  # the window has moved past every arrival
    later = throttle.usage_headers(LIST)
    assert later["X-RateLimit-Concurrent-Remaining"] == "7"
    assert later["X-RateLimit-Remaining"] == "10"
    assert "Retry-After" not in later


def test_eleventh_arrival_in_a_second_is_rejected(clock: ManualClock) -> None:
    throttle = Throttle(clock=clock)
    for _ in range(10):
        throttle.release(throttle.admit(LIST))
        clock.advance(0.05)
    rejected = throttle.admit(LIST)
    assert not rejected.accepted
    assert rejected.reason == "rate:default"
    assert rejected.retry_after == 1
    assert rejected.headers()["Retry-After"] == "1"
    assert rejected.headers()["X-RateLimit-Remaining"] == "0"
    assert throttle.in_flight == {"default": 0}


def test_publication_has_its_own_stricter_class(clock: ManualClock) -> None:
    throttle = Throttle(clock=clock)
    first = throttle.admit(PUBLISH)
    assert first.rate_limit == 2
    assert first.rate_remaining == 1
    throttle.admit(PUBLISH)
    third = throttle.admit(PUBLISH)
    assert third.reason == "rate:publication"
    assert throttle.admit(LIST).accepted  # the default class still has room


def test_concurrency_slots_are_held_until_released(clock: ManualClock) -> None:
    throttle = Throttle(clock=clock)
    held = []
    for _ in range(8):
        held.append(throttle.admit(LIST))
        clock.advance(0.2)
    assert throttle.in_flight == {"default": 8}
    ninth = throttle.admit(LIST)
    assert ninth.reason == "concurrency:default"
    assert ninth.concurrent_remaining == 0
    clock.advance(0.2)
    throttle.release(held[0])
    throttle.release(held[0])  # a second release frees nothing more
    assert throttle.in_flight == {"default": 7}
    assert throttle.admit(LIST).accepted


def test_candidate_list_allows_one_in_flight(clock: ManualClock) -> None:
    throttle = Throttle(clock=clock)
    first = throttle.admit(CANDIDATES)
    assert (first.concurrent_limit, first.concurrent_remaining) == (1, 0)
    assert throttle.admit(CANDIDATES).reason == "concurrency:candidates_list"
    assert throttle.admit(LIST).accepted
    throttle.release(first)
    assert throttle.admit(CANDIDATES).accepted


def test_byte_debt_blocks_the_endpoint_until_paid(clock: ManualClock) -> None:
    throttle = Throttle(clock=clock)
    admission = throttle.admit(ANALYTICS_JOBS)
    throttle.charge(ANALYTICS_JOBS, 150_000)
    throttle.charge(ANALYTICS_JOBS, 50_000)
    throttle.release(admission)
    assert throttle.debt("analytics.jobs") == 200_000
    refused = throttle.admit(ANALYTICS_JOBS)
    assert (refused.reason, refused.retry_after) == ("bytes:analytics", 2)
    # Each endpoint has its own budget.
    throttle.release(throttle.admit(ANALYTICS_APPLICATIONS))
    clock.advance(1.5)
    assert throttle.debt("analytics.jobs") == pytest.approx(50_000)
    assert throttle.admit(ANALYTICS_JOBS).retry_after == 1
    clock.advance(0.5)
    assert throttle.admit(ANALYTICS_JOBS).accepted


def test_charging_a_route_without_byte_class_is_free(clock: ManualClock) -> None:
    throttle = Throttle(clock=clock)
    throttle.charge(LIST, 10**9)
    assert throttle.debt("v1.listPostings") == 0.0


def test_policies_are_the_servers_numbers(clock: ManualClock) -> None:
    policies = Policies(
        rates={"default": 3, "publication": None},
        concurrency={"default": 2},
        byte_rates={"analytics": None},
    )
    throttle = Throttle(policies, algorithm="token_bucket", clock=clock)
    assert [throttle.admit(LIST).accepted for _ in range(2)] == [True, True]
    assert throttle.admit(LIST).reason == "concurrency:default"
    # The "publication" class is removed from these policies: only the default rate applies.
    assert throttle.admit(PUBLISH).reason == "concurrency:default"


@pytest.mark.parametrize("algorithm", ["sliding", "fixed", "token_bucket"])
def test_every_algorithm_enforces_the_limit(clock: ManualClock, algorithm: str) -> None:
    throttle = Throttle(algorithm=algorithm, clock=clock)  # type: ignore[arg-type]
    outcomes = []
    for _ in range(12):
        admission = throttle.admit(LIST)
        throttle.release(admission)
        outcomes.append(admission.accepted)
    assert outcomes == [True] * 10 + [False] * 2


def test_unknown_algorithm_fails_fast() -> None:
    with pytest.raises(ValueError, match="unknown rate algorithm"):
        Throttle(algorithm="leaky")  # type: ignore[arg-type]


def test_reset_forgets_everything(clock: ManualClock) -> None:
    throttle = Throttle(clock=clock)
    for _ in range(12):
        throttle.admit(LIST)
    throttle.charge(ANALYTICS_JOBS, 1000)
    throttle.reset()
    assert throttle.in_flight == {}
    assert throttle.debt("analytics.jobs") == 0.0
    assert throttle.admit(LIST).rate_remaining == 9


def test_an_explicit_arrival_time_is_booked_in_order(clock: ManualClock) -> None:
    throttle = Throttle(Policies(rates={"default": 1.0}), clock=clock)
    assert throttle.admit(LIST, at=99.0).at == 99.0
    clock.advance(0.5)
    # Earlier than the last booked arrival: it counts as arriving with it, inside its second.
    late = throttle.admit(LIST, at=98.0)
    assert late.at == 99.0
    assert not late.accepted
    clock.advance(1.0)
    assert throttle.admit(LIST).accepted
