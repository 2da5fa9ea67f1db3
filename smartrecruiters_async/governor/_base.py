"""The governor interface every backend implements (local now, Redis in its own module)."""

from __future__ import annotations

import abc
import contextlib
import enum
from collections.abc import AsyncIterator, Mapping
from typing import TYPE_CHECKING

import attrs

from .._retry import RetryBudget
from .policies import Policies

if TYPE_CHECKING:
    from .._protocol.decode import RateLimitInfo
    from .._protocol.routes import Route

__all__ = ["Governor", "GovernorStats", "Lease", "Priority"]


class Priority(enum.IntEnum):
    """Which queue a request waits in. Interactive requests overtake queued bulk work."""

    INTERACTIVE = 0
    BULK = 1


@attrs.frozen(kw_only=True)
class GovernorStats:
    """A snapshot of a governor's counters and state, for logs, the CLI and benchmarks.

    ``waited`` counts grants that could not be made at once; ``wait_seconds`` sums their waits.
    ``in_flight`` and ``queued`` are the current state; ``paused_for`` the seconds left of a
    server-imposed pause (429 ``Retry-After``).
    """

    granted: int = 0
    waited: int = 0
    wait_seconds: float = 0.0
    rate_limited: int = 0
    bytes_charged: int = 0
    max_in_flight: int = 0
    in_flight: Mapping[str, int] = attrs.field(factory=dict)
    queued: Mapping[str, int] = attrs.field(factory=dict)
    paused_for: float = 0.0

    @property
    def idle(self) -> bool:
        """Nothing in flight and nobody waiting: every permit is back."""
        return not any(self.in_flight.values()) and not any(self.queued.values())


_NOTICEABLE_WAIT = 0.001
"""Seconds from enqueue to grant below which a grant counts as made at once."""


@attrs.define
class Counters:
    """The running totals behind ``GovernorStats`` (same names), kept alike by every backend."""

    granted: int = 0
    waited: int = 0
    wait_seconds: float = 0.0
    rate_limited: int = 0
    bytes_charged: int = 0
    max_in_flight: int = 0

    def count_grant(self, waited: float, in_flight: int) -> None:
        """One grant after ``waited`` seconds in the queue, with ``in_flight`` then in flight."""
        self.granted += 1
        if waited > _NOTICEABLE_WAIT:
            self.waited += 1
            self.wait_seconds += waited
        self.max_in_flight = max(self.max_in_flight, in_flight)

    def stats(
        self, *, in_flight: Mapping[str, int], queued: Mapping[str, int], paused_for: float
    ) -> GovernorStats:
        """These totals with the backend's current state, as a ``GovernorStats``."""
        return GovernorStats(
            **attrs.asdict(self), in_flight=in_flight, queued=queued, paused_for=paused_for
        )


class Lease(abc.ABC):
    """The permits of one granted request. Release exactly once, on every exit path.

    ``route`` is what was granted; ``granted_at`` the governor clock's reading at the grant.
    """

    route: Route
    granted_at: float

    @abc.abstractmethod
    def mark_sent(self) -> None:
        """The request is leaving now. If that is later than the grant (a busy event loop, a
        connection being opened), pacing is re-based on this moment so the requests after it
        keep their spacing."""

    @abc.abstractmethod
    def charge(self, nbytes: int) -> None:
        """Count ``nbytes`` response bytes read against the route's byte budget, if it has one."""

    @abc.abstractmethod
    def feedback(self, *, status: int, rate_limit: RateLimitInfo) -> None:
        """Correct the governor from this request's response.

        A 429 pauses the whole credential until ``Retry-After``; ``X-RateLimit-*`` headers lower
        limits the server reports as smaller than configured and reveal slots used by others.
        """

    @abc.abstractmethod
    async def release(self) -> None:
        """Return the concurrency slots. Idempotent."""


class Governor(abc.ABC):
    """Paces every request of one credential so the server's throttling is never tripped.

    One governor serves every client and task using that credential (DESIGN 5). The acquisition
    order is fixed: a request is granted its concurrency slots and rate permits together, at the
    moment all are available, then sent at once; it holds nothing while it waits.
    """

    policies: Policies

    @abc.abstractmethod
    async def acquire(
        self,
        route: Route,
        *,
        priority: Priority = Priority.INTERACTIVE,
        timeout: float | None = None,
    ) -> Lease:
        """Wait for ``route``'s permits; raises ``GovernorTimeoutError`` after ``timeout`` s."""

    @abc.abstractmethod
    def stats(self) -> GovernorStats:
        """Counters and current state."""

    @abc.abstractmethod
    async def wait_idle(self) -> None:
        """Return once nothing is in flight or queued (for graceful shutdown and tests)."""

    @property
    def retry_budget(self) -> RetryBudget:
        """The retry budget of everything this governor paces: every client of the credential
        spends from one budget, so an outage does not multiply traffic by the client count."""
        budget: RetryBudget | None = self.__dict__.get("_retry_budget")
        if budget is None:
            budget = self.__dict__.setdefault("_retry_budget", RetryBudget())
        return budget

    def bind(self, credential_key: str) -> Governor:
        """The governor to use for ``credential_key`` (a hash, never the secret).

        A client calls this once with its credential. An in-process governor given explicitly
        serves whoever holds it and returns itself; a shared backend (Redis) returns a view
        whose keys are namespaced by the credential, so separate credentials get separate budgets.
        """
        return self

    async def aclose(self) -> None:  # noqa: B027 - optional hook, local governors hold nothing
        """Release backend resources (connections); the local governor has none."""

    @contextlib.asynccontextmanager
    async def slot(
        self,
        route: Route,
        *,
        priority: Priority = Priority.INTERACTIVE,
        timeout: float | None = None,
    ) -> AsyncIterator[Lease]:
        """``async with governor.slot(route) as lease:`` acquire, and release on every exit path."""
        lease = await self.acquire(route, priority=priority, timeout=timeout)
        try:
            yield lease
        finally:
            await lease.release()
