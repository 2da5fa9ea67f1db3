"""Job properties: create, patch, translate, (de)activate; values; dependents."""

import pytest

import smartrecruiters_async as sr
from smartrecruiters_async.models import (
    DependentJobProperty,
    DependentJobPropertyValue,
    JobPropertyCategory,
    JobPropertyDefinition,
    LabelTranslation,
    NewJobPropertyDefinition,
    NewJobPropertyValueDefinition,
)
from smartrecruiters_async.testing import FakeSmartRecruiters


async def test_create_then_get_and_list(client: sr.SmartRecruiters) -> None:
    props = client.configuration.job_properties
    created = await props.create(
        NewJobPropertyDefinition(label="Level", category=JobPropertyCategory.JOB, visible=True)
    )
    assert created.id is not None
    assert created == JobPropertyDefinition(
        id=created.id,
        label="Level",
        category=JobPropertyCategory.JOB,
        active=False,
        visible=True,
        required=False,
    )
    assert await props.get(created.id) == created
    assert [p.id for p in await props.list()][-1] == created.id
    with pytest.raises(sr.ConflictError):
        await props.create(NewJobPropertyDefinition(label="level", category="job", visible=False))


async def test_seeded_properties_keep_unknown_fields(client: sr.SmartRecruiters) -> None:
    region = await client.configuration.job_properties.get("jp-region")
    assert region.category is JobPropertyCategory.ORGANIZATION
    assert (region.active, region.visible, region.required) == (True, True, True)
    assert region.extra_fields == {"createdOn": "2024-01-15T09:30:00.000Z"}


async def test_bad_category_is_refused_by_the_server(client: sr.SmartRecruiters) -> None:
    with pytest.raises(sr.BadRequestError) as caught:
        await client.request("POST", "/configuration/job-properties", json={"category": "team"})
    assert caught.value.body is not None
    assert sorted(e["code"] for e in caught.value.body.errors) == [
        "INVALID_VALUE",
        "REQUIRED_FIELD",
        "REQUIRED_FIELD",
    ]


async def test_update_with_a_json_patch(client: sr.SmartRecruiters) -> None:
    props = client.configuration.job_properties
    patch = sr.JsonPatch().replace("/label", "Cost centre").replace("/required", True)
    updated = await props.update("jp-cost-center", patch)
    assert (updated.label, updated.required) == ("Cost centre", True)
    assert await props.get("jp-cost-center") == updated
    with pytest.raises(sr.BadRequestError):
        await props.update("jp-cost-center", sr.JsonPatch().replace("/category", "job"))
    with pytest.raises(sr.BadRequestError):
        await props.update("jp-cost-center", sr.JsonPatch().replace("/required", "yes"))
    with pytest.raises(sr.BadRequestError, match="READ_ONLY_FIELD"):
        await props.update(
            "jp-cost-center", sr.JsonPatch().replace("/label", "X").replace("/id", "x")
        )
    assert await props.get("jp-cost-center") == updated  # a refused patch changes nothing
    with pytest.raises(ValueError, match="at least one"):
        await props.update("jp-cost-center", sr.JsonPatch())
    with pytest.raises(TypeError, match="JsonPatch"):
        await props.update("jp-cost-center", [{"op": "replace"}])  # type: ignore[arg-type]


async def test_translations_show_in_the_requested_language(client: sr.SmartRecruiters) -> None:
    props = client.configuration.job_properties
    await props.translate("jp-region", {"de": "Gebiet", "fr": "Zone"})
    assert (await props.get("jp-region", language="de")).label == "Gebiet"
    assert (await props.get("jp-region", language="fr-CA")).label == "Zone"
    assert (await props.get("jp-region")).label == "Region"
    await props.translate("jp-region", [LabelTranslation(language="de", label="Bereich")])
    listed = {p.id: p.label for p in await props.list(language="de")}
    assert listed["jp-region"] == "Bereich"
    with pytest.raises(ValueError, match="label"):
        await props.translate("jp-region", {"de": ""})
    with pytest.raises(sr.NotFoundError):
        await props.translate("jp-none", {"de": "x"})


async def test_activation(client: sr.SmartRecruiters) -> None:
    props = client.configuration.job_properties
    await props.deactivate("jp-country")
    assert (await props.get("jp-country")).active is False
    await props.activate("jp-country")
    assert (await props.get("jp-country")).active is True
    with pytest.raises(sr.NotFoundError):
        await props.activate("jp-none")


async def test_values_create_update_translate(client: sr.SmartRecruiters) -> None:
    values = client.configuration.job_properties.values
    created = await values.create("jp-region", NewJobPropertyValueDefinition(label="LATAM"))
    assert created.label == "LATAM"
    assert created.archived is False
    assert created.id is not None
    updated = await values.update(
        "jp-region", created.id, sr.JsonPatch().replace("/label", "Latin America")
    )
    assert updated.label == "Latin America"
    await values.translate("jp-region", created.id, {"es": "América Latina"})
    spanish = {v.id: v.label for v in await values.list("jp-region", language="es")}
    assert spanish[created.id] == "América Latina"
    assert spanish["emea"] == "EMEA"
    plain = {v.id: v.label for v in await values.list("jp-region")}
    assert plain[created.id] == "Latin America"
    with pytest.raises(sr.ConflictError):
        await values.create("jp-region", NewJobPropertyValueDefinition(id="emea", label="x"))
    assert [v.id for v in await values.list("jp-cost-center")] == ["cc-100", "cc-200"]
    with pytest.raises(sr.NotFoundError):
        await values.update("jp-region", "nope", sr.JsonPatch().replace("/label", "x"))


async def _archived(client: sr.SmartRecruiters, value_id: str) -> bool | None:
    found = {v.id: v for v in await client.configuration.job_properties.values.list("jp-region")}
    return found[value_id].archived


async def test_archive_and_unarchive(client: sr.SmartRecruiters) -> None:
    values = client.configuration.job_properties.values
    await values.archive("jp-region", "apac")
    assert await _archived(client, "apac") is True
    await values.unarchive("jp-region", "apac")
    assert await _archived(client, "apac") is False
    with pytest.raises(sr.NotFoundError):
        await values.archive("jp-region", "nope")


async def test_deprecated_archive_routes_warn_and_work(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters
) -> None:
    values = client.configuration.job_properties.values
    with pytest.warns(DeprecationWarning, match="archive"):
        await values.deprecated_archive("jp-region", "amer")
    assert await _archived(client, "amer") is True
    assert server.requests[-2].method == "DELETE"
    with pytest.warns(DeprecationWarning, match="unarchive"):
        await values.deprecated_unarchive("jp-region", "amer")
    assert await _archived(client, "amer") is False
    assert server.stats.count("configuration.job-properties.values.deprecatedUnarchive") == 1


async def test_dependents_lifecycle(client: sr.SmartRecruiters) -> None:
    dependents = client.configuration.job_properties.dependents
    assert await dependents.list("jp-region") == []
    added = await dependents.add("jp-region", ["jp-country"])
    assert added == [DependentJobProperty(id="jp-country", label="Country")]
    assert await dependents.add("jp-region", ["jp-country"]) == added  # adding twice: no change
    assert await dependents.list("jp-region") == added

    assert await dependents.add_value("jp-region", "emea", "jp-country", "de") is None
    await dependents.add_value("jp-region", "emea", "jp-country", "fr")
    await dependents.add_value("jp-region", "amer", "jp-country", "us")
    assert await dependents.values("jp-region", "emea", "jp-country") == [
        DependentJobPropertyValue(id="de", label="Germany"),
        DependentJobPropertyValue(id="fr", label="France"),
    ]
    relations = await dependents.relations("jp-region", "jp-country")
    assert {r.parent.id: [v.id for v in r.values] for r in relations if r.parent} == {
        "emea": ["de", "fr"],
        "amer": ["us"],
        "apac": [],
    }

    await dependents.remove_value("jp-region", "emea", "jp-country", "fr")
    assert [v.id for v in await dependents.values("jp-region", "emea", "jp-country")] == ["de"]
    with pytest.raises(sr.NotFoundError):
        await dependents.remove_value("jp-region", "emea", "jp-country", "fr")

    await dependents.remove("jp-region", "jp-country")
    assert await dependents.list("jp-region") == []
    with pytest.raises(sr.NotFoundError):
        await dependents.relations("jp-region", "jp-country")


async def test_dependents_validation(client: sr.SmartRecruiters) -> None:
    dependents = client.configuration.job_properties.dependents
    with pytest.raises(sr.BadRequestError):
        await dependents.add("jp-region", ["jp-region"])  # not on itself
    with pytest.raises(sr.NotFoundError):
        await dependents.add("jp-region", ["jp-none"])
    with pytest.raises(ValueError, match="dependent_ids"):
        await dependents.add("jp-region", [])
    await dependents.add("jp-region", ["jp-country"])
    with pytest.raises(sr.BadRequestError):
        await dependents.add_value("jp-region", "emea", "jp-country", "emea")  # not a country
    with pytest.raises(ValueError, match="dependent_value_id"):
        await dependents.add_value("jp-region", "emea", "jp-country", "")
