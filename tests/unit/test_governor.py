"""Governor properties, as invariants on the governor's own clock (no wall-clock limits)."""

import asyncio
import itertools
import time

import pytest

import smartrecruiters_async as sr
from smartrecruiters_async._protocol.decode import RateLimitInfo
from smartrecruiters_async._protocol.routes import ROUTES

DEFAULT = ROUTES["v1.listPostings"]
PUBLICATION = ROUTES["jobs.publication.create"]
ANALYTICS = ROUTES["analytics.jobs"]
OTHER_ANALYTICS = ROUTES["analytics.positions"]


def fast(**overrides: object) -> sr.Policies:
    """Policies 20x faster than the real ones so tests run in milliseconds."""
    base: dict[str, object] = {
        "rates": {"default": 200.0, "publication": 40.0, "offer_documents": 40.0},
        "concurrency": {"default": 4, "analytics": 1, "candidates_list": 1},
        "byte_rates": {"analytics": 100_000},
        "arrival_jitter": 0.0,
        "send_slack": 0.0,
    }
    base.update(overrides)
    return sr.Policies(**base)  # type: ignore[arg-type]


async def grant_times(governor: sr.Governor, route: sr.Route, n: int) -> list[float]:
    async def one() -> float:
        lease = await governor.acquire(route)
        await lease.release()
        return lease.granted_at

    return sorted(await asyncio.gather(*(one() for _ in range(n))))


def assert_paced(times: list[float], interval: float, slack: float) -> None:
    """GCRA with tolerance: any run of m+1 grants spans at least m intervals minus the slack."""
    for i in range(len(times)):
        for j in range(i + 1, len(times)):
            assert times[j] - times[i] >= (j - i) * interval - slack - 1e-9, (i, j)


async def test_grants_are_paced_with_no_burst() -> None:
    policies = fast(arrival_jitter=0.002, send_slack=0.001)
    governor = sr.LocalGovernor(policies)
    times = await grant_times(governor, DEFAULT, 25)
    interval = policies.interval("default")
    assert interval == pytest.approx(1.003 / 200)
    assert_paced(times, interval, policies.send_slack)
    # No burst: 201 grants (one more than the limit) would span at least 1 s + jitter.
    assert 200 * interval - policies.send_slack == pytest.approx(1.002)


async def test_publication_class_is_paced_by_its_own_tighter_limit() -> None:
    policies = fast()
    governor = sr.LocalGovernor(policies)
    times = await grant_times(governor, PUBLICATION, 6)
    assert all(
        b - a >= policies.interval("publication") - 1e-9 for a, b in itertools.pairwise(times)
    )


async def test_a_late_send_moves_the_schedule_with_it() -> None:
    policies = fast(send_slack=0.004)
    governor = sr.LocalGovernor(policies)
    interval = policies.interval("default")
    first = await governor.acquire(DEFAULT)
    await asyncio.sleep(3 * interval)  # its connection takes three intervals to open
    sent_at = time.monotonic()
    first.mark_sent()
    second = await governor.acquire(DEFAULT)
    # Unmoved, the second would go at once: its place was two intervals ago.
    assert second.granted_at >= sent_at - policies.late_tolerance + interval
    await first.release()
    await second.release()


async def test_a_late_send_overtaken_by_a_later_grant_takes_the_next_interval() -> None:
    policies = fast(send_slack=0.004)
    governor = sr.LocalGovernor(policies)
    interval = policies.interval("default")
    first = await governor.acquire(DEFAULT)  # waits for a new connection
    second = await governor.acquire(DEFAULT)  # one interval later, on a free connection
    second.mark_sent()
    first.mark_sent()  # both are now on the wire within one interval
    third = await governor.acquire(DEFAULT)
    # The late send took the third's place, so the third waits one interval more.
    assert third.granted_at >= second.granted_at - policies.late_tolerance + 2 * interval
    for lease in (first, second, third):
        await lease.release()


async def test_concurrency_never_exceeds_the_slots_and_all_come_back() -> None:
    governor = sr.LocalGovernor(fast())
    in_flight = peak = 0

    async def work() -> None:
        nonlocal in_flight, peak
        async with governor.slot(DEFAULT):
            in_flight += 1
            peak = max(peak, in_flight)
            await asyncio.sleep(0.03)  # the request's service time, longer than 4 intervals
            in_flight -= 1

    await asyncio.gather(*(work() for _ in range(30)))
    assert peak == 4
    assert governor.stats().idle
    assert governor.stats().max_in_flight == 4


async def test_analytics_share_one_slot_across_endpoints() -> None:
    governor = sr.LocalGovernor(fast())
    first = await governor.acquire(ANALYTICS)
    blocked = asyncio.ensure_future(governor.acquire(OTHER_ANALYTICS))
    normal = await governor.acquire(DEFAULT)  # other routes are not held up behind it
    assert not blocked.done()
    await first.release()
    second = await blocked
    await second.release()
    await normal.release()
    assert governor.stats().idle


async def test_interactive_request_overtakes_queued_bulk_work() -> None:
    governor = sr.LocalGovernor(fast(rates={"default": 100.0}))
    order: list[str] = []

    async def take(name: str, priority: sr.Priority) -> None:
        async with governor.slot(DEFAULT, priority=priority):
            order.append(name)

    bulk = [asyncio.ensure_future(take(f"bulk{i}", sr.Priority.BULK)) for i in range(10)]
    await asyncio.sleep(0)  # let the bulk tasks queue before the interactive call arrives
    await take("interactive", sr.Priority.INTERACTIVE)
    await asyncio.gather(*bulk)
    # bulk0 is granted at once; the interactive call takes the very next permit.
    assert order.index("interactive") == 1


async def test_bulk_work_is_not_starved_by_a_stream_of_interactive_calls() -> None:
    governor = sr.LocalGovernor(fast(rates={"default": 100.0}), starvation_limit=3)
    order: list[str] = []

    async def take(name: str, priority: sr.Priority) -> None:
        async with governor.slot(DEFAULT, priority=priority):
            order.append(name)

    first = await governor.acquire(DEFAULT)  # make everybody queue
    tasks = [asyncio.ensure_future(take(f"i{i}", sr.Priority.INTERACTIVE)) for i in range(8)]
    tasks.append(asyncio.ensure_future(take("bulk", sr.Priority.BULK)))
    await first.release()
    await asyncio.gather(*tasks)
    assert order.index("bulk") == 3


async def test_cancelled_waiter_leaves_nothing_behind() -> None:
    governor = sr.LocalGovernor(fast(concurrency={"default": 1}))
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


async def test_cancelled_just_after_its_grant_gives_the_slot_back() -> None:
    governor = sr.LocalGovernor(fast(concurrency={"default": 1}))
    held = await governor.acquire(DEFAULT)
    waiter = asyncio.ensure_future(governor.acquire(DEFAULT))
    await asyncio.sleep(0)
    await held.release()  # grants the waiter, which has not resumed yet
    waiter.cancel()
    await asyncio.gather(waiter, return_exceptions=True)
    assert governor.stats().idle


async def test_governor_timeout_raises_a_typed_error_and_cleans_up() -> None:
    governor = sr.LocalGovernor(fast(concurrency={"default": 1}))
    held = await governor.acquire(DEFAULT)
    with pytest.raises(sr.GovernorTimeoutError, match=r"v1\.listPostings"):
        await governor.acquire(DEFAULT, timeout=0.01)
    await held.release()
    assert governor.stats().idle


async def test_a_429_pauses_the_whole_credential_until_retry_after() -> None:
    governor = sr.LocalGovernor(fast(), pause_jitter=0.0)
    lease = await governor.acquire(DEFAULT)
    lease.feedback(status=429, rate_limit=RateLimitInfo(retry_after=0.15))
    told_at = lease.granted_at
    await lease.release()
    assert governor.stats().paused_for > 0.1
    times = await grant_times(governor, PUBLICATION, 2)  # another class is paused too
    assert times[0] - told_at >= 0.15
    assert governor.stats().rate_limited == 1


async def test_a_lower_server_limit_slows_pacing_down() -> None:
    policies = fast()
    governor = sr.LocalGovernor(policies)
    lease = await governor.acquire(DEFAULT)
    lease.feedback(status=200, rate_limit=RateLimitInfo(limit=50, remaining=40))
    await lease.release()
    times = await grant_times(governor, DEFAULT, 4)
    slower = (1 + policies.arrival_jitter + policies.send_slack) / 50
    assert_paced(times, slower, policies.send_slack)


async def test_slots_used_by_another_process_are_left_free() -> None:
    governor = sr.LocalGovernor(fast())
    lease = await governor.acquire(DEFAULT)
    # The server saw 3 in flight when we had 1: two belong to someone else using the key.
    lease.feedback(status=200, rate_limit=RateLimitInfo(concurrent_limit=4, concurrent_remaining=1))
    await lease.release()
    leases = [await governor.acquire(DEFAULT) for _ in range(2)]
    extra = asyncio.ensure_future(governor.acquire(DEFAULT))
    await asyncio.sleep(0.02)
    assert not extra.done()
    for held in leases:
        await held.release()
    await (await extra).release()


async def test_our_own_later_requests_counted_at_response_hold_back_no_slot() -> None:
    governor = sr.LocalGovernor(fast())
    first = await governor.acquire(DEFAULT)  # granted with 1 in flight
    others = [await governor.acquire(DEFAULT) for _ in range(3)]
    # A server that counts as it answers saw all 4 in flight: every one of them is ours.
    first.feedback(status=200, rate_limit=RateLimitInfo(concurrent_limit=4, concurrent_remaining=0))
    await first.release()
    # The freed slot is granted at once; the timeout only bounds a failure.
    again = await governor.acquire(DEFAULT, timeout=2.0)
    assert governor.stats().in_flight == {"default": 4}
    for lease in [*others, again]:
        await lease.release()
    assert governor.stats().idle


async def test_byte_budget_delays_the_next_request_to_that_endpoint() -> None:
    governor = sr.LocalGovernor(fast(byte_rates={"analytics": 20_000}))
    lease = await governor.acquire(ANALYTICS)
    lease.charge(5_000)
    await lease.release()
    charged_at = lease.granted_at
    other = await governor.acquire(OTHER_ANALYTICS)  # another endpoint has its own budget
    await other.release()
    assert other.granted_at - charged_at < 0.25
    again = await governor.acquire(ANALYTICS)
    await again.release()
    assert again.granted_at - charged_at >= 5_000 / 20_000 - 0.01
    assert governor.stats().bytes_charged == 5_000


async def test_wait_idle_returns_when_everything_is_back() -> None:
    governor = sr.LocalGovernor(fast())
    lease = await governor.acquire(DEFAULT)
    idle = asyncio.ensure_future(governor.wait_idle())
    await asyncio.sleep(0)
    assert not idle.done()
    await lease.release()
    await idle


def test_one_governor_serves_several_event_loops() -> None:
    governor = sr.LocalGovernor(fast(concurrency={"default": 1}))

    async def use() -> None:
        held = await governor.acquire(DEFAULT)
        waiter = asyncio.ensure_future(governor.acquire(DEFAULT))
        await asyncio.sleep(0)
        await held.release()
        await (await waiter).release()

    asyncio.run(use())
    asyncio.run(use())
    assert governor.stats().granted == 4
    assert governor.stats().idle
