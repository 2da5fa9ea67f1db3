"""What the SDK costs per call on top of raw aiohttp: transport + governor, and typed decoding.

One run, one server (the fake SmartRecruiters in a separate process, limits relaxed so no
throttling shapes the figures), 8 workers each making the same number of calls with each
contender in turn, several rounds interleaved so machine drift hits all three alike:

- raw aiohttp: ``session.get`` + ``json.loads`` of a posting;
- ``client.request("GET", ...)``: the SDK's governor, retries and error mapping, JSON out;
- ``client.postings.get(...)``: the same plus the typed, tolerant ``Posting`` decoding.

Printed: the median seconds per contender and the ratios to raw aiohttp.

    .venv/bin/python benchmarks/decode_overhead.py [--calls 2000] [--rounds 5]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import statistics
import time
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp

import smartrecruiters_async as sr
from smartrecruiters_async.testing import FakeSmartRecruiters

WORKERS = 8
COMPANY = "acme"
RELAXED = {
    "rates": {"default": 1_000_000.0, "publication": 1_000_000.0, "offer_documents": 1_000_000.0},
    "concurrency": {"default": 64, "analytics": 64, "candidates_list": 64},
}


def _serve(port_queue: Any, stop: Any) -> None:
    async def main() -> None:
        server = FakeSmartRecruiters(policies=sr.Policies(**RELAXED), postings=50)  # type: ignore[arg-type]
        await server.start()
        port_queue.put(server.url)
        await asyncio.get_running_loop().run_in_executor(None, stop.wait)
        await server.close()

    asyncio.run(main())


async def _workers(calls: int, one: Callable[[], Awaitable[Any]]) -> float:
    async def worker() -> None:
        for _ in range(calls):
            await one()

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(WORKERS)))
    return time.perf_counter() - started


async def _round(url: str, posting_id: str, calls: int) -> dict[str, float]:
    path = f"/v1/companies/{COMPANY}/postings/{posting_id}"
    connector = aiohttp.TCPConnector(limit=WORKERS)
    async with aiohttp.ClientSession(connector=connector) as session:

        async def raw() -> Any:
            async with session.get(url + path) as resp:
                return json.loads(await resp.read())

        raw_s = await _workers(calls, raw)
    governor = sr.LocalGovernor(sr.Policies(**RELAXED))  # type: ignore[arg-type]
    async with sr.SmartRecruiters(base_url=url, governor=governor) as client:
        request_s = await _workers(calls, lambda: client.request("GET", path))
        typed_s = await _workers(calls, lambda: client.postings.get(COMPANY, posting_id))
    return {"raw aiohttp": raw_s, "client.request()": request_s, "postings.get()": typed_s}


async def run(url: str, calls: int, rounds: int) -> None:
    async with sr.SmartRecruiters(base_url=url) as client:
        posting_id = (await client.postings.list(COMPANY, limit=1)).items[0].id
    results: dict[str, list[float]] = {}
    await _round(url, posting_id, max(1, calls // 10))  # warm-up: connections, caches
    for _ in range(rounds):
        for name, seconds in (await _round(url, posting_id, calls)).items():
            results.setdefault(name, []).append(seconds)
    base = statistics.median(results["raw aiohttp"])
    total = WORKERS * calls
    print(f"{WORKERS} workers x {calls} calls, {rounds} rounds (median; min-max of the ratio)")
    print(f"{'contender':<20} {'seconds':>8} {'µs/call':>8} {'vs raw':>7} {'range':>13}")
    for name, values in results.items():
        median = statistics.median(values)
        ratios = [v / r for v, r in zip(values, results["raw aiohttp"], strict=True)]
        print(
            f"{name:<20} {median:>8.2f} {median / total * 1e6:>8.1f} {median / base:>6.2f}x"
            f" {min(ratios):>6.2f}-{max(ratios):.2f}x"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=2000, help="calls per worker per contender")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    ctx = multiprocessing.get_context("spawn")
    port_queue, stop = ctx.Queue(), ctx.Event()
    server = ctx.Process(target=_serve, args=(port_queue, stop), daemon=True)
    server.start()
    try:
        asyncio.run(run(port_queue.get(timeout=30), args.calls, args.rounds))
    finally:
        stop.set()
        server.join(timeout=10)


if __name__ == "__main__":
    main()
