"""Export 100 pages of 100 postings from the fake server in strict mode: the SDK vs baselines.

Server: sliding 1 s window counting every arrival (the strictest reading), 0–50 ms arrival
jitter, 150–250 ms latency, the documented limits (10 req/s, 8 in flight). Each contender gets a
fresh server. Printed per contender: seconds, requests, 429s, and two rates measured at the server
over accepted arrivals: overall = (n-1) / (last - first arrival), and steady = the rate after the
first page (which must return totalFound before pages can be fetched in parallel), over whole
rounds of 8 arrivals (arrival 2 to arrival 2 + 8k), since concurrency-bound arrivals come in
bursts of 8 and a rate over a partial burst would flatter the result.

A second scenario runs at 2 s latency, where 8 slots allow at most 4 req/s: the SDK must be
concurrency-bound (>= 3.8 req/s) with never more than 8 in flight.

    .venv/bin/python benchmarks/throughput.py [--pages 100] [--quick]
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp
from aiolimiter import AsyncLimiter

import smartrecruiters_async as sr
from smartrecruiters_async.testing import FakeSmartRecruiters

LIMIT = 100
COMPANY = "acme"
DEADLINE = 180.0
PATH = f"/v1/companies/{COMPANY}/postings"


async def _get_page(session: aiohttp.ClientSession, url: str, offset: int) -> dict[str, Any]:
    """One page, retrying 429s after Retry-After as a careful hand-written client would."""
    while True:
        async with session.get(url + PATH, params={"offset": offset, "limit": LIMIT}) as resp:
            if resp.status == 429:
                await asyncio.sleep(float(resp.headers.get("Retry-After", "1")))
                continue
            resp.raise_for_status()
            data: dict[str, Any] = await resp.json()
            return data


async def sequential(url: str, pages: int) -> int:
    async with aiohttp.ClientSession() as session:
        items = 0
        for page in range(pages):
            items += len((await _get_page(session, url, page * LIMIT))["content"])
        return items


async def unbounded_gather(url: str, pages: int) -> int:
    async with aiohttp.ClientSession() as session:
        results = await asyncio.gather(*(_get_page(session, url, p * LIMIT) for p in range(pages)))
        return sum(len(r["content"]) for r in results)


def limited(limiter: Callable[[], AsyncLimiter]) -> Callable[[str, int], Awaitable[int]]:
    async def run(url: str, pages: int) -> int:
        rate, slots = limiter(), asyncio.Semaphore(8)

        async def one(offset: int) -> dict[str, Any]:
            async with slots, rate:
                return await _get_page(session, url, offset)

        async with aiohttp.ClientSession() as session:
            results = await asyncio.gather(*(one(p * LIMIT) for p in range(pages)))
            return sum(len(r["content"]) for r in results)

    return run


async def sdk(url: str, pages: int) -> int:
    async with sr.SmartRecruiters(base_url=url, governor=sr.LocalGovernor()) as client:
        items = 0
        async for _ in client.postings.list(COMPANY, limit=LIMIT, max_items=pages * LIMIT):
            items += 1
        return items


CONTENDERS: dict[str, Callable[[str, int], Awaitable[int]]] = {
    "smartrecruiters_async": sdk,
    "sequential paging": sequential,
    "unbounded gather + 429 retry": unbounded_gather,
    "AsyncLimiter(10, 1) + Semaphore(8)": limited(lambda: AsyncLimiter(10, 1)),
    "AsyncLimiter(1, 0.1) + Semaphore(8)": limited(lambda: AsyncLimiter(1, 0.1)),
}


async def measure(name: str, pages: int, latency: tuple[float, float]) -> dict[str, Any]:
    server = FakeSmartRecruiters(
        algorithm="sliding",
        arrival_jitter=(0.0, 0.05),
        latency=latency,
        postings=pages * LIMIT,
        company=COMPANY,
        seed=7,
    )
    async with server:
        started = time.monotonic()
        try:
            items: int | str = await asyncio.wait_for(CONTENDERS[name](server.url, pages), DEADLINE)
        except TimeoutError:
            # A retry storm can keep a strict sliding window full for minutes; report it as such.
            items = f"unfinished after {DEADLINE:.0f} s"
        seconds = time.monotonic() - started
        stats = server.stats
        rate = stats.achieved_rate()
        arrivals = sorted(a.time for a in stats.arrivals if a.accepted)
        return {
            "name": name,
            "items": items,
            "seconds": seconds,
            "requests": stats.count(),
            "rate": rate,
            "steady": steady_rate(arrivals),
            "429s": stats.total_429,
            "peak": stats.max_in_flight.get("default", 0),
        }


def steady_rate(arrivals: list[float]) -> float:
    """Arrivals per second after the first page, over whole rounds of 8 (see the module doc)."""
    rounds = (len(arrivals) - 2) // 8
    if rounds < 1:
        return 0.0
    return 8 * rounds / (arrivals[1 + 8 * rounds] - arrivals[1])


def table(rows: list[dict[str, Any]]) -> str:
    base = next(r for r in rows if r["name"] == "smartrecruiters_async")["seconds"]
    lines = [
        "| client | items | seconds | requests | req/s overall | req/s steady | steady / limit "
        "| 429s | peak in flight | time vs SDK |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        if isinstance(r["items"], str):
            lines.append(
                f"| {r['name']} | {r['items']} | {r['seconds']:.2f} | {r['requests']} | — | — | — "
                f"| {r['429s']} | {r['peak']} | — |"
            )
            continue
        lines.append(
            f"| {r['name']} | {r['items']} | {r['seconds']:.2f} | {r['requests']} "
            f"| {r['rate']:.2f} | {r['steady']:.2f} | {r['steady'] / 10:.1%} | {r['429s']} "
            f"| {r['peak']} "
            f"| {r['seconds'] / base:.2f}x |"
        )
    return "\n".join(lines)


async def main() -> None:
    # A contender cut off at the deadline leaves the server writing to closed connections.
    logging.getLogger("aiohttp.server").setLevel(logging.CRITICAL)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--quick", action="store_true", help="only the SDK, both scenarios")
    args = parser.parse_args()
    names = ["smartrecruiters_async"] if args.quick else list(CONTENDERS)
    print(f"## Throughput: {args.pages} pages of {LIMIT}, latency 150-250 ms\n")
    print(table([await measure(n, args.pages, (0.15, 0.25)) for n in names]))
    print("\n## Concurrency-bound: 49 pages, latency 2 s (8 slots allow at most 4 req/s)\n")
    print(table([await measure(n, 49, (2.0, 2.0)) for n in names if "unbounded" not in n]))


if __name__ == "__main__":
    asyncio.run(main())
