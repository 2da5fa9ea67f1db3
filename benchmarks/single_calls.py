"""Concurrency-bound single calls: 40 concurrent ``postings.get`` at 2 s latency, SDK vs baseline.

Server: the fake SmartRecruiters at the documented limits (10 req/s, 8 in flight) in strict mode
(sliding 1 s window counting every arrival, 0-50 ms arrival jitter), 2 s service time, served
from a thread of its own so the client's work cannot delay when it counts an arrival. At 2 s
latency the 8 slots bind, not the rate: 40 calls take 5 rounds of 2 s plus the pacing of the
first round. Each contender gets a fresh server, and the order alternates from run to run.

Contenders, in the same run: the SDK (``asyncio.gather`` of ``client.postings.get``, an
interactive call each) and ``asyncio.Semaphore(8)`` + ``AsyncLimiter(1, 0.106)`` around plain
aiohttp requests, the same pacing as the governor's ``(1 s + 50 ms + 10 ms) / 10``. Both run
against a server that reads its ``X-RateLimit-*`` values at the request's arrival and against
one that reads them as the response starts (the API does not say which it does; the second
made the governor hold back slots before it read the concurrency header correctly).

Printed per run: seconds, requests, 429s and the peak in flight at the server, for both
contenders, and SDK seconds / baseline seconds. The SDK must stay within 2% of the baseline,
draw zero 429s and never have more than 8 in flight.

Then queued single calls across token expiries: OAuth client credentials whose access tokens
live 3 s, and two waves of 30 concurrent ``GET /jobs`` (a wave takes about 3 s at 10 req/s, so
requests wait in the governor's queue longer than a token lives), at the documented limits with
150-250 ms latency. Printed per run: requests that reached the server with an expired token
(each drew a 401 and was replayed), token requests, 429s and the peak in flight.

``--redis-url`` runs the SDK with a ``RedisGovernor`` on that Redis instead of a
``LocalGovernor`` (the concurrency runs only; the token runs keep the local one).

    .venv/bin/python benchmarks/single_calls.py [--runs 3] [--calls 40] [--skip-oauth]
        [--redis-url redis://localhost:6379/0]
"""

from __future__ import annotations

import argparse
import asyncio
import time
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp
from aiolimiter import AsyncLimiter

import smartrecruiters_async as sr
from smartrecruiters_async.testing import FakeOAuth, FakeSmartRecruiters, RateLimitHeaders

COMPANY = "acme"
LATENCY = 2.0
SLOTS = 8
PERIOD = sr.Policies().interval("default")  # 0.106 s: the governor's own pacing
CLIENT_ID, SECRET = "benchmark-app", "Zq81-benchmark-app-secret-0123456789"
TOKEN_LIFETIME = 3.0
WAVE = 30

Contender = Callable[[str, list[str]], Awaitable[None]]


REDIS_URL: str | None = None  # --redis-url: the SDK runs with a RedisGovernor there instead


async def sdk(url: str, ids: list[str]) -> None:
    governor: sr.Governor = (
        sr.LocalGovernor()
        if REDIS_URL is None
        else sr.RedisGovernor.from_url(REDIS_URL, namespace=f"bench-{uuid.uuid4().hex}")
    )
    async with sr.SmartRecruiters(base_url=url, governor=governor) as client:
        await asyncio.gather(*(client.postings.get(COMPANY, posting) for posting in ids))
    await governor.aclose()


async def semaphore_and_limiter(url: str, ids: list[str]) -> None:
    slots, rate = asyncio.Semaphore(SLOTS), AsyncLimiter(1, PERIOD)

    async def one(session: aiohttp.ClientSession, posting: str) -> None:
        path = f"/v1/companies/{COMPANY}/postings/{posting}"
        # Entered in order: a slot, then a permit, then the request goes out.
        async with slots, rate, session.get(url + path) as resp:
            resp.raise_for_status()
            await resp.json()

    async with aiohttp.ClientSession() as session:
        await asyncio.gather(*(one(session, posting) for posting in ids))


CONTENDERS: dict[str, Contender] = {
    "smartrecruiters_async": sdk,
    f"Semaphore({SLOTS}) + AsyncLimiter(1, {PERIOD:.3f})": semaphore_and_limiter,
}


async def measure(name: str, calls: int, read_at: RateLimitHeaders, seed: int) -> dict[str, Any]:
    server = FakeSmartRecruiters(
        algorithm="sliding",
        arrival_jitter=(0.0, 0.05),
        latency=(LATENCY, LATENCY),
        postings=calls,
        company=COMPANY,
        seed=seed,
        threaded=True,
        rate_limit_headers=read_at,
    )
    async with server:
        ids = [posting["id"] for posting in server.data.postings[:calls]]
        started = time.monotonic()
        await CONTENDERS[name](server.url, ids)
        seconds = time.monotonic() - started
        stats = server.stats
        return {
            "seconds": seconds,
            "requests": stats.count(),
            "429s": stats.total_429,
            "peak": stats.max_in_flight.get("default", 0),
        }


async def across_expiries() -> dict[str, Any]:
    """Two waves of concurrent authenticated calls with tokens shorter than a wave."""
    oauth = FakeOAuth(clients={CLIENT_ID: SECRET}, access_token_lifetime=TOKEN_LIFETIME)
    server = FakeSmartRecruiters(
        algorithm="sliding",
        arrival_jitter=(0.0, 0.05),
        latency=(0.15, 0.25),
        seed=7,
        threaded=True,
        oauth=oauth,
    )
    async with server:
        auth = sr.OAuthClientCredentials(CLIENT_ID, SECRET)
        started = time.monotonic()
        async with sr.SmartRecruiters(
            auth=auth, base_url=server.url, governor=sr.LocalGovernor()
        ) as client:
            for _ in range(2):
                await asyncio.gather(
                    *(client.request("GET", "/jobs", params={"limit": 1}) for _ in range(WAVE))
                )
        seconds = time.monotonic() - started
        return {
            "seconds": seconds,
            "expired": oauth.stats.bearer_rejected,
            "tokens": oauth.stats.token_requests,
            "requests": server.stats.count() - oauth.stats.token_requests,
            "429s": server.stats.total_429,
            "peak": server.stats.max_in_flight.get("default", 0),
        }


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--calls", type=int, default=40)
    parser.add_argument("--skip-oauth", action="store_true", help="only the concurrency runs")
    parser.add_argument("--redis-url", help="run the SDK with a RedisGovernor on this Redis")
    args = parser.parse_args()
    global REDIS_URL
    REDIS_URL = args.redis_url
    if REDIS_URL is not None:
        print(f"SDK governor: RedisGovernor on {REDIS_URL}\n")
    sdk_name, base_name = CONTENDERS
    for read_at in ("arrival", "response"):
        print(
            f"## {args.calls} concurrent postings.get, {LATENCY:.0f} s latency, "
            f"X-RateLimit-* read at {read_at}\n"
        )
        print(
            "| run | SDK s | SDK requests | SDK 429s | SDK peak in flight | baseline s "
            "| baseline requests | baseline 429s | baseline peak in flight | SDK / baseline |"
        )
        print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        ratios = []
        for run in range(1, args.runs + 1):
            order = [sdk_name, base_name] if run % 2 else [base_name, sdk_name]
            rows = {name: await measure(name, args.calls, read_at, seed=7) for name in order}
            s, b = rows[sdk_name], rows[base_name]
            ratios.append(s["seconds"] / b["seconds"])
            print(
                f"| {run} | {s['seconds']:.2f} | {s['requests']} | {s['429s']} | {s['peak']} "
                f"| {b['seconds']:.2f} | {b['requests']} | {b['429s']} | {b['peak']} "
                f"| {ratios[-1]:.3f} |"
            )
        print(f"\nSDK / baseline: {min(ratios):.3f} - {max(ratios):.3f}\n")
    if args.skip_oauth:
        return
    print(
        f"## 2 waves of {WAVE} concurrent GET /jobs, access tokens living {TOKEN_LIFETIME:.0f} s\n"
    )
    print(
        "| run | seconds | requests | sent with an expired token | token requests | 429s "
        "| peak in flight |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|")
    for run in range(1, args.runs + 1):
        r = await across_expiries()
        print(
            f"| {run} | {r['seconds']:.2f} | {r['requests']} | {r['expired']} | {r['tokens']} "
            f"| {r['429s']} | {r['peak']} |"
        )


if __name__ == "__main__":
    asyncio.run(main())
