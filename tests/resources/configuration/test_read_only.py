"""Configuration that the API only reads: company, hiring processes, reasons, sites, offers."""

import pytest

import smartrecruiters_async as sr
from smartrecruiters_async.models import (
    CareerSite,
    CompanyConfiguration,
    HiringProcess,
    HiringProcessSubStatuses,
    IdLabel,
    OfferPropertyType,
    Reason,
)


async def test_company_keeps_fields_no_model_declares(client: sr.SmartRecruiters) -> None:
    company = await client.configuration.company.get()
    assert isinstance(company, CompanyConfiguration)
    assert company.identifier == "acme"
    assert company.industry == IdLabel(id="computer_software", label="Computer Software")
    assert company.location is not None
    assert company.location.iso_country_code == "us"
    assert company.extra_fields == {"brandColor": "#0a66c2"}


async def test_hiring_processes_carry_active_and_sub_statuses(
    client: sr.SmartRecruiters,
) -> None:
    processes = await client.configuration.hiring_processes.list()
    assert [(p.name, p.active) for p in processes] == [("Standard", True), ("Campus hiring", False)]
    assert processes[0].id is not None
    standard = await client.configuration.hiring_processes.get(processes[0].id)
    assert isinstance(standard, HiringProcess)
    assert standard == processes[0]
    assert standard.sub_statuses == HiringProcessSubStatuses(
        in_review=["Phone screen", "Assessment"],
        interview=["First round", "Final round"],
        offered=["Offer sent"],
    )
    with pytest.raises(sr.NotFoundError):
        await client.configuration.hiring_processes.get("nope")


async def test_reasons(client: sr.SmartRecruiters) -> None:
    rejection = await client.configuration.reasons.rejection()
    withdrawal = await client.configuration.reasons.withdrawal()
    assert all(isinstance(r, Reason) for r in rejection + withdrawal)
    assert "Position filled" in [r.label for r in rejection]
    assert [r.id for r in withdrawal] == ["wr-other-offer", "wr-salary"]


async def test_career_sites(client: sr.SmartRecruiters) -> None:
    sites = await client.configuration.career_sites.list()
    assert [s.id for s in sites] == ["cs-main", "cs-de"]
    assert await client.configuration.career_sites.get("cs-de") == CareerSite(id="cs-de")
    with pytest.raises(sr.NotFoundError):
        await client.configuration.career_sites.get("cs-none")


async def test_offer_properties_come_by_category(client: sr.SmartRecruiters) -> None:
    categories = await client.configuration.offer_properties.list()
    assert [c.id for c in categories] == ["compensation", "dates"]
    assert [(p.key, p.type, p.required) for p in categories[0].properties] == [
        ("salary", OfferPropertyType.CURRENCY, True),
        ("bonus", OfferPropertyType.PERCENT, False),
    ]


async def test_the_configuration_attribute_groups_every_subject(client: sr.SmartRecruiters) -> None:
    config = client.configuration
    assert {name for name in vars(config) if not name.startswith("_")} == {
        "company",
        "departments",
        "hiring_processes",
        "job_properties",
        "candidate_properties",
        "offer_properties",
        "sources",
        "reasons",
        "career_sites",
        "locations",
        "access_groups",
    }
    assert hasattr(config.job_properties, "values")
    assert hasattr(config.job_properties, "dependents")
    assert hasattr(config.candidate_properties, "values")
