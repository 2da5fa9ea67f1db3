"""The Posting API against the fake server: every method, every filter, every item once."""

import datetime as dt
from typing import Any
from urllib.parse import parse_qs

import pytest

import smartrecruiters_async as sr
from smartrecruiters_async.models import Posting
from smartrecruiters_async.testing import FakeSmartRecruiters
from smartrecruiters_async.testing.pytest_plugin import FakeServerFactory


@pytest.fixture
async def server(
    fake_smartrecruiters_factory: FakeServerFactory, policies: sr.Policies
) -> FakeSmartRecruiters:
    return await fake_smartrecruiters_factory(policies=policies, postings=1234)


@pytest.fixture
async def client(server: FakeSmartRecruiters, policies: sr.Policies) -> Any:
    async with sr.SmartRecruiters(base_url=server.url, governor=sr.LocalGovernor(policies)) as c:
        yield c


async def test_iterating_yields_every_posting_in_order_exactly_once(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters
) -> None:
    ids = [p.id async for p in client.postings.list("acme")]
    expected = [p["id"] for p in server.data.postings]
    assert ids == expected
    assert server.stats.count("v1.listPostings") == 13  # 1234 postings, 100 a page
    assert server.stats.throttled == 0


async def test_await_gives_the_first_page(client: sr.SmartRecruiters) -> None:
    page = await client.postings.list("acme", limit=7, offset=14)
    assert len(page) == 7
    assert page.total_found == 1234
    assert page.offset == 14
    assert all(isinstance(p, Posting) for p in page)


async def test_pages_and_max_items(client: sr.SmartRecruiters, server: FakeSmartRecruiters) -> None:
    pages = [page async for page in client.postings.list("acme", limit=50).pages()]
    assert [len(p) for p in pages] == [50] * 24 + [34]
    server.stats.reset()
    some = [p async for p in client.postings.list("acme", limit=50, max_items=120)]
    assert len(some) == 120
    assert server.stats.count("v1.listPostings") == 3


async def test_filters_reach_the_server_with_wire_names(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters
) -> None:
    after = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
    paginator = client.postings.list(
        "acme",
        q="engineer",
        country="us",
        region="CA",
        city="San Francisco",
        department="dep-1",
        destination=sr.Destination.PUBLIC,
        location_type=[sr.LocationType.REMOTE, "HYBRID"],
        job_ad_id="ad-1",
        language=["en", "de"],
        released_after=after,
        custom_fields={"f1": ["v1", "v2"]},
        limit=10,
    )
    await paginator
    query = parse_qs(server.requests[-1].query)
    assert query["q"] == ["engineer"]
    assert query["locationType"] == ["REMOTE", "HYBRID"]
    assert query["language"] == ["en", "de"]
    assert query["releasedAfter"] == ["2020-01-01T00:00:00.000+0000"]
    assert query["custom_field.f1"] == ["v1,v2"]
    assert query["destination"] == ["PUBLIC"]
    assert query["jobAdId"] == ["ad-1"]


async def test_country_filter_is_applied(client: sr.SmartRecruiters) -> None:
    germans = [p async for p in client.postings.list("acme", country="de")]
    assert germans
    assert {p.location.country for p in germans if p.location} == {"de"}


async def test_get_returns_the_full_posting(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters
) -> None:
    wanted = server.data.postings[3]
    posting = await client.postings.get("acme", wanted["id"])
    assert posting.id == wanted["id"]
    assert posting.job_ad is not None
    assert posting.job_ad.sections is not None
    assert posting.job_ad.sections.job_description is not None
    assert posting.job_ad.sections.job_description.text
    assert posting.released_date is not None
    assert posting.released_date.tzinfo is not None
    assert posting.active is True
    assert posting.experience_level is not None
    assert posting.experience_level.label == wanted["experienceLevel"]["label"]
    assert not posting.extra_fields  # the fake sends only names the models declare


async def test_unknown_posting_is_not_found_with_the_error_body(client: sr.SmartRecruiters) -> None:
    with pytest.raises(sr.NotFoundError) as info:
        await client.postings.get("acme", "no-such-posting")
    assert info.value.status == 404
    assert info.value.body.message


async def test_departments(client: sr.SmartRecruiters) -> None:
    departments = await client.postings.departments("acme")
    assert departments
    assert all(d.id and d.label for d in departments)


@pytest.mark.parametrize("posting_id", ["", " ", None, 1.5, ".", ".."])
async def test_bad_ids_are_refused_before_any_request(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters, posting_id: Any
) -> None:
    with pytest.raises(ValueError, match="posting_id"):
        await client.postings.get("acme", posting_id)
    assert server.stats.count() == 0


@pytest.mark.parametrize("posting_id", ["../departments", "...", "a b", "é/x"])
async def test_odd_ids_are_encoded_not_traversed(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters, posting_id: str
) -> None:
    with pytest.raises(sr.NotFoundError):
        await client.postings.get("acme", posting_id)
    assert server.stats.arrivals[-1].operation_id == "v1.getPosting"


async def test_max_items_fetches_the_next_pages_while_the_first_is_in_flight(
    fake_smartrecruiters_factory: FakeServerFactory, policies: sr.Policies
) -> None:
    server = await fake_smartrecruiters_factory(
        policies=policies, postings=1234, latency=(0.05, 0.05)
    )
    async with sr.SmartRecruiters(base_url=server.url, governor=sr.LocalGovernor(policies)) as c:
        ids = [p.id async for p in c.postings.list("acme", limit=100, max_items=200)]
    assert ids == [p["id"] for p in server.data.postings[:200]]
    # 100 items, 99 new ones after the one-item overlap, then the 200th: nothing beyond.
    assert server.stats.count("v1.listPostings") == 3
    # Without the look-ahead the later pages would wait for totalFound from the first (the
    # third may already find the first answered on a busy machine).
    assert server.stats.max_in_flight["default"] >= 2


async def test_a_list_shorter_than_max_items_yields_each_item_once(
    fake_smartrecruiters_factory: FakeServerFactory, policies: sr.Policies
) -> None:
    server = await fake_smartrecruiters_factory(policies=policies, postings=150)
    governor = sr.LocalGovernor(policies)
    async with sr.SmartRecruiters(base_url=server.url, governor=governor) as c:
        ids = [p.id async for p in c.postings.list("acme", limit=100, max_items=5000)]
        assert governor.stats().idle  # guessed pages past the end were cancelled or finished
    assert ids == [p["id"] for p in server.data.postings]
    assert 2 <= server.stats.count("v1.listPostings") <= 8  # at most prefetch - 1 guessed pages
