"""``client.raw_responses()``: every typed call can also give the raw response (issue 16)."""

import asyncio

import pytest

import smartrecruiters_async as sr
from smartrecruiters_async._converter import unstructure


async def test_a_typed_call_gives_its_raw_response(client: sr.SmartRecruiters) -> None:
    first = await client.postings.list("acme", limit=3)
    with client.raw_responses() as responses:
        posting = await client.postings.get("acme", first.items[0].id)
    raw = responses.last
    assert len(responses) == 1
    assert raw.status == 200
    assert raw.method == "GET"
    assert raw.url.endswith(f"/postings/{first.items[0].id}")
    assert "X-RateLimit-Remaining" in raw.headers
    assert raw.json()["id"] == posting.id
    assert unstructure(posting)["name"] == raw.json()["name"]


async def test_every_page_of_a_walk_is_recorded_prefetches_included(
    client: sr.SmartRecruiters,
) -> None:
    with client.raw_responses() as responses:
        items = [p async for p in client.postings.list("acme", limit=3)]
    pages = [r.json() for r in responses]
    assert len(pages) >= 4  # 10 postings, 3 a page
    assert {item["id"] for page in pages for item in page["content"]} == {p.id for p in items}
    assert len(items) == 10


async def test_only_calls_inside_the_block_are_recorded(client: sr.SmartRecruiters) -> None:
    outside = asyncio.ensure_future(client.postings.list("acme", limit=1))
    with client.raw_responses(maxlen=1) as responses:
        await client.postings.list("acme", limit=2)
        await client.postings.list("acme", limit=4)
    await outside
    await client.postings.list("acme", limit=5)
    assert [r.json()["limit"] for r in responses] == [4]


def test_maxlen_must_be_a_positive_int(client: sr.SmartRecruiters) -> None:
    with pytest.raises(ValueError, match="maxlen"):
        client.raw_responses(maxlen=0)
    with client.raw_responses() as responses, pytest.raises(LookupError):
        _ = responses.last
