"""``LocalGovernor``: the in-process governor (DESIGN 5).

One scheduler grants each waiting request its concurrency slots and rate permits together, at the
instant all are free, in priority order. Nothing is reserved ahead of time, so an interactive call
that arrives while bulk work is queued is granted the very next permit. The state is plain data
guarded by a thread lock; waiters are futures of whichever event loop awaits them and the only
timer lives on the loop of a current waiter, so the governor outlives ``asyncio.run()`` calls and
notebook cells without holding a primitive bound to a dead loop.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import math
import random
import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable
from typing import TYPE_CHECKING

from .._errors import GovernorTimeoutError
from ._base import Counters, Governor, GovernorStats, Lease, Priority
from ._futures import IdleWaiters, resolve
from .policies import DEFAULT_POLICIES, Policies

if TYPE_CHECKING:
    from .._protocol.decode import RateLimitInfo
    from .._protocol.routes import Route

__all__ = ["LocalGovernor"]

logger = logging.getLogger("smartrecruiters_async.governor")

_UNIVERSAL = "default"  # every route is in this rate and concurrency class
_DEFAULT_RETRY_AFTER = 1.0


class _Waiter:
    __slots__ = ("enqueued_at", "fut", "granted", "priority", "route")

    def __init__(
        self, route: Route, priority: Priority, fut: asyncio.Future[_LocalLease], now: float
    ):
        self.route = route
        self.priority = priority
        self.fut = fut
        self.enqueued_at = now
        self.granted = False


class _LocalLease(Lease):
    __slots__ = ("_governor", "_released", "granted_at", "in_flight_at_grant", "route")

    def __init__(
        self,
        governor: LocalGovernor,
        route: Route,
        in_flight_at_grant: dict[str, int],
        granted_at: float,
    ):
        self._governor = governor
        self.route = route
        self.in_flight_at_grant = in_flight_at_grant
        self.granted_at = granted_at
        self._released = False

    def mark_sent(self) -> None:
        self._governor._mark_sent(self)

    def charge(self, nbytes: int) -> None:
        self._governor._charge(self.route, nbytes)

    def feedback(self, *, status: int, rate_limit: RateLimitInfo) -> None:
        self._governor._feedback(self, status, rate_limit)

    async def release(self) -> None:
        self.release_now()

    def release_now(self) -> None:
        """Synchronous release, usable from cancellation paths and callbacks."""
        if not self._released:
            self._released = True
            self._governor._release(self)


class LocalGovernor(Governor):
    """In-process governor: strict GCRA pacing, concurrency slots, per-endpoint byte budgets.

    ``policies`` sets the limits (default: the documented SmartRecruiters limits).
    ``starvation_limit``: after this many interactive grants in a row while bulk work waits, one
    bulk request goes first, so neither queue starves. ``clock`` is injectable for tests.
    """

    def __init__(
        self,
        policies: Policies | None = None,
        *,
        starvation_limit: int = 4,
        pause_jitter: float = 0.1,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if starvation_limit < 1:
            raise ValueError("starvation_limit must be at least 1")
        self.policies = policies or DEFAULT_POLICIES
        self._starvation_limit = starvation_limit
        self._pause_jitter = pause_jitter
        self._clock = clock
        self._random = random.Random()
        self._lock = threading.RLock()
        self._rates = dict(self.policies.rates)
        self._slots = {name: self.policies.slots(name) for name in self.policies.concurrency}
        self._tat: dict[str, float] = {}
        self._sends: defaultdict[str, deque[float]] = defaultdict(lambda: deque(maxlen=64))
        self._in_flight: defaultdict[str, int] = defaultdict(int)
        self._external: dict[str, int] = {}
        self._debt: dict[tuple[str, str], tuple[float, float]] = {}
        self._paused_until = 0.0
        self._queues: tuple[deque[_Waiter], deque[_Waiter]] = (deque(), deque())
        self._interactive_streak = 0
        self._timer: asyncio.TimerHandle | None = None
        self._timer_when = math.inf
        self._idle = IdleWaiters(self._lock, self._is_idle)
        self._counters = Counters()

    def __repr__(self) -> str:
        return f"<LocalGovernor {self.stats()!r}>"

    # -- public API -------------------------------------------------------------------------

    async def acquire(
        self,
        route: Route,
        *,
        priority: Priority = Priority.INTERACTIVE,
        timeout: float | None = None,
    ) -> Lease:
        loop = asyncio.get_running_loop()
        waiter = _Waiter(route, Priority(priority), loop.create_future(), self._clock())
        with self._lock:
            self._queues[waiter.priority].append(waiter)
            self._dispatch()
        try:
            if timeout is None:
                return await waiter.fut
            async with asyncio.timeout(timeout):
                return await waiter.fut
        except BaseException as exc:
            self._abandon(waiter)
            if isinstance(exc, TimeoutError):
                raise GovernorTimeoutError(
                    f"no permit for {route.operation_id} within {timeout} s"
                ) from None
            raise

    def stats(self) -> GovernorStats:
        with self._lock:
            now = self._clock()
            return self._counters.stats(
                in_flight={k: v for k, v in self._in_flight.items() if v},
                queued={
                    p.name.lower(): len(q) for p, q in zip(Priority, self._queues, strict=True)
                },
                paused_for=max(0.0, self._paused_until - now),
            )

    async def wait_idle(self) -> None:
        await self._idle.wait()

    # -- lease callbacks --------------------------------------------------------------------

    def _release(self, lease: _LocalLease) -> None:
        with self._lock:
            for name in lease.route.concurrency_classes:
                if name in self._slots:
                    self._in_flight[name] -= 1
            self._dispatch()
            self._idle.notify()

    def _mark_sent(self, lease: _LocalLease) -> None:
        with self._lock:
            self._advance(lease.route, self._clock(), granted_at=lease.granted_at)

    def _advance(self, route: Route, now: float, *, granted_at: float | None = None) -> None:
        """GCRA step for a grant (or, with ``granted_at``, re-basing on the send of that grant).

        A grant or send up to ``late_tolerance`` late keeps its place on the schedule instead of
        pushing every later request back; later than that, the schedule moves with it. Any 11
        consecutive sends are then at least ``10 * interval - late_tolerance`` = ``1 s +
        arrival_jitter + send_slack / 2`` apart, which is what keeps a strict sliding window at
        the server, with a margin.
        """
        late_ok = self.policies.late_tolerance
        for name in route.rate_classes:
            if name in self._rates:
                interval = self._interval(name)
                tat = self._tat.get(name, 0.0)
                if granted_at is None:
                    self._tat[name] = max(tat, now - late_ok) + interval
                elif now - granted_at > late_ok:
                    sends = self._sends[name]
                    if sends and sends[-1] > granted_at:
                        # Granted later, sent first (this one waited for a connection): both
                        # may be on the wire within one interval, so this send takes the next.
                        tat += interval
                    self._tat[name] = max(tat, now - late_ok + interval)

    def _charge(self, route: Route, nbytes: int) -> None:
        if nbytes <= 0:
            return
        with self._lock:
            self._counters.bytes_charged += nbytes
            if route.byte_class is None or route.byte_class not in self.policies.byte_rates:
                return
            key = (route.byte_class, route.operation_id)
            now = self._clock()
            self._debt[key] = (self._debt_at(key, now) + nbytes, now)

    def _feedback(self, lease: _LocalLease, status: int, info: RateLimitInfo) -> None:
        route = lease.route
        with self._lock:
            now = self._clock()
            if status == 429:
                self._counters.rate_limited += 1
                pause = info.retry_after if info.retry_after is not None else _DEFAULT_RETRY_AFTER
                until = now + pause + self._random.uniform(0, self._pause_jitter)
                if until > self._paused_until:
                    logger.warning(
                        "429 on %s: pausing the credential for %.2f s",
                        route.operation_id,
                        until - now,
                    )
                    self._paused_until = until
                    for name in self._rates:
                        self._tat[name] = max(self._tat.get(name, 0.0), until)
            self._adapt_rate(route, info, now)
            self._adapt_concurrency(lease, info)
            self._dispatch()

    # -- scheduling -------------------------------------------------------------------------

    def _interval(self, rate_class: str) -> float:
        # self._rates, not policies.rates: the server's X-RateLimit-Limit may have lowered it.
        return self.policies.pacing_span / self._rates[rate_class]

    def _ordered(self) -> list[_Waiter]:
        interactive, bulk = self._queues
        if bulk and self._interactive_streak >= self._starvation_limit:
            return [bulk[0], *interactive, *itertools.islice(bulk, 1, None)]
        return [*interactive, *bulk]

    def _dispatch(self) -> None:
        """Grant every waiter that can go now, in order; arm a timer for the next one."""
        now = self._clock()
        if self._paused_until > now:
            self._arm(self._paused_until)
            return
        wake = math.inf
        blocked: set[str] = set()
        for waiter in self._ordered():
            if waiter.fut.done():
                self._remove(waiter)
                continue
            route = waiter.route
            if blocked.intersection(route.rate_classes, route.concurrency_classes):
                if _UNIVERSAL in blocked:
                    break
                continue
            full = [
                name
                for name in route.concurrency_classes
                if name in self._slots
                and self._in_flight[name] + self._external.get(name, 0) >= self._slots[name]
            ]
            if full:
                blocked.update(full)
                continue
            ready = max(
                [self._tat.get(name, 0.0) for name in route.rate_classes if name in self._rates]
                + [self._byte_ready(route, now)]
            )
            if ready > now:
                blocked.update(n for n in route.rate_classes if self._tat.get(n, 0.0) > now)
                if route.byte_class is not None:
                    blocked.add(f"bytes:{route.operation_id}")
                wake = min(wake, ready)
                continue
            self._grant(waiter, now)
        self._arm(wake)

    def _grant(self, waiter: _Waiter, now: float) -> None:
        route = waiter.route
        self._advance(route, now)
        for name in route.rate_classes:
            if name in self._rates:
                self._sends[name].append(now)
        snapshot = {}
        for name in route.concurrency_classes:
            if name in self._slots:
                snapshot[name] = self._in_flight[name] + 1
                self._in_flight[name] += 1
        self._counters.count_grant(now - waiter.enqueued_at, self._in_flight[_UNIVERSAL])
        self._remove(waiter)
        waiter.granted = True
        if waiter.priority is Priority.INTERACTIVE and self._queues[Priority.BULK]:
            self._interactive_streak += 1
        else:
            self._interactive_streak = 0
        lease = _LocalLease(self, route, snapshot, now)
        resolve(waiter.fut, lease, on_dead=lease.release_now)

    def _remove(self, waiter: _Waiter) -> None:
        queue = self._queues[waiter.priority]
        if queue and queue[0] is waiter:
            queue.popleft()
        elif waiter in queue:
            queue.remove(waiter)

    def _abandon(self, waiter: _Waiter) -> None:
        """A waiter gave up (cancelled, timed out): take back whatever it was given."""
        with self._lock:
            fut = waiter.fut
            if waiter.granted and fut.done() and not fut.cancelled():
                lease = fut.result()
                lease.release_now()
            else:
                self._remove(waiter)
                if not fut.done():
                    fut.cancel()
                self._dispatch()
            self._idle.notify()

    def _arm(self, when: float) -> None:
        if when == math.inf:
            return
        timer = self._timer
        if timer is not None and not timer.cancelled() and self._timer_when <= when:
            return
        loop: asyncio.AbstractEventLoop | None
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            loop = self._any_waiter_loop()
        if loop is None:
            return
        if timer is not None:
            timer.cancel()
        self._timer_when = when
        self._timer = loop.call_later(max(0.0, when - self._clock()), self._on_timer)

    def _on_timer(self) -> None:
        with self._lock:
            self._timer = None
            self._timer_when = math.inf
            self._dispatch()

    def _any_waiter_loop(self) -> asyncio.AbstractEventLoop | None:
        for queue in self._queues:
            for waiter in queue:
                loop = waiter.fut.get_loop()
                if not loop.is_closed():
                    return loop
        return None

    # -- byte budget and adaptation ---------------------------------------------------------

    def _debt_at(self, key: tuple[str, str], now: float) -> float:
        debt, at = self._debt.get(key, (0.0, now))
        return max(0.0, debt - self.policies.byte_rates[key[0]] * (now - at))

    def _byte_ready(self, route: Route, now: float) -> float:
        if route.byte_class is None or route.byte_class not in self.policies.byte_rates:
            return 0.0
        key = (route.byte_class, route.operation_id)
        debt = self._debt_at(key, now)
        return now + debt / self.policies.byte_rates[route.byte_class] if debt > 0 else 0.0

    def _adapt_rate(self, route: Route, info: RateLimitInfo, now: float) -> None:
        names = [n for n in route.rate_classes if n in self._rates]
        if not names:
            return
        name = names[-1]  # the headers describe the route's most specific policy
        configured = self.policies.rates[name]
        if info.limit is not None and info.limit > 0:
            self._rates[name] = min(configured, float(info.limit))
        if info.remaining == 0 and info.limit:
            # A full window is normal when we alone use the key at full speed; it means someone
            # else shares the key only if our own sends of the last window do not explain it.
            window_start = now - 1.0 - self.policies.arrival_jitter
            ours = sum(1 for t in self._sends[name] if t >= window_start)
            if ours < info.limit - 1:
                self._tat[name] = max(self._tat.get(name, 0.0), now + self._interval(name))

    def _adapt_concurrency(self, lease: _LocalLease, info: RateLimitInfo) -> None:
        names = [n for n in lease.route.concurrency_classes if n in self._slots]
        if not names or info.concurrent_limit is None or info.concurrent_limit <= 0:
            return
        name = names[-1]
        slots = min(self.policies.slots(name), info.concurrent_limit)
        self._slots[name] = slots
        if info.concurrent_remaining is not None:
            # The server counts what is in flight either as the request arrives or as it
            # answers; the API does not say which. Ours then were at most what we had at the
            # grant, or what we have now (this one included), so only the excess over the larger
            # is surely someone else's: taking the grant count alone would read our own later
            # requests as a stranger's and hold back slots nobody uses. Keep one slot so a later
            # response can correct us.
            used_by_server = info.concurrent_limit - info.concurrent_remaining
            ours = max(lease.in_flight_at_grant.get(name, 0), self._in_flight[name])
            self._external[name] = max(0, min(slots - 1, used_by_server - ours))

    def _is_idle(self) -> bool:
        return not any(self._in_flight.values()) and not any(self._queues)
