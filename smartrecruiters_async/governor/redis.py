"""``RedisGovernor``: one budget per credential shared by every process and host (DESIGN 5).

Needs the ``redis`` extra (``pip install 'smartrecruiters-async[redis]'``). The shared state lives
in Redis and changes only through one Lua script (``redis_gcra.lua``) on the Redis server's clock:

- rate: GCRA with the local governor's strict pacing; a refused grant is told the exact wait, so
  waiters sleep until their turn instead of polling;
- concurrency: a lease per request in a sorted set scored by its expiry, renewed while the request
  runs; a process that dies frees its slots when its leases expire (``lease_ttl``);
- a 429 seen by any process pauses the credential for all of them until ``Retry-After``;
- the Analytics byte budget and the ``X-RateLimit-*`` corrections are shared too.

Within a process, waiters of the same kind of request go to Redis one at a time, in priority order
(interactive before bulk, with the local governor's starvation limit), so an interactive call
overtakes this process's queued bulk work; across processes, an interactive request told to wait
for a rate permit claims it, and bulk requests elsewhere leave it alone. A waiter whose
slots are all taken sleeps until a release anywhere is published (Redis pub/sub) or the oldest
lease expires, looking again every ``poll_interval`` at most in case a notification was lost.
"""

from __future__ import annotations

import asyncio
import logging
import math
import random
import threading
import time
import uuid
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal

import attrs

from .._errors import GovernorTimeoutError, GovernorUnavailableError
from ._base import Counters, Governor, GovernorStats, Lease, Priority
from ._futures import IdleWaiters, resolve
from ._redis_store import UNAVAILABLE, RedisStore
from .local import LocalGovernor
from .policies import (
    DEFAULT_POLICIES,
    DOCUMENTED_BYTE_RATES,
    DOCUMENTED_CONCURRENCY,
    DOCUMENTED_RATES,
    Policies,
)

if TYPE_CHECKING:
    from .._protocol.decode import RateLimitInfo
    from .._protocol.routes import Route

__all__ = ["OnUnavailable", "RedisGovernor", "SharedState"]

logger = logging.getLogger("smartrecruiters_async.governor")

OnUnavailable = Literal["wait", "raise", "fallback"]

_UNIVERSAL = "default"
_DEFAULT_RETRY_AFTER = 1.0
_FLUSH_BYTES = 16_384  # charge the shared byte budget at least this often while reading
_OUTAGE_BACKOFF = (0.05, 2.0)  # first and longest wait between attempts to reach Redis
_FALLBACK_RECHECK = 5.0  # seconds on the local fallback before trying Redis again
_CLAIM_MARGIN = 0.25  # how long past its expected grant an interactive claim outlives its waiter
_DEAF_POLL = 0.02  # how often to look for freed slots while release notifications are not heard


@attrs.frozen(kw_only=True)
class SharedState:
    """The state every process sees in Redis for one credential.

    ``server_time`` is the Redis clock at the reading; ``in_flight`` the live leases per
    concurrency class; ``lease_expiry`` the latest expiry (server time) among them, 0.0 when
    none; ``paused_for`` the seconds left of a 429 pause; ``granted`` and ``rate_limited`` count
    grants and 429s of every process.
    """

    server_time: float
    paused_for: float
    granted: int
    rate_limited: int
    in_flight: Mapping[str, int]
    lease_expiry: Mapping[str, float]


@attrs.frozen
class _Settings:
    policies: Policies
    namespace: str
    lease_ttl: float
    poll_interval: float
    on_unavailable: OnUnavailable
    fallback_fraction: float
    starvation_limit: int
    pause_jitter: float


class _Waiter:
    __slots__ = ("enqueued_at", "id", "priority", "route", "seq", "shape", "state", "wake")

    def __init__(
        self, route: Route, priority: Priority, seq: int, budget: tuple[str, float] | None
    ) -> None:
        self.route = route
        self.priority = priority
        self.seq = seq
        self.id = uuid.uuid4().hex
        # Waiters of one shape compete for exactly the same permits, so they queue in order.
        self.shape = (route.rate_classes, route.concurrency_classes, budget)
        self.enqueued_at = time.monotonic()
        self.wake: asyncio.Future[None] | None = None
        # What it waits for: "turn" (an earlier waiter of its kind), "slots" (freed by a
        # release), "time" (an exact wait from Redis), "" (asking Redis).
        self.state = ""


class _RedisLease(Lease):
    __slots__ = (
        "_governor",
        "_granted_mono",
        "_released",
        "feedback_args",
        "granted_at",
        "id",
        "in_flight_at_grant",
        "pending_bytes",
        "route",
    )

    def __init__(
        self,
        governor: RedisGovernor,
        route: Route,
        lease_id: str,
        granted_at: float,
        in_flight_at_grant: dict[str, int],
    ) -> None:
        self._governor = governor
        self.route = route
        self.id = lease_id
        self.granted_at = granted_at
        self.in_flight_at_grant = in_flight_at_grant
        self._granted_mono = time.monotonic()
        self._released = False
        self.pending_bytes = 0
        self.feedback_args: dict[str, Any] = {}

    def mark_sent(self) -> None:
        late = time.monotonic() - self._granted_mono
        if late > self._governor.policies.late_tolerance:
            self._governor._rebase(self.route, self.granted_at)

    def charge(self, nbytes: int) -> None:
        self._governor._charge(self, nbytes)

    def feedback(self, *, status: int, rate_limit: RateLimitInfo) -> None:
        self._governor._feedback(self, status, rate_limit)

    async def release(self) -> None:
        if not self._released:
            self._released = True
            await self._governor._release(self)


class RedisGovernor(Governor):
    """A governor whose budget is shared through Redis by every process using a credential.

    Pass it to each client: ``SmartRecruiters(api_key=..., governor=RedisGovernor.from_url(url))``.
    Clients with the same credential, in any process on any host using the same Redis and
    ``namespace``, share one budget; other credentials get their own (``bind``).

    ``policies``: the limits (default: the documented SmartRecruiters limits).
    ``lease_ttl``: seconds after which the slots of a process that died come back; live leases
    are renewed every third of it. ``poll_interval``: the longest a waiter whose slots are all
    held sleeps before looking again (releases wake it at once). ``on_unavailable``: what
    ``acquire`` does when Redis cannot be reached: ``"wait"`` (retry with backoff until Redis
    answers or the acquire times out), ``"raise"`` (``GovernorUnavailableError``) or
    ``"fallback"`` (a ``LocalGovernor`` at ``fallback_fraction`` of every limit, e.g.
    ``1 / number_of_processes``, until Redis is back). The outage is logged once.
    ``starvation_limit`` and ``pause_jitter`` are those of ``LocalGovernor``; other keyword
    arguments go to ``redis.asyncio.from_url``. Call ``await governor.aclose()`` when done.
    Raises ``ValueError`` for invalid settings.
    """

    def __init__(
        self,
        url: str = "redis://localhost:6379/0",
        *,
        policies: Policies | None = None,
        namespace: str = "smartrecruiters_async",
        lease_ttl: float = 30.0,
        poll_interval: float = 0.25,
        on_unavailable: OnUnavailable = "wait",
        fallback_fraction: float = 0.25,
        starvation_limit: int = 4,
        pause_jitter: float = 0.1,
        **redis_options: Any,
    ) -> None:
        if not lease_ttl > 0:
            raise ValueError("lease_ttl must be positive")
        if not poll_interval > 0:
            raise ValueError("poll_interval must be positive")
        if on_unavailable not in ("wait", "raise", "fallback"):
            raise ValueError("on_unavailable must be 'wait', 'raise' or 'fallback'")
        if not 0 < fallback_fraction <= 1:
            raise ValueError("fallback_fraction must be in (0, 1]")
        if starvation_limit < 1:
            raise ValueError("starvation_limit must be at least 1")
        if not namespace:
            raise ValueError("namespace must not be empty")
        redis_options.setdefault("socket_timeout", 2.0)
        redis_options.setdefault("socket_connect_timeout", 2.0)
        settings = _Settings(
            policies=policies or DEFAULT_POLICIES,
            namespace=namespace,
            lease_ttl=float(lease_ttl),
            poll_interval=float(poll_interval),
            on_unavailable=on_unavailable,
            fallback_fraction=float(fallback_fraction),
            starvation_limit=starvation_limit,
            pause_jitter=pause_jitter,
        )
        self._setup(RedisStore(url, redis_options, namespace), settings, "default", {})

    @classmethod
    def from_url(cls, url: str, **kwargs: Any) -> RedisGovernor:
        """A governor on the Redis at ``url`` (``redis://[:password@]host:port/db``,
        ``rediss://`` for TLS, ``unix://``); keyword arguments as for the constructor."""
        return cls(url, **kwargs)

    def _setup(
        self,
        store: RedisStore,
        settings: _Settings,
        credential_key: str,
        views: dict[str, RedisGovernor],
    ) -> None:
        self._store = store
        self._settings = settings
        self._views = views
        self.policies = settings.policies
        # The hash tag keeps a credential's keys in one Redis Cluster slot.
        self._ns = f"{settings.namespace}:{{{credential_key}}}"
        store.on_freed(self._ns, self._freed)
        self._freed_count = 0  # slots freed so far, in any process (as far as this one heard)
        self._lock = threading.RLock()
        self._random = random.Random()
        self._waiters: list[_Waiter] = []
        self._seq = 0
        self._streak = 0
        self._held: dict[str, _RedisLease] = {}
        self._tasks: set[asyncio.Task[Any]] = set()
        self._renewer: asyncio.Task[None] | None = None
        self._idle = IdleWaiters(self._lock, self._is_idle)
        self._slots = {n: settings.policies.slots(n) for n in settings.policies.concurrency}
        self._lowered: set[str] = set()
        self._paused_until = 0.0
        self._fallback: LocalGovernor | None = None
        self._fallback_until = 0.0
        self._counters = Counters()

    def __repr__(self) -> str:
        return f"<RedisGovernor {self._store.where} {self._ns!r}>"

    def bind(self, credential_key: str) -> RedisGovernor:
        """The view of this governor for ``credential_key``: its keys are namespaced by the
        credential, and every client of that credential in this process gets the same view."""
        with self._lock:
            view = self._views.get(credential_key)
            if view is None:
                view = object.__new__(RedisGovernor)
                view._setup(self._store, self._settings, credential_key, self._views)
                self._views[credential_key] = view
            return view

    # -- public API -------------------------------------------------------------------------

    async def acquire(
        self,
        route: Route,
        *,
        priority: Priority = Priority.INTERACTIVE,
        timeout: float | None = None,
    ) -> Lease:
        """Wait for ``route``'s slots and permits, granted together by Redis; returns the
        ``Lease`` to release. Raises ``GovernorTimeoutError`` after ``timeout`` s, and
        ``GovernorUnavailableError`` if Redis is unreachable with ``on_unavailable="raise"``."""
        with self._lock:
            self._seq += 1
            waiter = _Waiter(route, Priority(priority), self._seq, self._budget(route))
            self._waiters.append(waiter)
        try:
            async with asyncio.timeout(timeout) as deadline:
                return await self._wait_for_grant(waiter)
        except TimeoutError:
            if deadline.expired():
                raise GovernorTimeoutError(
                    f"no permit for {route.operation_id} within {timeout} s"
                ) from None
            raise
        finally:
            with self._lock:
                self._waiters.remove(waiter)
                self._wake("turn")
                self._idle.notify()

    def stats(self) -> GovernorStats:
        """This process's counters and state; ``max_in_flight`` is the most requests in flight
        across every process at one of this process's grants. See ``shared_state`` for Redis's."""
        with self._lock:
            in_flight: dict[str, int] = {}
            for lease in self._held.values():
                for name in lease.in_flight_at_grant:
                    in_flight[name] = in_flight.get(name, 0) + 1
            return self._counters.stats(
                in_flight=in_flight,
                queued={
                    p.name.lower(): sum(1 for w in self._waiters if w.priority is p)
                    for p in Priority
                },
                paused_for=max(0.0, self._paused_until - time.monotonic()),
            )

    async def shared_state(self) -> SharedState:
        """The credential's state in Redis, as every process sees it (expired leases dropped).

        Raises ``redis.exceptions.ConnectionError`` (or ``TimeoutError``) when Redis is down.
        """
        names = list(self.policies.concurrency)
        reply = await self._store.run(self._ns, "state", {"concurrency": names})
        rows = [reply[i : i + 3] for i in range(4, len(reply), 3)]
        return SharedState(
            server_time=float(reply[0]),
            paused_for=float(reply[1]),
            granted=int(reply[2]),
            rate_limited=int(reply[3]),
            in_flight={name: int(n) for name, n, _ in rows},
            lease_expiry={name: float(last) for name, _, last in rows},
        )

    async def wait_idle(self) -> None:
        """Return once this process holds no lease, has nobody waiting and its background
        writes to Redis (byte charges, pacing re-based on a late send) are done."""
        await self._idle.wait()
        loop = asyncio.get_running_loop()
        pending = [task for task in self._tasks if task.get_loop() is loop]
        if pending:
            await asyncio.gather(*pending, return_exceptions=True)

    async def aclose(self) -> None:
        """Stop renewing and close the running loop's Redis connections. Leases still held are
        left to expire; the governor reconnects if used again."""
        renewer, self._renewer = self._renewer, None
        if renewer is not None and not renewer.done():
            renewer.cancel()
        await self._store.aclose()

    # -- acquisition ------------------------------------------------------------------------

    async def _wait_for_grant(self, waiter: _Waiter) -> Lease:
        failures = 0
        while True:
            await self._my_turn(waiter)
            if self._fallback is not None and time.monotonic() < self._fallback_until:
                return await self._fallback.acquire(waiter.route, priority=waiter.priority)
            lease_id = uuid.uuid4().hex
            freed = self._freed_count
            try:
                reply = await self._store.run(self._ns, "acquire", self._request(waiter, lease_id))
            except asyncio.CancelledError:
                self._spawn(self._forget(lease_id, waiter))  # it may have been granted
                raise
            except UNAVAILABLE as exc:
                failures += 1
                if await self._outage(waiter, exc, failures):
                    return await self._fallback_acquire(waiter)
                continue
            failures = 0
            self._fallback = None
            kind = reply[0]
            if kind == "granted":
                return self._grant(waiter, lease_id, reply)
            wait = max(0.0, float(reply[1]))
            if kind == "full":
                if self._freed_count != freed:
                    continue  # a slot was freed while the answer was on its way
                poll = self._settings.poll_interval
                if not self._store.listening():
                    poll = min(poll, _DEAF_POLL)
                await self._sleep(waiter, min(wait, poll), release=True)
            else:
                if kind == "paused":
                    self._paused_until = max(self._paused_until, time.monotonic() + wait)
                await self._sleep(waiter, wait, release=False)

    def _request(self, waiter: _Waiter, lease_id: str) -> dict[str, Any]:
        route, p = waiter.route, self.policies
        args: dict[str, Any] = {
            "lease": lease_id,
            "waiter": waiter.id,
            "priority": waiter.priority.name.lower(),
            "claim": _CLAIM_MARGIN,
            "starvation": self._settings.starvation_limit,
            "ttl": self._settings.lease_ttl,
            "slack": p.late_tolerance,
            "span": p.pacing_span,
            "rates": [{"name": n, "rate": p.rates[n]} for n in route.rate_classes if n in p.rates],
            "concurrency": [
                {"name": n, "slots": self._slots[n]}
                for n in route.concurrency_classes
                if n in self._slots
            ],
        }
        budget = self._budget(route)
        if budget is not None:
            args["bytes"] = {"endpoint": budget[0], "rate": budget[1]}
        return args

    def _budget(self, route: Route) -> tuple[str, float] | None:
        """The byte budget ``route`` charges (per endpoint within its class) and its rate."""
        rates = self.policies.byte_rates
        if route.byte_class is None or route.byte_class not in rates:
            return None
        return f"{route.byte_class}:{route.operation_id}", rates[route.byte_class]

    def _grant(self, waiter: _Waiter, lease_id: str, reply: list[str]) -> Lease:
        counts = {reply[i]: int(reply[i + 1]) for i in range(2, len(reply), 2)}
        lease = _RedisLease(self, waiter.route, lease_id, float(reply[1]), counts)
        with self._lock:
            self._held[lease_id] = lease
            self._counters.count_grant(
                time.monotonic() - waiter.enqueued_at, counts.get(_UNIVERSAL, 0)
            )
            bulk_waiting = any(w.priority is Priority.BULK for w in self._waiters)
            if waiter.priority is Priority.INTERACTIVE and bulk_waiting:
                self._streak += 1
            else:
                self._streak = 0
        self._ensure_renewer()
        return lease

    def _ordered(self) -> list[_Waiter]:
        interactive = [w for w in self._waiters if w.priority is Priority.INTERACTIVE]
        bulk = [w for w in self._waiters if w.priority is Priority.BULK]
        if bulk and self._streak >= self._settings.starvation_limit:
            return [bulk[0], *interactive, *bulk[1:]]
        return [*interactive, *bulk]

    def _is_head(self, waiter: _Waiter) -> bool:
        """Only the first waiter of each kind of request asks Redis, so they go in order."""
        for other in self._ordered():
            if other.shape == waiter.shape:
                return other is waiter
        return False

    async def _my_turn(self, waiter: _Waiter) -> None:
        while True:
            with self._lock:
                if self._is_head(waiter):
                    return
                fut = waiter.wake = asyncio.get_running_loop().create_future()
                waiter.state = "turn"
            try:
                await fut
            finally:
                waiter.wake = None
                waiter.state = ""

    async def _sleep(self, waiter: _Waiter, seconds: float, *, release: bool) -> None:
        """Sleep ``seconds``; with ``release``, a slot freed in this process ends it early."""
        with self._lock:
            fut = waiter.wake = asyncio.get_running_loop().create_future()
            waiter.state = "slots" if release else "time"
        try:
            await asyncio.wait([fut], timeout=seconds)
        finally:
            waiter.wake = None
            waiter.state = ""
            if not fut.done():
                fut.cancel()

    def _freed(self) -> None:
        """A slot of this credential was freed somewhere: waiters for slots try again."""
        with self._lock:
            self._freed_count += 1
            self._wake("slots")

    def _wake(self, state: str) -> None:
        for w in self._waiters:
            fut = w.wake
            if fut is not None and w.state == state:
                resolve(fut, None, on_dead=None)

    # -- outages ----------------------------------------------------------------------------

    async def _outage(self, waiter: _Waiter, exc: BaseException, failures: int) -> bool:
        """Handle an unreachable Redis per ``on_unavailable``; True means use the fallback."""
        mode = self._settings.on_unavailable
        if mode == "raise":
            self._store.unreachable(exc, "raising GovernorUnavailableError")
            raise GovernorUnavailableError(
                f"the governor's Redis {self._store.where} is unreachable "
                f"({type(exc).__name__}); no permit for {waiter.route.operation_id}"
            ) from None
        if mode == "fallback":
            fraction = self._settings.fallback_fraction
            self._store.unreachable(
                exc, f"falling back to a local governor at {fraction:.0%} of the limits"
            )
            return True
        self._store.unreachable(exc, "waiting for it (requests are held until it answers)")
        first, longest = _OUTAGE_BACKOFF
        await asyncio.sleep(min(longest, first * 2 ** (failures - 1)))
        return False

    async def _fallback_acquire(self, waiter: _Waiter) -> Lease:
        with self._lock:
            if self._fallback is None:
                self._fallback = LocalGovernor(
                    _scaled(self.policies, self._settings.fallback_fraction),
                    starvation_limit=self._settings.starvation_limit,
                    pause_jitter=self._settings.pause_jitter,
                )
            fallback = self._fallback
            self._fallback_until = time.monotonic() + _FALLBACK_RECHECK
        return await fallback.acquire(waiter.route, priority=waiter.priority)

    # -- lease callbacks --------------------------------------------------------------------

    def _rebase(self, route: Route, granted_at: float) -> None:
        p = self.policies
        args = {
            "granted": granted_at,
            "slack": p.late_tolerance,
            "span": p.pacing_span,
            "rates": [{"name": n, "rate": p.rates[n]} for n in route.rate_classes if n in p.rates],
        }
        self._spawn(self._quietly("sent", args))

    def _charge(self, lease: _RedisLease, nbytes: int) -> None:
        if nbytes <= 0:
            return
        with self._lock:
            self._counters.bytes_charged += nbytes
            budget = self._budget(lease.route)
            if budget is None:
                return
            lease.pending_bytes += nbytes
            if lease.pending_bytes < _FLUSH_BYTES:
                return
            nbytes, lease.pending_bytes = lease.pending_bytes, 0
        endpoint, rate = budget
        self._spawn(self._quietly("charge", {"endpoint": endpoint, "rate": rate, "nbytes": nbytes}))

    def _feedback(self, lease: _RedisLease, status: int, info: RateLimitInfo) -> None:
        """Note what the response says; ``release`` writes it to Redis before freeing slots."""
        args = lease.feedback_args
        route = lease.route
        if status == 429:
            pause = info.retry_after if info.retry_after is not None else _DEFAULT_RETRY_AFTER
            pause += self._random.uniform(0, self._settings.pause_jitter)
            with self._lock:
                self._counters.rate_limited += 1
                self._paused_until = max(self._paused_until, time.monotonic() + pause)
            logger.warning(
                "429 on %s: pausing the credential for %.2f s", route.operation_id, pause
            )
            args["pause"] = pause
            args["all_rates"] = list(self.policies.rates)
        rates = [n for n in route.rate_classes if n in self.policies.rates]
        if rates and info.limit is not None and info.limit > 0:
            name = rates[-1]  # the headers describe the route's most specific policy
            if info.limit < self.policies.rates[name]:
                args["limit"] = {"name": name, "value": float(info.limit)}
                self._lowered.add(name)
            elif name in self._lowered:
                args["unlimit"] = name
                self._lowered.discard(name)
        if rates and info.remaining == 0 and info.limit:
            p = self.policies
            args["exhausted"] = {
                "name": rates[-1],
                "limit": info.limit,
                "rate": p.rates[rates[-1]],
                "window": 1.0 + p.arrival_jitter,
            }
            args["span"] = p.pacing_span
        slots = [n for n in route.concurrency_classes if n in self._slots]
        if slots and info.concurrent_limit is not None and info.concurrent_limit > 0:
            name = slots[-1]
            limit = min(self.policies.slots(name), info.concurrent_limit)
            self._slots[name] = limit
            if info.concurrent_remaining is not None:
                # As in LocalGovernor: the server counts at arrival or as it answers, so only
                # what exceeds the larger of the governed processes' count at grant and their
                # count now (the release script reads it) is someone using the key without us.
                args["external"] = {
                    "name": name,
                    "used": info.concurrent_limit - info.concurrent_remaining,
                    "at_grant": lease.in_flight_at_grant.get(name, 0),
                    "cap": limit - 1,
                }

    async def _release(self, lease: _RedisLease) -> None:
        args: dict[str, Any] = dict(lease.feedback_args)
        args["lease"] = lease.id
        args["concurrency"] = list(lease.in_flight_at_grant)
        budget = self._budget(lease.route)
        if lease.pending_bytes and budget is not None:
            endpoint, rate = budget
            args["bytes"] = {"endpoint": endpoint, "rate": rate, "nbytes": lease.pending_bytes}
        try:
            await self._store.run(self._ns, "release", args)
        except UNAVAILABLE as exc:
            self._store.unreachable(exc, "its leases expire on their own after lease_ttl")
        finally:
            with self._lock:
                self._held.pop(lease.id, None)
                self._wake("slots")
                self._idle.notify()

    async def _forget(self, lease_id: str, waiter: _Waiter) -> None:
        """Free a lease whose grant nobody received (the acquirer was cancelled mid-call), and
        the waiter's claims on rate permits."""
        route = waiter.route
        args = {
            "lease": lease_id,
            "waiter": waiter.id,
            "concurrency": [n for n in route.concurrency_classes if n in self._slots],
            "rates": [n for n in route.rate_classes if n in self.policies.rates],
        }
        await self._quietly("release", args)

    async def _quietly(self, op: str, args: dict[str, Any]) -> None:
        try:
            await self._store.run(self._ns, op, args)
        except UNAVAILABLE as exc:
            self._store.unreachable(exc, f"skipped a '{op}' update")

    def _spawn(self, coro: Any) -> None:
        try:
            task = asyncio.get_running_loop().create_task(coro)
        except RuntimeError:  # no running loop: nothing can be sent
            coro.close()
            return
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    # -- lease renewal ----------------------------------------------------------------------

    def _ensure_renewer(self) -> None:
        loop = asyncio.get_running_loop()
        with self._lock:
            task = self._renewer
            if task is None or task.done() or task.get_loop() is not loop:
                self._renewer = loop.create_task(self._renew())

    async def _renew(self) -> None:
        """Push back the expiry of this process's leases every third of ``lease_ttl``."""
        ttl = self._settings.lease_ttl
        while True:
            await asyncio.sleep(ttl / 3)
            with self._lock:
                leases = [
                    {"lease": lease.id, "concurrency": list(lease.in_flight_at_grant)}
                    for lease in self._held.values()
                ]
                if not leases:
                    self._renewer = None
                    return
            await self._quietly("renew", {"ttl": ttl, "leases": leases})

    # -- idle -------------------------------------------------------------------------------

    def _is_idle(self) -> bool:
        return not self._held and not self._waiters


def _scaled(policies: Policies, fraction: float) -> Policies:
    """``policies`` at ``fraction`` of every limit (at least one slot per class)."""

    def exactly(
        limits: dict[str, float], documented: Mapping[str, float]
    ) -> dict[str, float | None]:
        # Policies merge with the documented limits: a class removed from `policies` is
        # named with None again, or the fallback would bring it back at its full limit.
        return {**dict.fromkeys(documented), **limits}

    return attrs.evolve(
        policies,
        rates=exactly({k: v * fraction for k, v in policies.rates.items()}, DOCUMENTED_RATES),
        concurrency=exactly(
            {k: max(1, math.floor(v * fraction)) for k, v in policies.concurrency.items()},
            DOCUMENTED_CONCURRENCY,
        ),
        byte_rates=exactly(
            {k: v * fraction for k, v in policies.byte_rates.items()}, DOCUMENTED_BYTE_RATES
        ),
    )
