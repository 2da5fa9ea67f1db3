"""Several tasks read several Analytics endpoints at once under the documented limits.

Server: the documented policies (10 req/s, 8 in flight, 1 in flight for all Analytics endpoints
together, 100,000 response bytes/s per Analytics endpoint as a debt that must be paid before the
endpoint serves again), 0-50 ms arrival jitter, 10-30 ms latency, uncompressed CSV bodies of
``--body`` bytes. Tasks: two per endpoint on three endpoints, each reading its endpoint
``--reads`` times through ``client.analytics.rows()``.

Printed per endpoint, measured at the server: requests, and the byte rate over whole cycles,
bytes of requests 1..n-1 / (arrival of request n - arrival of request 1) — what the endpoint
served per second from its first request until it could be called again. It must stay under
100,000 B/s and reach at least 85% of it. Then 429s (by policy) and the peak in flight.

A naive contender runs after it on a fresh server: aiohttp with a semaphore of 1 (it knows the
concurrency limit, not the byte budget), sleeping ``Retry-After`` on a 429.

    .venv/bin/python benchmarks/analytics.py [--body 400000] [--reads 3] [--quick]
"""

from __future__ import annotations

import argparse
import asyncio
import time
import warnings
from collections.abc import Awaitable, Callable

import aiohttp

import smartrecruiters_async as sr
from smartrecruiters_async.testing import FakeSmartRecruiters

ENDPOINTS = ("applications", "jobs", "positions")
TASKS_PER_ENDPOINT = 2
BUDGET = 100_000


async def sdk(url: str, reads: int) -> None:
    warnings.simplefilter("ignore", DeprecationWarning)
    async with sr.SmartRecruiters("key", base_url=url, governor=sr.LocalGovernor()) as client:

        async def task(endpoint: sr.AnalyticsEndpoint) -> None:
            for _ in range(reads):
                async for _row in client.analytics.rows(endpoint, gzip=False):
                    pass

        await asyncio.gather(*(task(e) for e in ENDPOINTS * TASKS_PER_ENDPOINT))  # type: ignore[arg-type]


async def naive(url: str, reads: int) -> None:
    slot = asyncio.Semaphore(1)
    headers = {"X-SmartToken": "key", "Accept-Encoding": "identity"}  # as the SDK run
    async with aiohttp.ClientSession(headers=headers) as session:

        async def read(endpoint: str) -> None:
            while True:
                async with slot, session.get(f"{url}/analytics/{endpoint}") as response:
                    if response.status == 429:
                        wait = float(response.headers.get("Retry-After", "1"))
                    else:
                        response.raise_for_status()
                        async for _chunk in response.content.iter_any():
                            pass
                        return
                await asyncio.sleep(wait)

        async def task(endpoint: str) -> None:
            for _ in range(reads):
                await read(endpoint)

        await asyncio.gather(*(task(e) for e in ENDPOINTS * TASKS_PER_ENDPOINT))


def cycle_rate(server: FakeSmartRecruiters, operation_id: str) -> tuple[int, float]:
    """Accepted requests and the byte rate over whole cycles (see the module docstring)."""
    times = sorted(
        a.time for a in server.stats.arrivals if a.operation_id == operation_id and a.accepted
    )
    per_body = server.stats.bytes_written[operation_id] / len(times)
    if len(times) < 2:
        return len(times), float("nan")
    return len(times), (len(times) - 1) * per_body / (times[-1] - times[0])


async def run(name: str, contender: Callable[[str, int], Awaitable[None]], args: object) -> bool:
    body, reads = args.body, args.reads  # type: ignore[attr-defined]
    async with FakeSmartRecruiters(
        analytics_bytes=body, arrival_jitter=(0.0, 0.05), latency=(0.01, 0.03), seed=7
    ) as server:
        start = time.perf_counter()
        await contender(server.url, reads)
        seconds = time.perf_counter() - start
        print(f"\n{name}: {seconds:.1f} s")
        ok = True
        for endpoint in ENDPOINTS:
            requests, rate = cycle_rate(server, f"analytics.{endpoint}")
            share = rate / BUDGET
            ok = ok and 0.85 <= share < 1.0
            print(
                f"  /analytics/{endpoint:<13} {requests:>3} requests  {rate:>9,.0f} B/s "
                f"over whole cycles = {share:6.1%} of the budget"
            )
        stats = server.stats
        print(
            f"  429s: {stats.total_429} ({dict(stats.rejections)}); "
            f"peak in flight (analytics): {stats.max_in_flight.get('analytics', 0)}"
        )
        return ok and stats.total_429 == 0 and stats.max_in_flight.get("analytics", 0) == 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--body", type=int, default=400_000, help="bytes of each body")
    parser.add_argument("--reads", type=int, default=3, help="reads per task")
    parser.add_argument("--quick", action="store_true", help="small bodies, fewer reads")
    args = parser.parse_args()
    if args.quick:
        args.body, args.reads = 150_000, 2
    print(
        f"{len(ENDPOINTS)} endpoints x {TASKS_PER_ENDPOINT} tasks x {args.reads} reads "
        f"of {args.body:,} B each; budget {BUDGET:,} B/s per endpoint, 1 in flight"
    )
    ok = asyncio.run(run("SDK client.analytics.rows()", sdk, args))
    print(f"{'PASS' if ok else 'FAIL'}: zero 429s, one in flight, 85% <= rate < 100% per endpoint")
    asyncio.run(run("naive aiohttp + Semaphore(1) + Retry-After", naive, args))


if __name__ == "__main__":
    main()
