"""The Posting API of the running fake server, through a plain aiohttp client."""

from __future__ import annotations

from typing import Any

import aiohttp

from smartrecruiters_async.testing import FakeSmartRecruiters
from smartrecruiters_async.testing.data import UNDECLARED_POSTING_FIELDS
from smartrecruiters_async.testing.pytest_plugin import FakeServerFactory

Json = dict[str, Any]


async def get_json(server: FakeSmartRecruiters, path: str, **params: Any) -> tuple[int, Json]:
    async with (
        aiohttp.ClientSession() as session,
        session.get(server.url + path, params=params) as response,
    ):
        return response.status, await response.json()


async def test_list_page_shape(fake_smartrecruiters: FakeSmartRecruiters) -> None:
    status, page = await get_json(fake_smartrecruiters, "/v1/companies/acme/postings")
    assert status == 200
    assert (page["offset"], page["limit"], page["totalFound"]) == (0, 10, 5000)
    assert len(page["content"]) == 10
    first = page["content"][0]
    assert {"id", "name", "releasedDate", "location", "customField", "language"} <= first.keys()
    assert not {"jobAd", "applyUrl", "postingUrl"} & first.keys()
    # The seeds' own keys (filters, data tests) never reach the wire: the API does not send them.
    for posting in page["content"]:
        assert not {"visibility", *UNDECLARED_POSTING_FIELDS} & posting.keys()
        assert "hybrid" not in posting["location"]
    dates = [p["releasedDate"] for p in page["content"]]
    assert dates == sorted(dates, reverse=True)


async def test_offset_pages_cover_every_posting_once(
    fake_smartrecruiters_factory: FakeServerFactory,
) -> None:
    server = await fake_smartrecruiters_factory(postings=57)
    seen: list[str] = []
    async with aiohttp.ClientSession() as session:
        for offset in range(0, 60, 20):
            url = f"{server.url}/v1/companies/acme/postings/"  # trailing slash, as documented
            async with session.get(url, params={"offset": offset, "limit": 20}) as response:
                seen += [p["id"] for p in (await response.json())["content"]]
    assert len(seen) == 57
    assert set(seen) == {p["id"] for p in server.data.postings}


async def test_limit_out_of_range_is_a_documented_400(
    fake_smartrecruiters_factory: FakeServerFactory,
) -> None:
    server = await fake_smartrecruiters_factory(postings=20)
    status, body = await get_json(server, "/v1/companies/acme/postings", limit=101)
    assert status == 400
    assert body == {
        "message": "limit must be between 1 and 100",
        "errors": [{"code": "INVALID_PARAMETER", "message": "limit must be between 1 and 100"}],
    }
    status, body = await get_json(server, "/v1/companies/acme/postings", offset=-1)
    assert status == 400
    assert body["errors"][0]["code"] == "INVALID_PARAMETER"


async def test_filters(fake_smartrecruiters_factory: FakeServerFactory) -> None:
    server = await fake_smartrecruiters_factory(postings=400)
    postings = server.data.postings
    path = "/v1/companies/acme/postings"

    async def found(**params: Any) -> list[Json]:
        status, page = await get_json(server, path, limit=100, **params)
        assert status == 200, page
        assert page["totalFound"] <= 100, "choose filters that fit one page"
        return list(page["content"])

    assert {p["location"]["country"] for p in await found(country="pl")} == {"pl"}
    remote = await found(locationType="REMOTE", country="de")
    assert remote
    assert all(p["location"]["remote"] for p in remote)
    internal = {p["id"] for p in postings if p["visibility"] == "INTERNAL"}
    assert {p["id"] for p in await found(destination="INTERNAL")} == internal
    assert len(internal) == 20
    assert {p["language"]["code"] for p in await found(language="fr", city="Paris")} == {"fr"}
    newest = sorted(p["releasedDate"] for p in postings)[-5]
    after = await found(releasedAfter=newest.replace("Z", "+0000"))
    assert len(after) == 4
    assert all("Engineer" in p["name"] for p in await found(q="engineer", country="us"))
    one = postings[7]
    assert [p["id"] for p in await found(jobAdId=one["jobAdId"])] == [one["id"]]
    field = one["customField"][0]
    params = {f"custom_field.{field['fieldId']}": field["valueId"], "city": one["location"]["city"]}
    matching = await found(department=one["department"]["id"], **params)
    assert one["id"] in [p["id"] for p in matching]


async def test_list_refuses_a_parameter_the_route_does_not_declare(
    fake_smartrecruiters_factory: FakeServerFactory,
) -> None:
    # The handler reads the SDK's own declaration: a misspelt name is refused, not ignored,
    # while any custom_field.{id} is declared for the request that sends it.
    server = await fake_smartrecruiters_factory(postings=20)
    status, body = await get_json(server, "/v1/companies/acme/postings", jobAdID="x")
    assert status == 400
    assert body["errors"][0]["message"] == "unknown query parameter(s): jobAdID"
    status, page = await get_json(
        server, "/v1/companies/acme/postings", **{"custom_field.nope": "v", "custom_field.x": "y"}
    )
    assert (status, page["totalFound"]) == (200, 0)


async def test_get_posting_and_departments(
    fake_smartrecruiters_factory: FakeServerFactory,
) -> None:
    server = await fake_smartrecruiters_factory(postings=30, company="globex")
    wanted = server.data.postings[3]
    status, posting = await get_json(server, f"/v1/companies/globex/postings/{wanted['id']}")
    assert status == 200
    assert posting["jobAd"]["sections"]["jobDescription"]["text"]
    assert posting["applyUrl"].startswith("https://jobs.smartrecruiters.com/globex/")
    assert posting["active"] is True
    assert "trackingCode" not in posting
    status, body = await get_json(server, f"/v1/companies/acme/postings/{wanted['id']}")
    assert status == 404
    assert body["errors"][0]["code"] == "NOT_FOUND"
    status, _ = await get_json(server, "/v1/companies/globex/postings/123")
    assert status == 404
    status, departments = await get_json(server, "/v1/companies/globex/departments")
    assert status == 200
    assert departments["totalFound"] == len(departments["content"]) > 0
    assert {"id", "label"} <= departments["content"][0].keys()
