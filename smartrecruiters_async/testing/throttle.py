"""The fake server's throttling engine: rate, concurrency and byte policies, without I/O.

``Throttle.admit`` decides one arrival from its ``Route`` (the route table's classes) and the
``Policies`` the server enforces; the clock is injectable so every rule can be tested without
sleeping. Only the enforced numbers of ``Policies`` are read: ``arrival_jitter`` and
``send_slack`` are client-side pacing margins and mean nothing to a server.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Mapping

import attrs

from .._protocol.routes import Route
from ..governor.policies import Policies
from .byte_debt import ByteDebt
from .rate_windows import Algorithm, RateCounter, make_counter

__all__ = ["Admission", "Throttle"]

Clock = Callable[[], float]


@attrs.define(kw_only=True, eq=False)
class Admission:
    """The verdict on one arrival and, when accepted, the concurrency slots it holds.

    ``reason`` names the violated policy of a rejection: ``"rate:<class>"``,
    ``"concurrency:<class>"`` or ``"bytes:<class>"``. ``retry_after`` is whole seconds (at
    least 1) for a rejection, else ``None``. The ``rate_*`` and ``concurrent_*`` fields are the
    values of the ``X-RateLimit-*`` headers, for the most restrictive class of the route.
    ``at`` is the arrival time on the throttle's clock.
    """

    operation_id: str
    at: float
    accepted: bool
    reason: str | None = None
    retry_after: int | None = None
    rate_limit: int | None = None
    rate_remaining: int | None = None
    concurrent_limit: int | None = None
    concurrent_remaining: int | None = None
    held: tuple[str, ...] = ()
    released: bool = False

    def headers(self) -> dict[str, str]:
        """The ``X-RateLimit-*`` headers (and ``Retry-After`` on a rejection)."""
        headers: dict[str, str] = {}
        if self.rate_limit is not None and self.rate_remaining is not None:
            headers["X-RateLimit-Limit"] = str(self.rate_limit)
            headers["X-RateLimit-Remaining"] = str(self.rate_remaining)
        if self.concurrent_limit is not None and self.concurrent_remaining is not None:
            headers["X-RateLimit-Concurrent-Limit"] = str(self.concurrent_limit)
            headers["X-RateLimit-Concurrent-Remaining"] = str(self.concurrent_remaining)
        if self.retry_after is not None:
            headers["Retry-After"] = str(self.retry_after)
        return headers


def _whole_seconds(seconds: float) -> int:
    return max(1, math.ceil(seconds - 1e-9))


def _most_restrictive(pairs: list[tuple[int, int]]) -> tuple[int | None, int | None]:
    """The (limit, remaining) pair with the least remaining; ties go to the smaller limit."""
    if not pairs:
        return None, None
    limit, remaining = min(pairs, key=lambda pair: (pair[1], pair[0]))
    return limit, remaining


class Throttle:
    """Enforces ``policies`` on arrivals, for one API user (the fake server has one).

    Rate classes use ``algorithm`` (``"sliding"``, ``"fixed"`` or ``"token_bucket"``, see
    ``rate_windows``). A request holds a slot in each of its concurrency classes from its
    accepted arrival until ``release``. Each endpoint of a byte class has its own ``ByteDebt``;
    an arrival while it is in debt is rejected. Checks run in the order rate, concurrency,
    bytes; the first violated policy names the rejection, and every arrival, accepted or not,
    is booked in the rate counters.
    """

    def __init__(
        self,
        policies: Policies | None = None,
        *,
        algorithm: Algorithm = "sliding",
        clock: Clock = time.monotonic,
    ) -> None:
        self.policies = policies if policies is not None else Policies()
        self.algorithm: Algorithm = algorithm
        self.clock = clock
        make_counter(algorithm, 1.0)  # fail fast on an unknown algorithm
        self._rates: dict[str, RateCounter] = {}
        self._in_flight: dict[str, int] = {}
        self._debts: dict[str, ByteDebt] = {}
        self._last_arrival = -math.inf

    def reset(self) -> None:
        """Forget every arrival, slot and debt (slots held by live requests included)."""
        self._rates.clear()
        self._in_flight.clear()
        self._debts.clear()
        self._last_arrival = -math.inf

    @property
    def in_flight(self) -> Mapping[str, int]:
        """Requests holding a slot, per concurrency class (a copy)."""
        return dict(self._in_flight)

    def _counter(self, rate_class: str) -> RateCounter | None:
        limit = self.policies.rates.get(rate_class)
        if limit is None:
            return None
        counter = self._rates.get(rate_class)
        if counter is None:
            counter = self._rates[rate_class] = make_counter(self.algorithm, limit)
        return counter

    def _debt(self, route: Route) -> ByteDebt | None:
        if route.byte_class is None:
            return None
        rate = self.policies.byte_rates.get(route.byte_class)
        if rate is None:
            return None
        debt = self._debts.get(route.operation_id)
        if debt is None:
            debt = self._debts[route.operation_id] = ByteDebt(rate)
        return debt

    def _slots(self, route: Route) -> list[tuple[str, int]]:
        return [
            (name, self.policies.slots(name))
            for name in route.concurrency_classes
            if name in self.policies.concurrency
        ]

    def admit(self, route: Route, *, at: float | None = None) -> Admission:
        """Decide the arrival of one request of ``route``; book it in the rate counters.

        ``at`` is the arrival time on ``clock`` (default: now). Arrivals are booked in order:
        an ``at`` earlier than the last one booked counts as arriving with it.
        """
        now = max(self.clock() if at is None else at, self._last_arrival)
        self._last_arrival = now
        counters = [
            (name, counter)
            for name in route.rate_classes
            if (counter := self._counter(name)) is not None
        ]
        slots = self._slots(route)
        reason: str | None = None
        wait = 0.0
        for name, counter in counters:
            blocked = counter.check(now)
            if blocked > 0 and blocked > wait:
                reason, wait = f"rate:{name}", blocked
        if reason is None:
            for name, limit in slots:
                if self._in_flight.get(name, 0) >= limit:
                    # A slot frees when a response completes: "soon" is all a server can say.
                    reason, wait = f"concurrency:{name}", 1.0
                    break
        debt = self._debt(route)
        if reason is None and debt is not None:
            owed = debt.retry_after(now)
            if owed > 0:
                reason, wait = f"bytes:{route.byte_class}", owed
        accepted = reason is None
        for _, counter in counters:
            counter.record(now, accepted=accepted)
        held: tuple[str, ...] = ()
        if accepted:
            held = tuple(name for name, _ in slots)
            for name in held:
                self._in_flight[name] = self._in_flight.get(name, 0) + 1
        rate_limit, rate_remaining, concurrent_limit, concurrent_remaining = self._usage(route, now)
        return Admission(
            operation_id=route.operation_id,
            at=now,
            accepted=accepted,
            reason=reason,
            retry_after=None if accepted else _whole_seconds(wait),
            rate_limit=rate_limit,
            rate_remaining=rate_remaining,
            concurrent_limit=concurrent_limit,
            concurrent_remaining=concurrent_remaining,
            held=held,
        )

    def usage_headers(self, route: Route) -> dict[str, str]:
        """The ``X-RateLimit-*`` headers of ``route`` as of now, not as of its arrival: the
        requests in flight now (a live request's own slot included) and the rate window now."""
        rate_limit, rate_remaining, concurrent_limit, concurrent_remaining = self._usage(
            route, max(self.clock(), self._last_arrival)
        )
        usage = Admission(
            operation_id=route.operation_id,
            at=self._last_arrival,
            accepted=True,
            rate_limit=rate_limit,
            rate_remaining=rate_remaining,
            concurrent_limit=concurrent_limit,
            concurrent_remaining=concurrent_remaining,
        )
        return usage.headers()

    def _usage(
        self, route: Route, now: float
    ) -> tuple[int | None, int | None, int | None, int | None]:
        """(rate limit, rate remaining, concurrent limit, concurrent remaining) of ``route``'s
        most restrictive classes at ``now``."""
        rate_limit, rate_remaining = _most_restrictive(
            [
                (math.ceil(counter.limit), counter.remaining(now))
                for name in route.rate_classes
                if (counter := self._counter(name)) is not None
            ]
        )
        concurrent_limit, concurrent_remaining = _most_restrictive(
            [
                (limit, max(0, limit - self._in_flight.get(name, 0)))
                for name, limit in self._slots(route)
            ]
        )
        return rate_limit, rate_remaining, concurrent_limit, concurrent_remaining

    def release(self, admission: Admission) -> None:
        """Free the slots of a finished request; a second call does nothing."""
        if admission.released:
            return
        admission.released = True
        for name in admission.held:
            self._in_flight[name] = max(0, self._in_flight.get(name, 0) - 1)

    def charge(self, route: Route, nbytes: int) -> None:
        """Add ``nbytes`` written for ``route`` to its endpoint's byte debt, if it has one."""
        debt = self._debt(route)
        if debt is not None:
            debt.charge(self.clock(), nbytes)

    def debt(self, operation_id: str) -> float:
        """Bytes the endpoint ``operation_id`` still owes now (0.0 when it has no budget)."""
        debt = self._debts.get(operation_id)
        return debt.debt(self.clock()) if debt is not None else 0.0
