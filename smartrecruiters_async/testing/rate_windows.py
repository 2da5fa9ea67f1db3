"""The three request-rate algorithms the fake server can enforce, as sans-I/O counters.

Each counter answers two questions about one rate class at a moment ``now`` (seconds on any
monotonic clock): may one more request arrive (``check``), and how many remain (``remaining``);
``record`` then books the arrival. The caller decides once for all classes of a route, then
records in every class, so a request rejected by one class is booked consistently in the others.
"""

from __future__ import annotations

import math
from collections import deque
from typing import Literal, Protocol

__all__ = [
    "Algorithm",
    "FixedWindow",
    "RateCounter",
    "SlidingWindow",
    "TokenBucket",
    "make_counter",
]

Algorithm = Literal["sliding", "fixed", "token_bucket"]

WINDOW = 1.0
"""Seconds of every rate window: the policies are all "per second"."""


class RateCounter(Protocol):
    """One rate class under one algorithm."""

    limit: float

    def check(self, now: float) -> float:
        """0.0 when one more arrival is allowed now, else seconds until it would be."""

    def record(self, now: float, *, accepted: bool) -> None:
        """Book one arrival that was ``accepted`` or rejected by the route as a whole."""

    def remaining(self, now: float) -> int:
        """Arrivals still allowed now."""


class SlidingWindow:
    """At most ``limit`` arrivals in any 1 s window; rejected arrivals count too.

    This is the strictest reading of "10 requests per second" (DESIGN 2): a client that keeps
    knocking while throttled keeps itself throttled.
    """

    def __init__(self, limit: float) -> None:
        self.limit = limit
        self._arrivals: deque[float] = deque()

    def _prune(self, now: float) -> None:
        while self._arrivals and now - self._arrivals[0] >= WINDOW:
            self._arrivals.popleft()

    def check(self, now: float) -> float:
        """0.0 when fewer than ``limit`` arrivals fall in ``(now - 1 s, now]``."""
        self._prune(now)
        excess = len(self._arrivals) - math.ceil(self.limit) + 1
        if excess <= 0:
            return 0.0
        # The window admits again once the oldest `excess` arrivals have left it.
        return self._arrivals[excess - 1] + WINDOW - now

    def record(self, now: float, *, accepted: bool) -> None:
        """Book the arrival whatever its outcome."""
        self._prune(now)
        self._arrivals.append(now)

    def remaining(self, now: float) -> int:
        """``limit`` minus the arrivals of the last second, never negative."""
        self._prune(now)
        return max(0, math.ceil(self.limit) - len(self._arrivals))


class FixedWindow:
    """At most ``limit`` arrivals per whole second of the clock; rejected arrivals count too."""

    def __init__(self, limit: float) -> None:
        self.limit = limit
        self._second = -math.inf
        self._count = 0

    def _roll(self, now: float) -> None:
        second = math.floor(now / WINDOW)
        if second != self._second:
            self._second = second
            self._count = 0

    def check(self, now: float) -> float:
        """0.0 while this second has room, else the time to the next second."""
        self._roll(now)
        if self._count < self.limit:
            return 0.0
        return (math.floor(now / WINDOW) + 1) * WINDOW - now

    def record(self, now: float, *, accepted: bool) -> None:
        """Book the arrival whatever its outcome."""
        self._roll(now)
        self._count += 1

    def remaining(self, now: float) -> int:
        """Arrivals left in the current second."""
        self._roll(now)
        return max(0, math.ceil(self.limit) - self._count)


class TokenBucket:
    """Capacity ``limit`` tokens, refilled at ``limit`` per second; one token per accepted arrival.

    A rejected arrival takes nothing: a bucket cannot go below empty.
    """

    def __init__(self, limit: float) -> None:
        self.limit = limit
        self._tokens = float(limit)
        self._updated: float | None = None

    def _refill(self, now: float) -> None:
        if self._updated is not None and now > self._updated:
            self._tokens = min(self.limit, self._tokens + (now - self._updated) * self.limit)
        if self._updated is None or now > self._updated:
            self._updated = now

    def check(self, now: float) -> float:
        """0.0 when a whole token is available, else the time until one is."""
        self._refill(now)
        if self._tokens >= 1.0:
            return 0.0
        return (1.0 - self._tokens) / self.limit

    def record(self, now: float, *, accepted: bool) -> None:
        """Take a token for an accepted arrival."""
        self._refill(now)
        if accepted:
            self._tokens = max(0.0, self._tokens - 1.0)

    def remaining(self, now: float) -> int:
        """Whole tokens in the bucket."""
        self._refill(now)
        return math.floor(self._tokens)


def make_counter(algorithm: Algorithm, limit: float) -> RateCounter:
    """A fresh counter of ``algorithm`` for a class allowing ``limit`` requests per second."""
    if algorithm == "sliding":
        return SlidingWindow(limit)
    if algorithm == "fixed":
        return FixedWindow(limit)
    if algorithm == "token_bucket":
        return TokenBucket(limit)
    raise ValueError(f"unknown rate algorithm {algorithm!r}")
