import random

import pytest

from smartrecruiters_async._retry import Outcome, RetryBudget, backoff, should_retry


def decide(outcome: Outcome, *, idempotent: bool, retries: int = 0, rate_limited: int = 0) -> bool:
    return should_retry(
        outcome,
        idempotent=idempotent,
        retries=retries,
        rate_limited_retries=rate_limited,
        max_retries=3,
        max_rate_limited_retries=5,
    )


@pytest.mark.parametrize("idempotent", [True, False])
def test_429_and_unsent_requests_are_always_retried(idempotent: bool) -> None:
    assert decide(Outcome.RATE_LIMITED, idempotent=idempotent)
    assert decide(Outcome.NOT_SENT, idempotent=idempotent)
    assert not decide(Outcome.RATE_LIMITED, idempotent=idempotent, rate_limited=5)


@pytest.mark.parametrize("outcome", [Outcome.SERVER_ERROR, Outcome.CONNECTION, Outcome.TIMEOUT])
def test_ambiguous_failures_only_on_idempotent_routes(outcome: Outcome) -> None:
    assert decide(outcome, idempotent=True)
    assert not decide(outcome, idempotent=False)
    assert not decide(outcome, idempotent=True, retries=3)


def test_client_errors_are_never_retried() -> None:
    assert not decide(Outcome.CLIENT_ERROR, idempotent=True)


def test_backoff_grows_with_jitter_and_honours_retry_after() -> None:
    rng = random.Random(1)
    delays = [backoff(n, rng=rng) for n in range(6)]
    for n, delay in enumerate(delays):
        ceiling = min(30.0, 0.5 * 2**n)
        assert ceiling / 2 <= delay <= ceiling
    assert backoff(0, retry_after=7.0) == 7.0


def test_retry_budget_caps_retries_during_an_outage() -> None:
    budget = RetryBudget(capacity=3, ratio=0.5)
    assert [budget.spend() for _ in range(4)] == [True, True, True, False]
    budget.earn()
    budget.earn()
    assert budget.spend()
