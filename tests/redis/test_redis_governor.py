"""RedisGovernor properties against a real redis-server, as invariants on the Redis clock.

Two ``RedisGovernor`` objects on the same Redis and namespace stand for two processes: they share
nothing but Redis.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable

import pytest

import smartrecruiters_async as sr
from smartrecruiters_async._protocol.decode import RateLimitInfo
from smartrecruiters_async._protocol.routes import ROUTES
from smartrecruiters_async.governor import Lease
from smartrecruiters_async.governor.redis import _Waiter

from ..unit.test_governor import assert_paced, fast
from .conftest import eventually

DEFAULT = ROUTES["v1.listPostings"]
PUBLICATION = ROUTES["jobs.publication.create"]
ANALYTICS = ROUTES["analytics.jobs"]
OTHER_ANALYTICS = ROUTES["analytics.positions"]

Make = Callable[..., sr.RedisGovernor]
EPS = 1e-5  # Redis times travel as decimal strings with microseconds: allow their rounding


@pytest.fixture
async def make(redis_url: str, namespace: str) -> AsyncIterator[Make]:
    """``make(policies, **options)``: a new governor ("process") on the test's namespace."""
    made: list[sr.RedisGovernor] = []

    def build(policies: sr.Policies | None = None, **options: object) -> sr.RedisGovernor:
        governor = sr.RedisGovernor.from_url(
            redis_url, policies=policies or fast(), namespace=namespace, **options
        )
        made.append(governor)
        return governor

    yield build
    for governor in made:
        await governor.aclose()


async def grant_times(governors: list[sr.RedisGovernor], route: sr.Route, n: int) -> list[float]:
    async def one(i: int) -> float:
        lease = await governors[i % len(governors)].acquire(route)
        await lease.release()
        return lease.granted_at

    return sorted(await asyncio.gather(*(one(i) for i in range(n))))


async def test_grants_of_several_processes_are_paced_as_one(make: Make) -> None:
    policies = fast(arrival_jitter=0.002, send_slack=0.001)
    governors = [make(policies) for _ in range(3)]
    times = await grant_times(governors, DEFAULT, 30)
    assert_paced(times, policies.interval("default"), policies.send_slack + EPS)
    state = await governors[0].shared_state()
    assert state.granted == 30
    assert sum(g.stats().granted for g in governors) == 30


async def test_publication_class_is_paced_by_its_own_tighter_limit(make: Make) -> None:
    policies = fast()
    times = await grant_times([make(policies), make(policies)], PUBLICATION, 6)
    assert_paced(times, policies.interval("publication"), EPS)


async def test_concurrency_is_shared_and_every_slot_comes_back(make: Make) -> None:
    governors = [make(), make()]
    in_flight = peak = 0

    async def work(i: int) -> None:
        nonlocal in_flight, peak
        async with governors[i % 2].slot(DEFAULT):
            in_flight += 1
            peak = max(peak, in_flight)
            await asyncio.sleep(0.03)  # the request's service time, longer than 4 intervals
            in_flight -= 1

    await asyncio.gather(*(work(i) for i in range(24)))
    assert peak == 4
    assert max(g.stats().max_in_flight for g in governors) == 4
    assert all(g.stats().idle for g in governors)
    assert (await governors[0].shared_state()).in_flight["default"] == 0


async def test_analytics_share_one_slot_across_endpoints_and_processes(make: Make) -> None:
    one, two = make(), make()
    first = await one.acquire(ANALYTICS)
    blocked = asyncio.ensure_future(two.acquire(OTHER_ANALYTICS))
    normal = await two.acquire(DEFAULT)  # other routes are not held up behind it
    assert not blocked.done()
    assert (await one.shared_state()).in_flight["analytics"] == 1
    await first.release()
    second = await blocked
    await second.release()
    await normal.release()
    state = await one.shared_state()
    assert state.in_flight == {"default": 0, "analytics": 0, "candidates_list": 0}


async def test_interactive_request_overtakes_queued_bulk_work(make: Make) -> None:
    governor = make(fast(rates={"default": 100.0}))
    order: list[str] = []

    async def take(name: str, priority: sr.Priority) -> None:
        async with governor.slot(DEFAULT, priority=priority):
            order.append(name)

    bulk = [asyncio.ensure_future(take(f"bulk{i}", sr.Priority.BULK)) for i in range(8)]
    await asyncio.sleep(0)  # let the bulk tasks queue before the interactive call arrives
    await take("interactive", sr.Priority.INTERACTIVE)
    await asyncio.gather(*bulk)
    assert order.index("interactive") <= 1


async def test_an_interactive_claim_holds_off_bulk_work_of_other_processes(make: Make) -> None:
    # The script's contract, step by step (racing real waiters would leave the order to timers).
    web, bulk = make(fast(rates={"default": 10.0})), make(fast(rates={"default": 10.0}))
    first = await bulk.acquire(DEFAULT, priority=sr.Priority.BULK)
    await first.release()

    def ask(governor: sr.RedisGovernor, waiter: _Waiter) -> Awaitable[list[str]]:
        return governor._store.run(governor._ns, "acquire", governor._request(waiter, "lease"))

    interactive = _Waiter(DEFAULT, sr.Priority.INTERACTIVE, 1, None)
    kind, wait, _ = await ask(web, interactive)
    assert kind == "wait"  # the next permit is one interval away: the web request claims it
    await asyncio.sleep(float(wait) + 0.001)
    queued_bulk = _Waiter(DEFAULT, sr.Priority.BULK, 1, None)
    assert (await ask(bulk, queued_bulk))[0] == "wait"  # due, but claimed
    assert (await ask(web, interactive))[0] == "granted"
    # Starvation limit: after 4 interactive grants in a row over a waiting bulk request, it goes.
    for n in range(2, 5):
        claimant = _Waiter(DEFAULT, sr.Priority.INTERACTIVE, n, None)
        kind, wait, _ = await ask(web, claimant)
        await asyncio.sleep(float(wait) + 0.001)
        assert (await ask(bulk, queued_bulk))[0] == "wait"
        assert (await ask(web, claimant))[0] == "granted"
    claimant = _Waiter(DEFAULT, sr.Priority.INTERACTIVE, 5, None)
    kind, wait, _ = await ask(web, claimant)
    await asyncio.sleep(float(wait) + 0.001)
    assert (await ask(bulk, queued_bulk))[0] == "granted"


async def test_bulk_work_is_not_starved_by_a_stream_of_interactive_calls(make: Make) -> None:
    governor = make(fast(rates={"default": 100.0}), starvation_limit=3)
    order: list[str] = []

    async def take(name: str, priority: sr.Priority) -> None:
        async with governor.slot(DEFAULT, priority=priority):
            order.append(name)

    first = await governor.acquire(DEFAULT)  # make everybody queue
    tasks = [asyncio.ensure_future(take(f"i{i}", sr.Priority.INTERACTIVE)) for i in range(8)]
    tasks.append(asyncio.ensure_future(take("bulk", sr.Priority.BULK)))
    await asyncio.sleep(0)
    await first.release()
    await asyncio.gather(*tasks)
    assert order.index("bulk") == 3


async def test_cancelled_waiter_leaves_nothing_behind(make: Make) -> None:
    governor = make(fast(concurrency={"default": 1}))
    held = await governor.acquire(DEFAULT)
    waiter = asyncio.ensure_future(governor.acquire(DEFAULT))
    await asyncio.sleep(0)
    assert governor.stats().queued["interactive"] == 1
    waiter.cancel()
    with pytest.raises(asyncio.CancelledError):
        await waiter
    assert governor.stats().queued["interactive"] == 0
    await held.release()
    assert governor.stats().idle
    # A waiter cancelled in the middle of its Redis call gives back what it may have been given.
    for _ in range(20):
        task = asyncio.ensure_future(governor.acquire(DEFAULT))
        await asyncio.sleep(0)
        task.cancel()
        leases = await asyncio.gather(task, return_exceptions=True)
        if isinstance(leases[0], Lease):
            await leases[0].release()
    again = await governor.acquire(DEFAULT)  # the one slot is free again
    await again.release()


async def test_governor_timeout_raises_a_typed_error_and_cleans_up(make: Make) -> None:
    governor = make(fast(concurrency={"default": 1}))
    held = await governor.acquire(DEFAULT)
    with pytest.raises(sr.GovernorTimeoutError, match=r"v1\.listPostings"):
        await governor.acquire(DEFAULT, timeout=0.05)
    await held.release()
    assert governor.stats().idle
    assert (await governor.shared_state()).in_flight["default"] == 0


async def test_a_429_in_one_process_pauses_every_process(make: Make) -> None:
    one, two = make(pause_jitter=0.0), make(pause_jitter=0.0)
    lease = await one.acquire(DEFAULT)
    lease.feedback(status=429, rate_limit=RateLimitInfo(retry_after=0.3))
    await lease.release()
    state = await two.shared_state()
    assert 0.2 < state.paused_for <= 0.3
    assert state.rate_limited == 1
    told_at = state.server_time - (0.3 - state.paused_for)
    times = await grant_times([two], PUBLICATION, 2)  # another class and process, paused too
    assert times[0] - told_at >= 0.3 - EPS
    assert one.stats().rate_limited == 1


async def test_a_lower_server_limit_slows_every_process_down(make: Make) -> None:
    policies = fast()
    one, two = make(policies), make(policies)
    lease = await one.acquire(DEFAULT)
    lease.feedback(status=200, rate_limit=RateLimitInfo(limit=50, remaining=40))
    await lease.release()
    times = await grant_times([two], DEFAULT, 4)
    assert_paced(times, (1 + policies.arrival_jitter + policies.send_slack) / 50, EPS)


async def test_a_full_server_window_the_governor_did_not_fill_slows_it_down(make: Make) -> None:
    policies = fast(rates={"default": 10.0})
    one, two = make(policies), make(policies)
    lease = await one.acquire(DEFAULT)
    await asyncio.sleep(policies.interval("default"))  # the request's service time
    # 0 remaining of 10 after one request of ours: someone else is using the key.
    lease.feedback(status=200, rate_limit=RateLimitInfo(limit=10, remaining=0))
    # The release writes the feedback on the Redis clock, no earlier than this reading.
    before_release = (await two.shared_state()).server_time
    await lease.release()
    later = await two.acquire(DEFAULT)
    await later.release()
    # Unslowed, it would be granted at once: its interval since the first grant has passed.
    assert later.granted_at >= before_release + policies.interval("default")


async def test_slots_used_outside_the_governor_are_left_free(make: Make) -> None:
    one, two = make(), make()
    lease = await one.acquire(DEFAULT)
    # The server saw 3 in flight when the governor had 1: two belong to someone else.
    lease.feedback(status=200, rate_limit=RateLimitInfo(concurrent_limit=4, concurrent_remaining=1))
    await lease.release()
    leases = [await two.acquire(DEFAULT) for _ in range(2)]
    with pytest.raises(sr.GovernorTimeoutError):
        await two.acquire(DEFAULT, timeout=0.1)
    for held in leases:
        await held.release()


async def test_governed_requests_counted_at_response_hold_back_no_slot(make: Make) -> None:
    one, two = make(), make()
    first = await one.acquire(DEFAULT)  # granted with 1 in flight
    others = [await two.acquire(DEFAULT) for _ in range(3)]
    # A server that counts as it answers saw all 4 in flight: every one of them is governed.
    first.feedback(status=200, rate_limit=RateLimitInfo(concurrent_limit=4, concurrent_remaining=0))
    await first.release()
    # The freed slot is granted at once; the timeout only bounds a failure.
    again = await two.acquire(DEFAULT, timeout=2.0)
    assert (await one.shared_state()).in_flight["default"] == 4
    for lease in [*others, again]:
        await lease.release()


async def test_byte_budget_is_shared_per_endpoint(make: Make) -> None:
    policies = fast(byte_rates={"analytics": 100_000})
    one, two = make(policies), make(policies)
    lease = await one.acquire(ANALYTICS)
    lease.charge(20_000)  # flushed to Redis while reading
    lease.charge(10_000)  # charged on release
    await lease.release()
    charged_at = (await one.shared_state()).server_time
    other = await two.acquire(OTHER_ANALYTICS)  # another endpoint has its own budget
    await other.release()
    assert other.granted_at - charged_at < 0.25
    again = await two.acquire(ANALYTICS)
    await again.release()
    assert again.granted_at - charged_at >= 30_000 / 100_000 - 0.01
    assert one.stats().bytes_charged == 30_000


async def test_a_long_request_keeps_its_lease_by_renewing_it(make: Make) -> None:
    governor = make(lease_ttl=0.5)
    lease = await governor.acquire(DEFAULT)
    while (state := await governor.shared_state()).server_time < lease.granted_at + 1.5:
        assert state.in_flight["default"] == 1  # still held, 3 TTLs after the grant
        assert state.lease_expiry["default"] > state.server_time
        await asyncio.sleep(0.05)
    await lease.release()
    assert (await governor.shared_state()).in_flight["default"] == 0


async def test_each_credential_gets_its_own_budget_and_one_view(make: Make) -> None:
    root = make(fast(concurrency={"default": 1}))
    alice, bob = root.bind("apikey:alice"), root.bind("apikey:bob")
    assert root.bind("apikey:alice") is alice
    held = await alice.acquire(DEFAULT)
    other = await bob.acquire(DEFAULT, timeout=1.0)  # not blocked by alice's only slot
    await other.release()
    await held.release()
    assert "alice" in repr(alice)


async def test_wait_idle_returns_when_everything_is_back(make: Make) -> None:
    governor = make()
    lease = await governor.acquire(DEFAULT)
    idle = asyncio.ensure_future(governor.wait_idle())
    await asyncio.sleep(0)
    assert not idle.done()
    await lease.release()
    await idle


def test_one_governor_serves_several_event_loops(redis_url: str, namespace: str) -> None:
    governor = sr.RedisGovernor.from_url(
        redis_url, policies=fast(concurrency={"default": 1}), namespace=namespace
    )

    async def use() -> None:
        held = await governor.acquire(DEFAULT)
        waiter = asyncio.ensure_future(governor.acquire(DEFAULT))
        await asyncio.sleep(0)
        await held.release()
        await (await waiter).release()
        await governor.aclose()

    asyncio.run(use())
    asyncio.run(use())
    assert governor.stats().granted == 4
    assert governor.stats().idle


def test_invalid_settings_are_refused() -> None:
    with pytest.raises(ValueError, match="lease_ttl"):
        sr.RedisGovernor(lease_ttl=0)
    with pytest.raises(ValueError, match="on_unavailable"):
        sr.RedisGovernor(on_unavailable="ignore")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="fallback_fraction"):
        sr.RedisGovernor(fallback_fraction=1.5)


def test_the_password_never_shows() -> None:
    governor = sr.RedisGovernor.from_url("redis://:s3cr3t-pass@127.0.0.1:1/0")
    assert "s3cr3t" not in repr(governor)


async def test_a_slot_freed_in_another_process_wakes_its_waiter_at_once(make: Make) -> None:
    # Neither polling (30 s) nor the lease's expiry (60 s) can explain the grants: the releases'
    # notifications do.
    one = make(fast(concurrency={"default": 1}), lease_ttl=60.0)
    two = make(fast(concurrency={"default": 1}), lease_ttl=60.0, poll_interval=30.0)
    await two.shared_state()  # connects, and starts listening for releases
    await eventually(two._store.listening)
    for _ in range(3):
        held = await one.acquire(DEFAULT)
        waiter = asyncio.ensure_future(two.acquire(DEFAULT, timeout=10.0))
        # It asked Redis, heard "full" and sleeps.
        await eventually(lambda: any(w.state == "slots" for w in two._waiters))
        await held.release()
        await (await waiter).release()


async def test_a_late_send_moves_every_process_schedule(make: Make) -> None:
    policies = fast(rates={"default": 50.0}, send_slack=0.004)
    one, two = make(policies), make(policies)
    interval = policies.interval("default")
    await two.shared_state()  # connected, so its acquire below takes one round trip
    first = await one.acquire(DEFAULT)
    await asyncio.sleep(3 * interval)  # its connection takes three intervals to open
    sent_after = (await one.shared_state()).server_time
    first.mark_sent()
    await first.release()
    await one.wait_idle()  # the re-basing has reached Redis
    second = await two.acquire(DEFAULT)
    await second.release()
    # Unmoved, the second would go at once: its place was two intervals ago.
    assert second.granted_at >= sent_after - policies.late_tolerance + interval - EPS


async def test_a_late_send_overtaken_by_another_process_takes_the_next_interval(
    make: Make,
) -> None:
    policies = fast(send_slack=0.004)
    one, two = make(policies), make(policies)
    interval = policies.interval("default")
    first = await one.acquire(DEFAULT)  # waits for a new connection
    second = await two.acquire(DEFAULT)  # one interval later, on a free connection
    second.mark_sent()
    first.mark_sent()  # both are now on the wire within one interval
    for lease in (first, second):
        await lease.release()
    await one.wait_idle()
    third = await two.acquire(DEFAULT)
    await third.release()
    # The late send took the third's place, so the third waits one interval more.
    assert third.granted_at >= second.granted_at - policies.late_tolerance + 2 * interval - EPS
