"""Several processes under one API key sharing a RedisGovernor: aggregate rate, 429s, overhead.

Server: the fake SmartRecruiters at the documented limits (10 req/s, 8 in flight) in strict mode
(sliding 1 s window counting every arrival, 0–50 ms arrival jitter, 150–250 ms latency). For 1, 2,
4 and 8 worker processes, the pages of one export are split between the workers, which start
together and share one ``RedisGovernor``. Printed per run: requests, seconds, the aggregate rate
measured at the server over every accepted arrival ((n - 1) / (last - first)), that rate as a
share of the limit (it must stay >= 90%), 429s, the peak in flight, the worst sliding second, and
Redis script calls per request (waiters racing for the same permit, slot polls). The first row is
the baseline of the same run: one worker process with a ``LocalGovernor``.

Then the governor's own cost per request, measured directly: sequential acquire + mark_sent +
feedback + release under limits so high that nothing waits, ``LocalGovernor`` vs
``RedisGovernor`` on a Redis on localhost.

A ``redis-server`` is started on a free port in a temporary directory unless ``--redis-url`` is
given.

    .venv/bin/python benchmarks/distributed.py [--pages 100] [--processes 1 2 4 8]
        [--latency 0.15 0.25] [--skip-overhead] [--redis-url URL]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from typing import Any

import redis.asyncio as aioredis

import smartrecruiters_async as sr
from smartrecruiters_async._protocol.decode import RateLimitInfo
from smartrecruiters_async.testing import FakeSmartRecruiters

LIMIT = 100
COMPANY = "acme"
KEY = "Zq81-benchmark-shared-key-0123456789"
ROUTE = sr.operations()["v1.listPostings"]


# -- a worker process ---------------------------------------------------------------------------


async def worker(redis_url: str, namespace: str, base_url: str, offset: int, items: int) -> None:
    """Export ``items`` postings from ``offset`` once the parent says go (a line on stdin);
    ``redis_url`` "local" means a ``LocalGovernor`` (the single-process baseline)."""
    governor: sr.Governor = (
        sr.LocalGovernor()
        if redis_url == "local"
        else sr.RedisGovernor.from_url(redis_url, namespace=namespace)
    )
    async with sr.SmartRecruiters(KEY, base_url=base_url, governor=governor) as client:
        print("ready", flush=True)
        await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)
        count = 0
        async for _ in client.postings.list(COMPANY, offset=offset, max_items=items):
            count += 1
        print(count, flush=True)
    await governor.aclose()


# -- the parent -----------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def redis_server() -> Iterator[str]:
    """A throwaway redis-server on a free port of 127.0.0.1."""
    binary = shutil.which("redis-server")
    if binary is None:
        raise SystemExit("redis-server is not installed (apt-get install redis-server)")
    port = free_port()
    with tempfile.TemporaryDirectory() as directory:
        process = subprocess.Popen(  # noqa: S603 - a fixed local binary, no shell
            [
                *(binary, "--port", str(port), "--bind", "127.0.0.1", "--dir", directory),
                *("--save", "", "--appendonly", "no"),
            ],
            stdout=subprocess.DEVNULL,
        )
        try:
            yield f"redis://127.0.0.1:{port}/0"
        finally:
            process.terminate()
            process.wait(timeout=10)


async def wait_for_redis(url: str) -> None:
    client = aioredis.from_url(url)
    try:
        for _ in range(500):
            with contextlib.suppress(OSError, aioredis.ConnectionError):
                await client.ping()
                return
            await asyncio.sleep(0.02)
        raise SystemExit(f"no Redis at {url}")
    finally:
        await client.aclose()


async def script_calls(url: str) -> int:
    client = aioredis.from_url(url)
    try:
        info = await client.info("commandstats")
    finally:
        await client.aclose()
    names = ("cmdstat_evalsha", "cmdstat_eval")
    return sum(int(info.get(name, {}).get("calls", 0)) for name in names)


async def run(
    redis_url: str, processes: int, pages: int, latency: tuple[float, float], local: bool = False
) -> dict[str, Any]:
    server = FakeSmartRecruiters(
        algorithm="sliding",
        arrival_jitter=(0.0, 0.05),
        latency=latency,
        postings=pages * LIMIT,
        company=COMPANY,
        seed=7,
    )
    namespace = f"bench-{uuid.uuid4().hex[:8]}"
    share = [pages // processes + (i < pages % processes) for i in range(processes)]
    offsets = [sum(share[:i]) * LIMIT for i in range(processes)]
    async with server:
        workers = [
            await asyncio.create_subprocess_exec(
                sys.executable,
                __file__,
                "--worker",
                "local" if local else redis_url,
                namespace,
                server.url,
                str(offset),
                str(n * LIMIT),
                stdin=asyncio.subprocess.PIPE,
                stdout=asyncio.subprocess.PIPE,
            )
            for offset, n in zip(offsets, share, strict=True)
        ]
        for w in workers:
            assert w.stdout is not None
            assert (await w.stdout.readline()).strip() == b"ready"
        calls = await script_calls(redis_url)
        started = time.monotonic()
        for w in workers:
            assert w.stdin is not None
            w.stdin.write(b"go\n")
            await w.stdin.drain()
        outputs = await asyncio.gather(*(w.communicate() for w in workers))
        seconds = time.monotonic() - started
        calls = await script_calls(redis_url) - calls
        items = sum(int(out.split()[-1]) for out, _ in outputs)
        stats = server.stats
        requests = stats.count()
        rate = stats.achieved_rate()
        return {
            "processes": f"{processes} (LocalGovernor baseline)" if local else processes,
            "items": items,
            "requests": requests,
            "seconds": seconds,
            "rate": rate,
            "429s": stats.total_429,
            "peak": stats.max_in_flight.get("default", 0),
            "window": stats.max_window("default", accepted_only=False),
            "calls": calls / requests,
        }


@contextlib.asynccontextmanager
async def open_governor(kind: str, redis_url: str) -> AsyncIterator[sr.Governor]:
    # The default send_slack: a request sent at once after its grant costs no re-basing call.
    unlimited = sr.Policies(rates={"default": 1e9}, concurrency={"default": 1_000_000})
    if kind == "LocalGovernor":
        yield sr.LocalGovernor(unlimited)
        return
    governor = sr.RedisGovernor.from_url(
        redis_url, policies=unlimited, namespace=f"overhead-{uuid.uuid4().hex[:8]}"
    )
    try:
        yield governor
    finally:
        await governor.aclose()


async def overhead(kind: str, redis_url: str, n: int = 2000, rounds: int = 5) -> float:
    """Median over ``rounds`` of the mean seconds per acquire + mark_sent + feedback + release."""
    info = RateLimitInfo()
    results = []
    async with open_governor(kind, redis_url) as governor:
        for _ in range(rounds + 1):  # the first round warms up connections and the script cache
            started = time.perf_counter()
            for _ in range(n):
                lease = await governor.acquire(ROUTE)
                lease.mark_sent()
                lease.feedback(status=200, rate_limit=info)
                await lease.release()
            results.append((time.perf_counter() - started) / n)
    return statistics.median(results[1:])


def table(rows: list[dict[str, Any]]) -> str:
    lines = [
        "| processes | items | requests | seconds | aggregate req/s | / limit | 429s "
        "| peak in flight | worst sliding second | Redis calls / request |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        lines.append(
            f"| {r['processes']} | {r['items']} | {r['requests']} | {r['seconds']:.2f} "
            f"| {r['rate']:.2f} | {r['rate'] / 10:.1%} | {r['429s']} | {r['peak']} "
            f"| {r['window']} | {r['calls']:.2f} |"
        )
    return "\n".join(lines)


async def main(args: argparse.Namespace) -> None:
    with contextlib.ExitStack() as stack:
        url = args.redis_url or stack.enter_context(redis_server())
        await wait_for_redis(url)
        low, high = args.latency
        print(
            f"## Distributed: {args.pages} pages of {LIMIT} split between processes, "
            f"latency {low * 1000:.0f}-{high * 1000:.0f} ms, jitter 0-50 ms, 10 req/s, "
            "8 in flight\n"
        )
        rows = [await run(url, 1, args.pages, (low, high), local=True)]
        rows += [await run(url, p, args.pages, (low, high)) for p in args.processes]
        print(table(rows))
        failed = [r for r in rows if r["429s"] or r["peak"] > 8]
        if failed:
            raise SystemExit(f"429s or more than 8 in flight: {failed}")
        if args.skip_overhead:
            return
        local = await overhead("LocalGovernor", url)
        shared = await overhead("RedisGovernor", url)
        print("\n## Governor overhead per request (acquire + mark_sent + feedback + release)\n")
        print("| governor | µs per request |\n|---|---:|")
        print(f"| LocalGovernor | {local * 1e6:.1f} |")
        print(f"| RedisGovernor, Redis on localhost | {shared * 1e6:.1f} |")
        print(f"\nRedis costs {(shared - local) * 1e6:.0f} µs more per request.")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--worker"]:
        url, ns, base, offset, items = sys.argv[2:7]
        asyncio.run(worker(url, ns, base, int(offset), int(items)))
    else:
        parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
        parser.add_argument("--pages", type=int, default=100)
        parser.add_argument("--processes", type=int, nargs="+", default=[1, 2, 4, 8])
        parser.add_argument("--redis-url", help="use this Redis instead of starting one")
        parser.add_argument(
            "--latency", type=float, nargs=2, default=[0.15, 0.25], metavar=("LOW", "HIGH")
        )
        parser.add_argument("--skip-overhead", action="store_true")
        asyncio.run(main(parser.parse_args()))
