"""Several worker processes under one key, sharing a RedisGovernor: the must-hold properties."""

from __future__ import annotations

import asyncio
import json
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path

import smartrecruiters_async as sr
from smartrecruiters_async.testing import FakeSmartRecruiters

from .conftest import eventually
from .worker import KEY

Factory = Callable[..., Awaitable[FakeSmartRecruiters]]
ROOT = Path(__file__).resolve().parents[2]
WORKERS = 4
POSTINGS = 800


async def start_worker(
    mode: str, redis_url: str, namespace: str, base_url: str, ttl: float
) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "tests.redis.worker",
        mode,
        redis_url,
        namespace,
        base_url,
        str(ttl),
        cwd=ROOT,
        stdout=asyncio.subprocess.PIPE,
    )


async def test_four_processes_under_one_key_draw_no_429_and_hold_8_at_most(
    fake_smartrecruiters_factory: Factory, redis_url: str, namespace: str
) -> None:
    # The documented limits, the strictest server (sliding window over every arrival, 0–50 ms
    # arrival jitter) and a latency that makes 8 slots as tight as 10 req/s.
    server = await fake_smartrecruiters_factory(
        algorithm="sliding",
        arrival_jitter=(0.0, 0.05),
        latency=(0.8, 1.2),
        postings=POSTINGS,
        seed=11,
    )
    workers = [
        await start_worker("export", redis_url, namespace, server.url, 30.0) for _ in range(WORKERS)
    ]
    outputs = await asyncio.gather(*(w.communicate() for w in workers))
    assert [w.returncode for w in workers] == [0] * WORKERS
    results = [json.loads(stdout) for stdout, _ in outputs]
    assert all(r["items"] == r["unique"] == POSTINGS for r in results)
    # 9 pages each: 100 postings, then 99 new ones a page after the one-item overlap.
    assert sum(r["granted"] for r in results) == server.stats.count() == WORKERS * 9
    assert server.stats.total_429 == 0
    assert server.stats.max_window("default", accepted_only=False) <= 10
    assert server.stats.max_in_flight["default"] <= 8


async def test_a_killed_worker_gives_its_slots_back_within_the_lease_ttl(
    fake_smartrecruiters_factory: Factory, redis_url: str, namespace: str
) -> None:
    ttl = 1.0
    server = await fake_smartrecruiters_factory(latency=(60.0, 60.0), postings=POSTINGS)
    governor = sr.RedisGovernor.from_url(redis_url, namespace=namespace, lease_ttl=ttl)
    shared = governor.bind(sr.ApiKey(KEY).credential_key)
    worker = await start_worker("stall", redis_url, namespace, server.url, ttl)
    try:
        # Its 8 slots are taken, its requests in flight.
        await eventually(lambda: server.stats.count() >= 8)
        first = await shared.shared_state()
        # The worker renews its leases while its requests run far longer than the TTL.
        while (state := await shared.shared_state()).server_time < first.server_time + 2 * ttl:
            assert state.in_flight["default"] == 8
            await asyncio.sleep(0.05)
    finally:
        worker.kill()
        await worker.wait()
    killed = await shared.shared_state()
    assert killed.in_flight["default"] == 8
    expiry = killed.lease_expiry["default"]
    assert expiry <= killed.server_time + ttl  # nobody renews them any more

    leases = await asyncio.gather(*(shared.acquire(route()) for _ in range(8)))
    # All 8 slots came back, and only when the dead worker's leases expired.
    assert min(lease.granted_at for lease in leases) >= expiry - 1e-5  # (microsecond rounding)
    assert (await shared.shared_state()).in_flight["default"] == 8
    for lease in leases:
        await lease.release()
    assert (await shared.shared_state()).in_flight["default"] == 0
    assert server.stats.count() == 8
    await governor.aclose()


def route() -> sr.Route:
    return sr.operations()["v1.listPostings"]
