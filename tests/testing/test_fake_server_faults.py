"""Every kind of injected fault, as a plain aiohttp client receives it."""

from __future__ import annotations

import json

import aiohttp
import pytest

from smartrecruiters_async.testing import FakeSmartRecruiters, Fault
from smartrecruiters_async.testing.pytest_plugin import FakeServerFactory

LIST = "/v1/companies/acme/postings"


@pytest.fixture
async def server(fake_smartrecruiters_factory: FakeServerFactory) -> FakeSmartRecruiters:
    return await fake_smartrecruiters_factory(postings=30)


async def test_server_error_with_json_body_then_recovery(server: FakeSmartRecruiters) -> None:
    server.faults.add(Fault.server_error(503, operation_id="v1.listPostings", times=2))
    async with aiohttp.ClientSession() as session:
        async with session.get(server.url + "/v1/companies/acme/departments") as response:
            assert response.status == 200  # another operation: not hit
        for _ in range(2):
            async with session.get(server.url + LIST) as response:
                assert response.status == 503
                body = await response.json()
                assert body["errors"][0]["code"] == "SERVICE_UNAVAILABLE"
                assert "X-RateLimit-Remaining" in response.headers
        async with session.get(server.url + LIST) as response:
            assert response.status == 200
    assert server.stats.statuses("v1.listPostings") == {503: 2, 200: 1}
    assert [a.fault for a in server.stats.arrivals] == [None, "status", "status", None]


async def test_bad_gateway_is_an_html_page(server: FakeSmartRecruiters) -> None:
    server.faults.add(Fault.server_error(502))
    async with aiohttp.ClientSession() as session, session.get(server.url + LIST) as response:
        assert response.status == 502
        assert response.content_type == "text/html"
        assert await response.text() == "<html><body><h1>502 Bad Gateway</h1></body></html>"


async def test_connection_reset(server: FakeSmartRecruiters) -> None:
    # aiohttp's client silently replays an idempotent request once after a disconnect,
    # so it takes two resets in a row to surface one.
    server.faults.add(Fault.connection_reset(times=2))
    async with aiohttp.ClientSession() as session:
        with pytest.raises(aiohttp.ServerDisconnectedError):
            async with session.get(server.url + LIST):
                pass
        async with session.get(server.url + LIST) as response:
            assert response.status == 200
    assert [a.status for a in server.stats.arrivals] == [None, None, 200]
    assert server.throttle.in_flight["default"] == 0


async def test_truncated_body(server: FakeSmartRecruiters) -> None:
    server.faults.add(Fault.truncated())
    async with aiohttp.ClientSession() as session, session.get(server.url + LIST) as response:
        assert response.status == 200
        assert int(response.headers["Content-Length"]) > 100
        with pytest.raises(aiohttp.ClientPayloadError):
            await response.read()
    written = server.stats.bytes_written["v1.listPostings"]
    assert written == int(response.headers["Content-Length"]) // 2


async def test_malformed_json(server: FakeSmartRecruiters) -> None:
    server.faults.add(Fault.malformed_json())
    async with aiohttp.ClientSession() as session, session.get(server.url + LIST) as response:
        assert response.status == 200
        assert response.content_type == "application/json"
        with pytest.raises(json.JSONDecodeError):
            json.loads(await response.text())


async def test_forced_rate_limit(server: FakeSmartRecruiters) -> None:
    server.faults.add(Fault.rate_limited(retry_after=3))
    async with aiohttp.ClientSession() as session, session.get(server.url + LIST) as response:
        assert response.status == 429
        assert response.headers["Retry-After"] == "3"
        assert (await response.json())["errors"][0]["code"] == "TOO_MANY_REQUESTS"
    assert server.stats.rejections == {"fault": 1}
    assert server.stats.throttled == 0


async def test_redirect_keeps_path_and_query(
    server: FakeSmartRecruiters, fake_smartrecruiters_factory: FakeServerFactory
) -> None:
    other = await fake_smartrecruiters_factory(postings=30)
    server.faults.add(Fault.redirect_to(other.url, times=2))
    async with aiohttp.ClientSession() as session:
        url = server.url + LIST + "?limit=5&country=us"
        async with session.get(url, allow_redirects=False) as response:
            assert response.status == 302
            assert response.headers["Location"] == other.url + LIST + "?limit=5&country=us"
        async with session.get(url) as response:
            assert response.status == 200
            assert (await response.json())["limit"] == 5
    assert other.stats.count("v1.listPostings") == 1
    assert other.requests[0].query == "limit=5&country=us"


async def test_delay_keeps_the_request_in_flight(server: FakeSmartRecruiters) -> None:
    server.faults.add(Fault.slow(0.05))
    async with aiohttp.ClientSession() as session, session.get(server.url + LIST) as response:
        assert response.status == 200
    assert server.faults.applied[0][1].kind == "delay"
    assert server.stats.max_in_flight == {"default": 1}
