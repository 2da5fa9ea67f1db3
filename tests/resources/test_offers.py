"""The Offers API against the fake server: listing, filters, approvals and streamed documents."""

import datetime as dt
from pathlib import Path
from urllib.parse import parse_qs

import pytest

import smartrecruiters_async as sr
from smartrecruiters_async.models import Offer, OfferStatus
from smartrecruiters_async.testing import FakeSmartRecruiters
from smartrecruiters_async.testing.handlers.offers import offers_state
from smartrecruiters_async.testing.offer_data import DOCUMENT_SIZE, OFFER_COUNT
from smartrecruiters_async.testing.pytest_plugin import FakeServerFactory


def owner_of(server: FakeSmartRecruiters, offer_id: str) -> tuple[str, str]:
    return offers_state(server.data).owners[offer_id]


async def test_list_yields_every_offer_in_order_once(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters
) -> None:
    offers = [offer async for offer in client.offers.list(limit=7)]
    assert [o.id for o in offers] == list(offers_state(server.data).offers)
    assert len(offers) == OFFER_COUNT
    assert server.stats.count("candidates.offers.find") == 9  # 60 offers, 7 a page
    assert all(isinstance(o, Offer) for o in offers)
    assert all(o.actions.details and o.actions.details.method == "GET" for o in offers)


async def test_list_filters(client: sr.SmartRecruiters, server: FakeSmartRecruiters) -> None:
    after = dt.datetime(2023, 9, 1, tzinfo=dt.UTC)
    found = [
        o
        async for o in client.offers.list(
            status=[OfferStatus.ACCEPTED, "APPROVED"], created_after=after, age="100000 days"
        )
    ]
    assert found
    assert all(o.status in (OfferStatus.ACCEPTED, OfferStatus.APPROVED) for o in found)
    assert all(o.created_on and o.created_on > after for o in found)
    query = parse_qs(server.requests[-1].query)
    assert query["status"] == ["ACCEPTED", "APPROVED"]
    assert query["age"] == ["100000 days"]
    with pytest.raises(ValueError, match="status must be one of"):
        client.offers.list(status="SIGNED")
    with pytest.raises(sr.BadRequestError, match="age"):
        await client.offers.list(age="a while")


async def test_application_offers_get_and_approval(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters
) -> None:
    state = offers_state(server.data)
    offer_id = next(o for o in state.offers if o in state.approvals)
    candidate_id, job_id = owner_of(server, offer_id)
    listed = await client.offers.for_application(candidate_id, job_id)
    assert offer_id in {o.id for o in listed}
    offer = await client.offers.get(candidate_id, job_id, offer_id)
    assert offer.id == offer_id
    assert offer.properties is not None
    assert "baseSalary" in offer.properties
    approval = await client.offers.latest_approval(candidate_id, job_id, offer_id)
    assert approval.status in ("APPROVED", "PENDING")
    assert approval.approvers
    with pytest.raises(sr.NotFoundError):
        await client.offers.get(candidate_id, "another-job", offer_id)
    with pytest.raises(sr.NotFoundError):
        await client.offers.for_application("no-such-candidate", job_id)
    unapproved = next(o for o in state.offers if o not in state.approvals)
    candidate_id, job_id = owner_of(server, unapproved)
    with pytest.raises(sr.NotFoundError):
        await client.offers.latest_approval(candidate_id, job_id, unapproved)


async def test_documents_stream_to_a_file(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters, tmp_path: Path
) -> None:
    offer_id = next(iter(offers_state(server.data).offers))
    documents = await client.offers.documents(offer_id)
    assert documents
    document = documents[0]
    assert document.content_type == "application/pdf"
    target = tmp_path / "letter.pdf"
    size = await client.offers.save_document(offer_id, document.id, target)
    expected = offers_state(server.data).document_body(offer_id, document.id)
    assert size == DOCUMENT_SIZE
    assert target.read_bytes() == expected


async def test_documents_stream_as_chunks(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters
) -> None:
    offer_id = next(iter(offers_state(server.data).offers))
    document = (await client.offers.documents(offer_id))[0]
    async with client.offers.download_document(offer_id, document.id) as download:
        assert download.filename == document.name
        chunks = [chunk async for chunk in download]
    assert len(chunks) > 1
    assert max(len(c) for c in chunks) < DOCUMENT_SIZE
    assert b"".join(chunks).startswith(b"%PDF")
    with pytest.raises(sr.NotFoundError):
        async with client.offers.download_document(offer_id, "no-such-document"):
            pass
    with pytest.raises(ValueError, match="document_id"):
        async with client.offers.download_document(offer_id, ""):
            pass


async def test_document_downloads_keep_to_their_rate_class(
    fake_smartrecruiters_factory: FakeServerFactory,
) -> None:
    policies = sr.Policies(rates={"default": 100.0, "offer_documents": 10.0}, arrival_jitter=0.005)
    server = await fake_smartrecruiters_factory(policies=policies, postings=1)
    offer_id = next(iter(offers_state(server.data).offers))
    async with sr.SmartRecruiters(
        "key", base_url=server.url, governor=sr.LocalGovernor(policies)
    ) as client:
        document = (await client.offers.documents(offer_id))[0]
        for _ in range(4):
            async with client.offers.download_document(offer_id, document.id) as download:
                await download.read()
    assert server.stats.count("offers.documents.getDocument") == 4
    assert server.stats.throttled == 0
    assert server.stats.max_window("offer_documents", accepted_only=False) <= 10
    assert "offer_documents" in sr.operations()["offers.documents.getDocument"].rate_classes
