"""The job board's feed, the Marketplace offer search and the assessment partner app, against
the fake server (which plays SmartRecruiters for the partner app's own calls)."""

import datetime as dt
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest
from aiohttp.test_utils import TestServer

import smartrecruiters_async as sr
from smartrecruiters_async.models import (
    AssessmentOfferStatus,
    FeedPosting,
    FeedStatus,
    FeedStatusUpdate,
    PackageQuery,
    PartnerAccessToken,
    PartnerTokenRequest,
)
from smartrecruiters_async.partner_app import AssessmentPartnerApp
from smartrecruiters_async.testing import FakeSmartRecruiters
from smartrecruiters_async.testing.handlers.assessment_offers import _state as offers_state
from smartrecruiters_async.testing.handlers.documents import documents
from smartrecruiters_async.testing.handlers.feed import feed_jobs


async def test_the_feed_pages_every_posting_once_in_order(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters
) -> None:
    postings = [p async for p in client.feed.list(limit=3)]
    assert all(isinstance(p, FeedPosting) for p in postings)
    assert [p.id for p in postings] == [p["id"] for p in server.data.postings]  # 10, newest first
    assert server.stats.count("postingsJSONStream") == 4
    first = postings[0]
    assert first.status is FeedStatus.PENDING
    assert first.location
    assert first.location.city
    assert first.job_ad
    assert first.job_ad.job_description


async def test_a_status_report_moves_the_posting_between_filters(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters
) -> None:
    posting_id = server.data.postings[2]["id"]
    live = FeedStatusUpdate(status="Active", live_url="https://board.example/jobs/1")  # type: ignore[arg-type]
    await client.feed.set_status(int(posting_id), live)
    assert feed_jobs(server.data)[posting_id]["status"] == "Active"
    assert (await client.feed.get(posting_id)).status is FeedStatus.ACTIVE
    active = [p.id async for p in client.feed.list(status=[FeedStatus.ACTIVE, "Error"])]
    assert active == [posting_id]
    assert posting_id not in [p.id async for p in client.feed.list()]  # Pending only
    recent = client.feed.list(updated_after=dt.datetime.now(dt.UTC) - dt.timedelta(minutes=5))
    assert [p.id async for p in recent] == []  # the report is recent, but it is not Pending
    with pytest.raises(sr.NotFoundError):
        await client.feed.get("404")


@pytest.mark.parametrize(
    "bad",
    [
        {"status": FeedStatus.ACTIVE},
        {"status": FeedStatus.ERROR, "comment": " "},
        {"status": FeedStatus.TO_UNPOST},
        {"status": "Gone"},
    ],
)
async def test_a_bad_status_report_is_refused_before_sending(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters, bad: dict[str, Any]
) -> None:
    with pytest.raises(ValueError, match="update"):
        await client.feed.set_status("1", FeedStatusUpdate(**bad))
    with pytest.raises(TypeError):
        await client.feed.set_status("1", {"status": "Active"})  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="timezone-aware"):
        client.feed.list(updated_after=dt.datetime(2024, 1, 1))
    with pytest.raises(ValueError, match="status must be one of"):
        client.partners.search_offers(status="GONE")
    assert server.stats.count() == 0


async def test_the_offer_search_pages_every_offer_once_in_order(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters
) -> None:
    offers = offers_state(server.data).offers.values()
    newest = sorted(offers, key=lambda o: (o["lastUpdateDate"], o["id"]), reverse=True)
    found = [o.id async for o in client.partners.search_offers(limit=7)]
    assert found == [o["id"] for o in newest]  # 25 offers
    assert server.stats.count("assessment.offers.list") == 4  # one endpoint, two spec files
    active = client.partners.search_offers(status=AssessmentOfferStatus.ACTIVE, q="test")
    assert {o.status async for o in active} <= {AssessmentOfferStatus.ACTIVE}
    assert [o async for o in client.partners.search_offers(posting_id="7439996")] == []


class Vendor(AssessmentPartnerApp):
    """A partner offering packages and orders; it reports results back through the SDK."""

    def __init__(self, smartrecruiters: sr.SmartRecruiters) -> None:
        self.smartrecruiters = smartrecruiters
        self.tokens: set[str] = set()

    async def verify_token(self, token: str) -> bool:
        return token in self.tokens

    async def issue_token(self, request: PartnerTokenRequest) -> PartnerAccessToken:
        self.tokens.add(f"token-of-{request.client_id}")
        return PartnerAccessToken(access_token=f"token-of-{request.client_id}", expires_in=60)

    async def list_packages(self, query: PackageQuery) -> Any:
        return [{"query": [query.country_code, query.remote, query.fields, query.requester]}]

    async def order_package(self, order: Any) -> Any:
        await self.smartrecruiters.assessment_partner.add_result_attachment(order["id"], b"%PDF")
        return {"accepted": order["id"]}


@pytest.fixture
async def partner(client: sr.SmartRecruiters) -> AsyncIterator[aiohttp.ClientSession]:
    app = TestServer(Vendor(client).make_app())
    async with app, aiohttp.ClientSession(str(app.make_url(""))) as session:
        yield session


async def test_the_partner_app_serves_what_smartrecruiters_sends(
    partner: aiohttp.ClientSession, server: FakeSmartRecruiters
) -> None:
    form = {"grant_type": "client_credentials", "client_id": "sr", "client_secret": "s"}
    async with partner.post("/oauth/token", data=form) as reply:
        token = await reply.json()
    assert token == {"access_token": "token-of-sr", "token_type": "bearer", "expires_in": 60}
    bearer = {"Authorization": "Bearer token-of-sr", "requester": '{"email": "a@b.c"}'}
    query = {"country-code": "de", "remote": "true", "skill": "java"}
    async with partner.get("/packages", params=query, headers=bearer) as reply:
        assert await reply.json() == [
            {"query": ["de", "true", {"skill": "java"}, {"email": "a@b.c"}]}
        ]
    documents(server.data).put("order-results", "o1", {})
    async with partner.post("/packages/orders", json={"id": "o1"}, headers=bearer) as reply:
        assert await reply.json() == {"accepted": "o1"}
    assert documents(server.data).of("order-attachments")["o1"] == [{"filename": "file", "size": 4}]


@pytest.mark.parametrize(
    ("method", "path", "options", "status"),
    [
        ("GET", "/packages", {}, 401),  # no token
        ("GET", "/packages/p1", {"headers": {"Authorization": "Bearer forged"}}, 401),
        ("POST", "/oauth/token", {"data": {"client_id": "sr"}}, 400),  # no grant_type
        ("GET", "/integration", {}, 501),  # not overridden
    ],
)
async def test_the_partner_app_refuses_what_it_cannot_serve(
    partner: aiohttp.ClientSession, method: str, path: str, options: dict[str, Any], status: int
) -> None:
    async with partner.request(method, path, **options) as reply:
        assert reply.status == status


async def test_an_unoffered_operation_answers_501_once_authorized(
    client: sr.SmartRecruiters,
) -> None:
    vendor = Vendor(client)
    vendor.tokens.add("t")
    async with TestServer(vendor.make_app()) as app, aiohttp.ClientSession() as session:
        url = app.make_url("/integrations/companies/c1")
        async with session.delete(url, headers={"Authorization": "Bearer t"}) as reply:
            assert reply.status == 501
            assert "deleteIntegration" in (await reply.json())["message"]
