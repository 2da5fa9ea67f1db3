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


# -- page shapes, cut bodies, list changes, echoed credentials ---------------------------------


async def _page(session: aiohttp.ClientSession, url: str) -> tuple[int, object]:
    async with session.get(url) as response:
        return response.status, json.loads(await response.text())


@pytest.mark.parametrize(
    ("shape", "check"),
    [
        ("no_content", lambda page: "content" not in page and page["totalFound"] == 30),
        ("null_content", lambda page: page["content"] is None),
        ("no_total", lambda page: "totalFound" not in page and len(page["content"]) == 10),
        ("null_total", lambda page: page["totalFound"] is None),
        ("text_total", lambda page: page["totalFound"] == "lots"),
        ("bare_array", lambda page: isinstance(page, list) and len(page) == 10),
    ],
)
async def test_a_page_bent_out_of_shape(
    server: FakeSmartRecruiters, shape: str, check: object
) -> None:
    server.faults.add(Fault.malformed_page(shape, query={"offset": "10"}))  # type: ignore[arg-type]
    async with aiohttp.ClientSession() as session:
        status, first = await _page(session, server.url + LIST + "?offset=0")
        assert status == 200
        assert isinstance(first, dict)
        assert len(first["content"]) == 10  # another page: not hit
        status, bent = await _page(session, server.url + LIST + "?offset=10")
    assert status == 200
    assert callable(check)
    assert check(bent)
    assert server.faults.pending == []


def test_an_unknown_page_shape_is_refused() -> None:
    with pytest.raises(ValueError, match="shape"):
        Fault.malformed_page("upside_down")  # type: ignore[arg-type]


async def test_a_repeated_cursor_points_the_page_at_itself(
    fake_smartrecruiters_factory: FakeServerFactory,
) -> None:
    server = await fake_smartrecruiters_factory(candidates=30, api_keys=["k3y"])
    server.faults.add(Fault.malformed_page("repeat_cursor", operation_id="candidates.all", times=3))
    headers = {"X-SmartToken": "k3y"}
    async with aiohttp.ClientSession(headers=headers) as session:
        _, first = await _page(session, server.url + "/candidates?limit=10")
        assert isinstance(first, dict)
        cursor = first["nextPageId"]  # a first page has nothing to repeat
        url = server.url + f"/candidates?limit=10&pageId={cursor}"
        async with session.get(url) as response:
            second = await response.json()
            link = response.headers["Link"]
    assert second["nextPageId"] == cursor
    assert f"pageId={cursor}" in link
    assert second["content"] != first["content"]


async def test_cursor_ignored_serves_the_first_items_with_the_asked_pages_fields(
    server: FakeSmartRecruiters,
) -> None:
    server.faults.add(Fault.malformed_page("cursor_ignored", after=1))
    async with aiohttp.ClientSession() as session:
        _, first = await _page(session, server.url + LIST + "?offset=0&limit=10")
        _, again = await _page(session, server.url + LIST + "?offset=10&limit=10")
    assert isinstance(first, dict)
    assert isinstance(again, dict)
    assert again["content"] == first["content"]
    assert again["offset"] == 10


async def test_please_wait_and_truncated_json_are_complete_200s(
    server: FakeSmartRecruiters,
) -> None:
    server.faults.add(Fault.please_wait(), Fault.truncated_json())
    async with aiohttp.ClientSession() as session:
        async with session.get(server.url + LIST) as response:
            assert (response.status, response.content_type) == (200, "text/html")
            assert "Please wait" in await response.text()
        async with session.get(server.url + LIST) as response:
            assert response.status == 200
            body = await response.read()  # read whole: the framing is intact
            assert len(body) == int(response.headers["Content-Length"])
            with pytest.raises(json.JSONDecodeError):
                json.loads(body)


async def test_a_list_change_happens_before_the_request_is_served(
    server: FakeSmartRecruiters,
) -> None:
    before = [p["id"] for p in server.data.summaries]
    server.faults.add(Fault.list_changed(inserts=2, deletes=3, at=0, after=1))
    async with aiohttp.ClientSession() as session:
        _, first = await _page(session, server.url + LIST + "?limit=100")
        _, changed = await _page(session, server.url + LIST + "?limit=100")
    assert isinstance(first, dict)
    assert isinstance(changed, dict)
    assert (first["totalFound"], changed["totalFound"]) == (30, 29)
    (change,) = server.data.posting_changes
    assert change.deleted == tuple(before[:3])
    ids = [p["id"] for p in changed["content"]]
    assert ids == [*reversed(change.inserted), *before[3:]]
    assert not set(change.inserted) & set(before)


def test_a_list_change_needs_a_change() -> None:
    with pytest.raises(ValueError, match="inserts or deletes"):
        Fault.list_changed()


async def test_echo_credentials_repeats_what_the_request_sent(server: FakeSmartRecruiters) -> None:
    server.faults.add(Fault.echo_credentials())
    headers = {"X-SmartToken": "s3cr/t+key", "Authorization": "Bearer tok.en"}
    async with (
        aiohttp.ClientSession() as session,
        session.get(server.url + LIST, headers=headers) as response,
    ):
        text = await response.text()
        assert response.status == 401
        assert "s3cr/t+key" in response.headers["WWW-Authenticate"]
    assert "s3cr/t+key" in text
    assert "s3cr%2Ft%2Bkey" in text
    assert "tok.en" in text
