"""Configuration that the API only reads: company, hiring processes, reasons, sites, offers."""

import pytest

import smartrecruiters_async as sr
from smartrecruiters_async.models import (
    CareerSite,
    CompanyConfiguration,
    HiringProcess,
    IdLabel,
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


async def test_hiring_processes_list_names_and_get_adds_steps(client: sr.SmartRecruiters) -> None:
    processes = await client.configuration.hiring_processes.list()
    assert [p.name for p in processes] == ["Standard", "Campus hiring"]
    assert all(p.steps is None for p in processes)
    standard = await client.configuration.hiring_processes.get(processes[0].id)
    assert isinstance(standard, HiringProcess)
    assert standard.steps is not None
    assert [s.status for s in standard.steps] == ["NEW", "IN_REVIEW", "INTERVIEW", "OFFER", "HIRED"]
    assert [s.label for s in standard.steps[1].sub_statuses or []] == ["Phone screen", "Assessment"]
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
    assert [s.default for s in sites] == [True, False]
    german = await client.configuration.career_sites.get("cs-de")
    assert german == CareerSite(
        id="cs-de",
        name="Karriere",
        url="https://karriere.acme.example",
        language="de",
        default=False,
    )
    with pytest.raises(sr.NotFoundError):
        await client.configuration.career_sites.get("cs-none")


async def test_offer_properties(client: sr.SmartRecruiters) -> None:
    properties = await client.configuration.offer_properties.list()
    assert [(p.id, p.type, p.required) for p in properties][:2] == [
        ("op-salary", "CURRENCY", True),
        ("op-start", "DATE", True),
    ]


async def test_empty_ids_are_refused_before_any_request(
    client: sr.SmartRecruiters, server: object
) -> None:
    for call in (
        lambda: client.configuration.hiring_processes.get(""),
        lambda: client.configuration.career_sites.get("  "),
        lambda: client.configuration.departments.get(""),
        lambda: client.configuration.access_groups.delete(""),
    ):
        with pytest.raises(ValueError, match="non-empty"):
            await call()


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
