"""Candidate properties and the values of single-select ones."""

import pytest

import smartrecruiters_async as sr
from smartrecruiters_async.models import (
    CandidatePropertyAvailability,
    CandidatePropertyDefinitionType,
    CandidatePropertyFilter,
    CandidatePropertyFilterValues,
    CandidatePropertyUsers,
    CandidatePropertyValueDefinition,
    NewCandidatePropertyValueDefinition,
)


async def test_list_and_get(client: sr.SmartRecruiters) -> None:
    props = client.configuration.candidate_properties
    listed = await props.list()
    assert [p.type for p in listed] == [
        CandidatePropertyDefinitionType.SINGLE_SELECT,
        CandidatePropertyDefinitionType.CURRENCY,
        CandidatePropertyDefinitionType.DATE,
    ]
    assert await props.get("cp-shirt") == listed[0]
    assert listed[1].availability == CandidatePropertyAvailability(
        for_org_fields=[
            CandidatePropertyFilter(
                id="jp-region",
                values=CandidatePropertyFilterValues(all=False, content=["emea", "amer"]),
            )
        ],
        to_users=CandidatePropertyUsers.FULL_ACCESS,
    )
    with pytest.raises(sr.NotFoundError):
        await props.get("cp-none")


async def test_value_lifecycle(client: sr.SmartRecruiters) -> None:
    values = client.configuration.candidate_properties.values
    assert [v.id for v in await values.list("cp-shirt")] == ["xs", "s", "m", "l", "xl"]
    created = await values.create(
        "cp-shirt", NewCandidatePropertyValueDefinition(id="xxl", label="XXL")
    )
    assert created == CandidatePropertyValueDefinition(id="xxl", label="XXL")
    assert await values.get("cp-shirt", "xxl") == created
    renamed = await values.update("cp-shirt", "xxl", "2XL")
    assert renamed.label == "2XL"
    assert (await values.get("cp-shirt", "xxl")).label == "2XL"
    await values.delete("cp-shirt", "xxl")
    with pytest.raises(sr.NotFoundError):
        await values.get("cp-shirt", "xxl")
    with pytest.raises(sr.NotFoundError):
        await values.delete("cp-shirt", "xxl")


async def test_value_validation(client: sr.SmartRecruiters) -> None:
    values = client.configuration.candidate_properties.values
    with pytest.raises(sr.BadRequestError) as caught:
        await values.list("cp-salary")  # values exist only for SINGLE_SELECT
    assert caught.value.body is not None
    assert caught.value.body.errors[0]["code"] == "INVALID_PROPERTY_TYPE"
    with pytest.raises(sr.ConflictError):
        await values.create("cp-shirt", NewCandidatePropertyValueDefinition(id="m", label="M"))
    with pytest.raises(sr.BadRequestError):
        await values.create("cp-shirt", NewCandidatePropertyValueDefinition(label=""))
    with pytest.raises(ValueError, match="label"):
        await values.update("cp-shirt", "m", " ")
    assert len(await values.list("cp-shirt")) == 5
