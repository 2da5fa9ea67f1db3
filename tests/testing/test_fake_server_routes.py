"""Authentication, unknown paths, candidates, job publication and the Analytics API."""

from __future__ import annotations

import gzip

import aiohttp

from smartrecruiters_async.governor.policies import Policies
from smartrecruiters_async.testing import FakeSmartRecruiters
from smartrecruiters_async.testing.pytest_plugin import FakeServerFactory

KEY = {"X-SmartToken": "secret"}


async def test_credentials(fake_smartrecruiters_factory: FakeServerFactory) -> None:
    server = await fake_smartrecruiters_factory(postings=5, api_keys={"good"})
    url = server.url + "/candidates"
    async with aiohttp.ClientSession() as session:
        async with session.get(url) as response:
            assert response.status == 401
            body = await response.json()
            assert body["errors"][0]["code"] == "UNAUTHORIZED"
            assert "X-RateLimit-Limit" in response.headers
        async with session.get(url, headers={"X-SmartToken": "bad"}) as response:
            assert response.status == 401
        async with session.get(url, headers={"X-SmartToken": "good"}) as response:
            assert response.status == 200
        async with session.get(url, headers={"Authorization": "Bearer t0k3n"}) as response:
            assert response.status == 200
        analytics = server.url + "/analytics/jobs"
        async with session.get(analytics, headers={"Authorization": "Bearer t0k3n"}) as response:
            assert response.status == 401  # the Analytics API takes API keys only
        async with session.get(server.url + "/v1/companies/acme/departments") as response:
            assert response.status == 200  # Posting API: public
    assert [r.headers.get("X-SmartToken") for r in server.requests][:3] == [None, "bad", "good"]
    assert server.requests[3].headers["authorization"] == "Bearer t0k3n"


async def test_unknown_path_and_method(fake_smartrecruiters: FakeSmartRecruiters) -> None:
    async with aiohttp.ClientSession() as session:
        async with session.get(fake_smartrecruiters.url + "/v9/nothing") as response:
            assert response.status == 404
            assert (await response.json())["errors"][0]["code"] == "NOT_FOUND"
        async with session.put(fake_smartrecruiters.url + "/jobs/1/publication") as response:
            assert response.status == 405
            assert (await response.json())["errors"][0]["code"] == "METHOD_NOT_ALLOWED"
    assert fake_smartrecruiters.stats.arrivals[0].operation_id.startswith("unlisted:")


async def test_candidates_cursor_paging(fake_smartrecruiters_factory: FakeServerFactory) -> None:
    server = await fake_smartrecruiters_factory(postings=1, candidates=23)
    ids: list[str] = []
    links: list[str | None] = []
    url: str | None = server.url + "/candidates?limit=10"
    async with aiohttp.ClientSession(headers=KEY) as session:
        while url is not None:
            async with session.get(url) as response:
                page = await response.json()
                links.append(response.headers.get("Link"))
            assert page["limit"] == 10
            assert page["totalFound"] == 23
            ids += [c["id"] for c in page["content"]]
            next_page = page.get("nextPageId")
            url = None if next_page is None else f"{server.url}/candidates?pageId={next_page}"
        async with session.get(server.url + "/candidates?pageId=!!") as response:
            assert response.status == 400
    assert len(ids) == len(set(ids)) == 23
    assert links[2] is None
    assert links[0] is not None
    assert links[0].startswith(f"<{server.url}/candidates?limit=10&pageId=")
    assert links[0].endswith('>; rel="next"')


async def test_publication_lifecycle(fake_smartrecruiters_factory: FakeServerFactory) -> None:
    # Five publication calls in a row: more than the real 2/s allows.
    policies = Policies(rates={"default": 10, "publication": 10})
    server = await fake_smartrecruiters_factory(postings=1, policies=policies)
    url = server.url + "/jobs/job-1/publication"
    async with aiohttp.ClientSession(headers=KEY) as session:
        async with session.post(url, json={"visibility": "INTERNAL"}) as response:
            assert response.status == 201
            assert await response.read() == b""  # the API answers no body
        async with session.get(url) as response:
            listed = await response.json()
            assert listed["content"]
            assert all({"sourceName", "publishedOn"} <= set(item) for item in listed["content"])
        async with session.post(url, data="{not json") as response:
            assert response.status == 400
        async with session.delete(url) as response:
            assert response.status == 204
        async with session.get(url) as response:
            assert await response.json() == {"content": []}


async def test_analytics_gzip_stream_and_byte_budget(
    fake_smartrecruiters_factory: FakeServerFactory,
) -> None:
    server = await fake_smartrecruiters_factory(postings=1, analytics_bytes=150_000)
    url = server.url + "/analytics/applications"
    headers = {**KEY, "Accept-Encoding": "gzip"}
    async with aiohttp.ClientSession(headers=headers, auto_decompress=False) as session:
        async with session.get(url) as response:
            assert response.status == 200
            assert response.headers["Content-Encoding"] == "gzip"
            assert response.headers["Transfer-Encoding"] == "chunked"
            wire = await response.read()
        body = gzip.decompress(wire)
        assert len(body) == 150_000
        assert body.startswith(b'"applicationId",')
        async with session.get(url) as response:
            assert response.status == 429
            assert int(response.headers["Retry-After"]) >= 1
        async with session.get(server.url + "/analytics/jobs") as response:
            assert response.status == 200  # a separate budget per endpoint
    assert server.stats.bytes_written["analytics.applications"] == len(wire)
    assert server.stats.rejections == {"bytes:analytics": 1}
    assert server.stats.peak_byte_rate("analytics.applications") == len(wire)


async def test_analytics_json_uncompressed(
    fake_smartrecruiters_factory: FakeServerFactory,
) -> None:
    server = await fake_smartrecruiters_factory(postings=1, analytics_bytes=40_000)
    headers = {**KEY, "Accept": "application/json", "Accept-Encoding": "identity"}
    async with (
        aiohttp.ClientSession(headers=headers) as session,
        session.get(server.url + "/analytics/positions") as response,
    ):
        assert response.headers.get("Content-Encoding") is None
        document = await response.json()
    assert len(document["content"]) > 100
    assert server.stats.bytes_written["analytics.positions"] == 40_000
