"""Retry decisions as pure functions of (outcome, attempt, route) (DESIGN 8)."""

from __future__ import annotations

import enum
import random

import attrs

from ._errors import APIConnectionError, APITimeoutError

__all__ = ["Outcome", "RetryBudget", "backoff", "outcome_of", "should_retry"]

_RNG = random.Random()


class Outcome(enum.Enum):
    """What happened to one attempt."""

    OK = "ok"
    RATE_LIMITED = "rate_limited"  # 429: the server did not act on the request
    SERVER_ERROR = "server_error"  # 5xx: it may have acted
    NOT_SENT = "not_sent"  # could not connect: the request never left
    CONNECTION = "connection"  # cut mid-way: it may have acted
    TIMEOUT = "timeout"  # no answer in time: it may have acted
    UNDECODABLE = "undecodable"  # 2xx whose body is not the JSON sent: a gateway page, a cut body
    CLIENT_ERROR = "client_error"  # other 4xx: retrying cannot help


def outcome_of(status: int | None, failure: APIConnectionError | None) -> Outcome:
    """The ``Outcome`` of an attempt answered ``status`` (``None``: none, see ``failure``)."""
    if status is None:
        if isinstance(failure, APITimeoutError):
            return Outcome.TIMEOUT
        return Outcome.CONNECTION if failure is None or failure.request_sent else Outcome.NOT_SENT
    if status == 429:
        return Outcome.RATE_LIMITED
    if status >= 500:
        return Outcome.SERVER_ERROR
    if status < 400:
        return Outcome.OK
    return Outcome.CLIENT_ERROR


_SAFE_FOR_ANY_ROUTE = frozenset({Outcome.RATE_LIMITED, Outcome.NOT_SENT})
_SAFE_IF_IDEMPOTENT = frozenset(
    {Outcome.SERVER_ERROR, Outcome.CONNECTION, Outcome.TIMEOUT, Outcome.UNDECODABLE}
)


def should_retry(
    outcome: Outcome,
    *,
    idempotent: bool,
    retries: int,
    rate_limited_retries: int,
    max_retries: int,
    max_rate_limited_retries: int,
) -> bool:
    """Whether to send the request again.

    429s and connections that never opened are always safe to replay; 5xx, cuts, timeouts and
    2xx bodies that cannot be decoded only on idempotent routes, because the server may have
    acted on the first attempt.
    """
    if outcome is Outcome.RATE_LIMITED:
        return rate_limited_retries < max_rate_limited_retries
    if outcome in _SAFE_FOR_ANY_ROUTE or (idempotent and outcome in _SAFE_IF_IDEMPOTENT):
        return retries < max_retries
    return False


def backoff(
    retries: int,
    *,
    retry_after: float | None = None,
    base: float = 0.5,
    cap: float = 30.0,
    rng: random.Random | None = None,
) -> float:
    """Seconds to wait before retry number ``retries + 1``: the server's ``Retry-After`` if given,
    else exponential with equal jitter (half fixed, half random) so retries spread out."""
    if retry_after is not None:
        return min(retry_after, cap * 10)
    ceiling = min(cap, base * 2.0**retries)
    return ceiling / 2 + (rng or _RNG).uniform(0, ceiling / 2)


@attrs.define
class RetryBudget:
    """Caps retries at a fraction of traffic so an outage does not multiply load.

    Each retry spends one token; each first attempt earns ``ratio`` tokens, up to ``capacity``.
    """

    capacity: float = 10.0
    ratio: float = 0.2
    tokens: float = attrs.field(default=attrs.Factory(lambda self: self.capacity, takes_self=True))

    def earn(self) -> None:
        """Record a first attempt."""
        self.tokens = min(self.capacity, self.tokens + self.ratio)

    def spend(self) -> bool:
        """Take a token for a retry; False when the budget is exhausted."""
        if self.tokens < 1.0:
            return False
        self.tokens -= 1.0
        return True
