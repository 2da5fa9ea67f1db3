"""Departments and access groups: create then read back, update, delete, validation."""

from typing import Any

import pytest

import smartrecruiters_async as sr
from smartrecruiters_async.models import (
    AccessGroupCriteria,
    AccessGroupCriteriaInput,
    AccessGroupCriterion,
    AccessGroupCriterionInput,
    ConfigurationAccessGroup,
    Department,
    NewConfigurationAccessGroup,
    NewDepartment,
)
from smartrecruiters_async.testing import FakeSmartRecruiters


async def test_create_department_then_get_and_list(client: sr.SmartRecruiters) -> None:
    departments = client.configuration.departments
    before = await departments.list()
    assert "Engineering" in [d.label for d in before]
    created = await departments.create(NewDepartment(label="Research", description="Looks ahead."))
    assert created.label == "Research"
    assert created.id
    assert await departments.get(created.id) == created
    assert [d.id for d in await departments.list()] == [d.id for d in before] + [created.id]


async def test_language_travels_as_accept_language(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters
) -> None:
    await client.configuration.departments.list(language="de")
    assert server.requests[-1].headers["Accept-Language"] == "de"
    with pytest.raises(ValueError, match="language"):
        await client.configuration.departments.list(language=" ")


async def test_department_validation(client: sr.SmartRecruiters) -> None:
    with pytest.raises(sr.BadRequestError) as caught:
        await client.configuration.departments.create(NewDepartment(label="  "))
    assert caught.value.body is not None
    assert [e["code"] for e in caught.value.body.errors] == ["REQUIRED_FIELD"]
    with pytest.raises(sr.ConflictError):
        await client.configuration.departments.create(NewDepartment(label="engineering"))
    with pytest.raises(TypeError, match="NewDepartment"):
        await client.configuration.departments.create(Department(id="x", label="y"))  # type: ignore[arg-type]
    with pytest.raises(sr.NotFoundError):
        await client.configuration.departments.get("no-such-department")


def _group(name: str, description: str = "Some jobs", **include: list[str]) -> Any:
    """A new group of the jobs with those values of the named organisation fields."""
    criteria = {
        prop: AccessGroupCriterionInput(all=not values, values=values)
        for prop, values in (include or {"jp-region": []}).items()
    }
    return NewConfigurationAccessGroup(
        name=name, description=description, criteria=AccessGroupCriteriaInput(include=criteria)
    )


async def test_access_group_lifecycle(client: sr.SmartRecruiters) -> None:
    groups = client.configuration.access_groups
    seeded = await groups.list()
    assert [g.name for g in seeded] == ["Everyone", "EMEA"]
    assert seeded[1].criteria == AccessGroupCriteria(
        include={"jp-region": AccessGroupCriterion(all=False, values=["emea"])}
    )
    created = await groups.create(_group("Recruiters", **{"jp-country": ["de", "fr"]}))
    assert isinstance(created, ConfigurationAccessGroup)
    assert created.id is not None
    assert created.criteria is not None
    assert created.criteria.include["jp-country"].values == ["de", "fr"]
    assert await groups.get(created.id) == created
    updated = await groups.update(created.id, _group("Recruiting", "Finds people"))
    assert (updated.name, updated.description) == ("Recruiting", "Finds people")
    assert updated.criteria == AccessGroupCriteria(
        include={"jp-region": AccessGroupCriterion(all=True, values=[])}
    )
    assert await groups.get(created.id) == updated
    await groups.delete(created.id)
    with pytest.raises(sr.NotFoundError):
        await groups.get(created.id)
    with pytest.raises(sr.NotFoundError):
        await groups.delete(created.id)


async def test_access_group_validation(client: sr.SmartRecruiters) -> None:
    groups = client.configuration.access_groups
    with pytest.raises(sr.ConflictError):
        await groups.create(_group("emea"))
    with pytest.raises(sr.BadRequestError) as caught:
        await client.request("POST", "/configuration/access-groups", json={"name": 5})
    assert caught.value.body is not None
    assert sorted(e["code"] for e in caught.value.body.errors) == [
        "INVALID_TYPE",
        "REQUIRED_FIELD",
        "REQUIRED_FIELD",
    ]
    with pytest.raises(sr.UnprocessableEntityError) as refused:
        await groups.create(_group("Cost centres", **{"jp-cost-center": ["cc-100"]}))
    assert refused.value.body is not None
    assert refused.value.body.errors[0]["code"] == "INVALID_ACCESS_GROUP_CRITERION"
    bad = {"name": "x", "description": "y", "criteria": {"include": {"jp-region": {"all": 1}}}}
    with pytest.raises(sr.BadRequestError):
        await client.request("POST", "/configuration/access-groups", json=bad)
    with pytest.raises(sr.NotFoundError):
        await groups.update("ag-none", _group("x"))
