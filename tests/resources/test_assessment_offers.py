"""The sunset Assessment API /v1/offers against the fake server; every call warns."""

from typing import Any

import attrs
import pytest

import smartrecruiters_async as sr
from smartrecruiters_async.models import (
    AssessmentOffer,
    AssessmentOfferAvailability,
    AssessmentOfferInput,
    AssessmentOfferPrice,
    AssessmentOfferStatus,
    AssessmentOfferTerms,
    IdLabel,
)
from smartrecruiters_async.testing import FakeSmartRecruiters

SUNSET = "sunset date is 2024-05-10"

# Every call warns; the tests of behaviour silence that, test_every_method_warns checks it.
pytestmark = pytest.mark.filterwarnings(f"ignore:.*{SUNSET}:DeprecationWarning")


def new_offer(**changes: Any) -> AssessmentOfferInput:
    base = AssessmentOfferInput(
        catalog_id="ab-32-gf-asd",
        name="Java Developer Skill Test",
        description="Senior Java Developer Test",
        terms=AssessmentOfferTerms(
            type="SKILLS_TEST", price=AssessmentOfferPrice(amount="20.00", currency_code="USD")
        ),
        availability=AssessmentOfferAvailability(industries=[IdLabel(id="internet")]),
    )
    return attrs.evolve(base, **changes)  # type: ignore[misc]


async def test_insert_then_get(client: sr.SmartRecruiters) -> None:
    created = await client.assessment_offers.insert(new_offer())
    assert created.status is AssessmentOfferStatus.INACTIVE
    assert created.availability is not None
    assert created.availability.industries == [IdLabel(id="internet", label="Internet")]
    fetched = await client.assessment_offers.get(created.id)
    assert fetched == created


async def test_update_via_to_input_then_get(client: sr.SmartRecruiters) -> None:
    created = await client.assessment_offers.insert(
        attrs.evolve(new_offer(), extra_fields={"partnerNotes": "keep me"})  # type: ignore[misc]
    )
    assert created.extra_fields == {"partnerNotes": "keep me"}
    cheaper = attrs.evolve(  # type: ignore[misc]
        created.to_input(),
        terms=AssessmentOfferTerms(
            type="SKILLS_TEST", price=AssessmentOfferPrice(amount="50.00", currency_code="USD")
        ),
    )
    updated = await client.assessment_offers.update(created.id, cheaper)
    fetched = await client.assessment_offers.get(created.id)
    assert updated == fetched
    assert fetched.terms is not None
    assert fetched.terms.price == AssessmentOfferPrice(amount="50.00", currency_code="USD")
    assert fetched.extra_fields == {"partnerNotes": "keep me"}
    assert fetched.create_date == created.create_date


async def test_submit_and_withdraw_change_the_status(client: sr.SmartRecruiters) -> None:
    created = await client.assessment_offers.insert(new_offer())
    submitted = await client.assessment_offers.submit(created.id)
    assert (await client.assessment_offers.get(created.id)).status is (
        AssessmentOfferStatus.UNDER_REVIEW
    )
    withdrawn = await client.assessment_offers.withdraw(created.id)
    assert (await client.assessment_offers.get(created.id)).status is (
        AssessmentOfferStatus.INACTIVE
    )
    assert submitted.status is AssessmentOfferStatus.UNDER_REVIEW
    assert withdrawn.status is AssessmentOfferStatus.INACTIVE


async def test_list_pages_filters_and_warns(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters
) -> None:
    offers = [offer async for offer in client.assessment_offers.list(limit=4)]
    assert len(offers) == 25
    assert len({o.id for o in offers}) == 25
    assert all(isinstance(o, AssessmentOffer) for o in offers)
    dates = [o.last_update_date for o in offers]
    assert dates == sorted(dates, reverse=True)  # type: ignore[type-var]
    assert server.stats.count("assessment.offers.list") == 7
    active = [o async for o in client.assessment_offers.list(status="ACTIVE", q="test")]
    assert all(o.status is AssessmentOfferStatus.ACTIVE for o in active)
    with pytest.raises(ValueError, match="status"):
        client.assessment_offers.list(status="LIVE")


async def test_validation_answers_the_partner_error_object(client: sr.SmartRecruiters) -> None:
    bad = new_offer(
        availability=AssessmentOfferAvailability(industries=[IdLabel(id="computer_scienc")])
    )
    with pytest.raises(sr.BadRequestError) as caught:
        await client.assessment_offers.insert(bad)
    assert caught.value.body.code == "invalid_industry"
    assert caught.value.message == "Industry id is invalid: computer_scienc"
    with pytest.raises(sr.BadRequestError) as caught:
        await client.request("POST", "/v1/offers", json={"name": "No terms"})
    assert caught.value.body.code == "required_field"


async def test_unknown_offer_is_404(client: sr.SmartRecruiters) -> None:
    with pytest.raises(sr.NotFoundError):
        await client.assessment_offers.get("0" * 24)
    with pytest.raises(sr.NotFoundError):
        await client.assessment_offers.submit("0" * 24)


def test_every_route_is_marked_deprecated() -> None:
    routes = [r for r in sr.operations().values() if r.group == "assessment_offers"]
    assert len(routes) == 6
    assert all(r.deprecated and "2024-05-10" in r.deprecated for r in routes)
    assert sr.operations()["assessment.offers.update"].idempotent


@pytest.mark.filterwarnings("error")
async def test_every_method_warns_at_the_caller(client: sr.SmartRecruiters) -> None:
    offers = client.assessment_offers
    with pytest.warns(DeprecationWarning, match=SUNSET) as caught:
        created = await offers.insert(new_offer())
    assert caught[0].filename == __file__
    with pytest.warns(DeprecationWarning, match=r"get.*" + SUNSET):
        await offers.get(created.id)
    with pytest.warns(DeprecationWarning, match=r"update.*" + SUNSET):
        await offers.update(created.id, created.to_input())
    with pytest.warns(DeprecationWarning, match=r"submit.*" + SUNSET):
        await offers.submit(created.id)
    with pytest.warns(DeprecationWarning, match=r"withdraw.*" + SUNSET):
        await offers.withdraw(created.id)
    with pytest.warns(DeprecationWarning, match=r"list.*" + SUNSET):
        offers.list()
