"""Throttling as a client sees it: 429s, Retry-After, rate-limit headers, stats."""

from __future__ import annotations

import asyncio

import aiohttp
import pytest

from smartrecruiters_async.testing import FakeSmartRecruiters, Fault
from smartrecruiters_async.testing.pytest_plugin import FakeServerFactory

RATE_HEADERS = (
    "X-RateLimit-Limit",
    "X-RateLimit-Remaining",
    "X-RateLimit-Concurrent-Limit",
    "X-RateLimit-Concurrent-Remaining",
)
KEY = {"X-SmartToken": "secret"}


async def test_twelve_rapid_requests_draw_429s(
    fake_smartrecruiters_factory: FakeServerFactory,
) -> None:
    server = await fake_smartrecruiters_factory(postings=20)
    statuses = []
    async with aiohttp.ClientSession() as session:
        for _ in range(12):
            async with session.get(f"{server.url}/v1/companies/acme/postings") as response:
                assert all(name in response.headers for name in RATE_HEADERS)
                statuses.append(response.status)
                if response.status == 429:
                    assert int(response.headers["Retry-After"]) >= 1
                    body = await response.json()
                    assert body["errors"][0]["code"] == "TOO_MANY_REQUESTS"
    rejected = statuses.count(429)
    assert rejected >= 1
    assert statuses[:10] == [200] * 10
    assert server.stats.rejections == {"rate:default": rejected}
    assert server.stats.max_window("default") <= 10
    assert server.stats.max_window("default", accepted_only=False) == 12


async def test_remaining_header_counts_down(
    fake_smartrecruiters_factory: FakeServerFactory,
) -> None:
    server = await fake_smartrecruiters_factory(postings=20)
    server.throttle.clock = lambda: 0.0  # every arrival in the same instant: exact counts
    remaining = []
    async with aiohttp.ClientSession() as session:
        for _ in range(3):
            async with session.get(f"{server.url}/v1/companies/acme/departments") as response:
                remaining.append(response.headers["X-RateLimit-Remaining"])
                assert response.headers["X-RateLimit-Limit"] == "10"
    assert remaining == ["9", "8", "7"]


async def test_publication_rate_class(fake_smartrecruiters_factory: FakeServerFactory) -> None:
    server = await fake_smartrecruiters_factory(postings=1)
    server.throttle.clock = lambda: 0.0
    statuses = []
    async with aiohttp.ClientSession(headers=KEY) as session:
        for job in range(3):
            url = f"{server.url}/jobs/{job}/publication"
            async with session.post(url, json={"visibility": "PUBLIC"}) as response:
                statuses.append(response.status)
                assert response.headers["X-RateLimit-Limit"] == "2"
    assert statuses == [201, 201, 429]
    assert server.stats.rejections == {"rate:publication": 1}


async def test_concurrency_slot_held_while_in_flight(
    fake_smartrecruiters_factory: FakeServerFactory,
) -> None:
    server = await fake_smartrecruiters_factory(postings=1, candidates=5)
    server.faults.add(Fault.slow(1.0, operation_id="candidates.all"))
    async with aiohttp.ClientSession(headers=KEY) as session:
        slow = asyncio.create_task(session.get(f"{server.url}/candidates"))
        # The server offers no event to wait on; its live state is what this test is about.
        while server.throttle.in_flight.get("candidates_list", 0) == 0:  # noqa: ASYNC110
            await asyncio.sleep(0.005)
        async with session.get(f"{server.url}/candidates") as response:
            assert response.status == 429
            assert response.headers["X-RateLimit-Concurrent-Limit"] == "1"
            assert response.headers["X-RateLimit-Concurrent-Remaining"] == "0"
        async with await slow as response:
            assert response.status == 200
    assert server.throttle.in_flight["candidates_list"] == 0
    assert server.stats.rejections == {"concurrency:candidates_list": 1}
    assert server.stats.max_in_flight["candidates_list"] == 1


@pytest.mark.parametrize(
    ("read_at", "expected"), [("arrival", ("7", "6")), ("response", ("6", "7"))]
)
async def test_rate_limit_headers_are_read_at_arrival_or_at_response(
    fake_smartrecruiters_factory: FakeServerFactory, read_at: str, expected: tuple[str, str]
) -> None:
    # A arrives alone and answers while B, which arrived after it, is still in flight.
    server = await fake_smartrecruiters_factory(postings=5, rate_limit_headers=read_at)
    server.faults.add(Fault.slow(0.3, operation_id="v1.listDepartments"))
    server.faults.add(Fault.slow(1.0, operation_id="v1.listDepartments"))
    url = f"{server.url}/v1/companies/acme/departments"
    async with aiohttp.ClientSession() as session:

        async def remaining() -> str:
            async with session.get(url) as response:
                assert response.status == 200
                return response.headers["X-RateLimit-Concurrent-Remaining"]

        first = asyncio.create_task(remaining())
        # The server offers no event to wait on; its live state is what this test is about.
        while server.throttle.in_flight.get("default", 0) == 0:  # noqa: ASYNC110
            await asyncio.sleep(0.005)
        second = asyncio.create_task(remaining())
        assert (await first, await second) == expected


async def test_rate_limit_headers_must_be_arrival_or_response() -> None:
    with pytest.raises(ValueError, match="rate_limit_headers"):
        FakeSmartRecruiters(rate_limit_headers="later")  # type: ignore[arg-type]


async def test_jitter_and_latency_options_serve_normally(
    fake_smartrecruiters_factory: FakeServerFactory,
) -> None:
    server = await fake_smartrecruiters_factory(
        postings=5, arrival_jitter=(0.0, 0.01), latency=(0.005, 0.01), algorithm="token_bucket"
    )
    async with aiohttp.ClientSession() as session:
        responses = await asyncio.gather(
            *(session.get(f"{server.url}/v1/companies/acme/postings") for _ in range(5))
        )
        assert [r.status for r in responses] == [200] * 5
        for response in responses:
            response.release()
    assert server.stats.max_in_flight["default"] >= 1
    assert server.stats.achieved_rate() > 0


async def test_arrival_is_counted_at_receipt_plus_the_simulated_delay(
    fake_smartrecruiters_factory: FakeServerFactory,
) -> None:
    server = await fake_smartrecruiters_factory(postings=5, arrival_jitter=(0.25, 0.25))
    readings = iter([100.0])

    def stalled_clock() -> float:
        # Receipt at 100.0; every later reading is as if the process had stalled for 5 s.
        return next(readings, 105.0)

    server.throttle.clock = stalled_clock
    url = f"{server.url}/v1/companies/acme/postings"
    async with aiohttp.ClientSession() as session, session.get(url, headers=KEY) as resp:
        assert resp.status == 200
    # A stall or an overshooting timer is the test machine, not the network it simulates.
    assert [arrival.time for arrival in server.stats.arrivals] == [100.25]
