"""Departments and access groups: create then read back, update, delete, validation."""

import pytest

import smartrecruiters_async as sr
from smartrecruiters_async.models import (
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


async def test_access_group_lifecycle(client: sr.SmartRecruiters) -> None:
    groups = client.configuration.access_groups
    assert [g.name for g in await groups.list()] == ["Everyone", "HR"]
    created = await groups.create(NewConfigurationAccessGroup(name="Recruiters"))
    assert isinstance(created, ConfigurationAccessGroup)
    assert await groups.get(created.id) == created
    updated = await groups.update(
        created.id, NewConfigurationAccessGroup(name="Recruiting", description="Finds people")
    )
    assert (updated.name, updated.description) == ("Recruiting", "Finds people")
    assert await groups.get(created.id) == updated
    await groups.delete(created.id)
    with pytest.raises(sr.NotFoundError):
        await groups.get(created.id)
    with pytest.raises(sr.NotFoundError):
        await groups.delete(created.id)


async def test_access_group_validation(client: sr.SmartRecruiters) -> None:
    groups = client.configuration.access_groups
    with pytest.raises(sr.ConflictError):
        await groups.create(NewConfigurationAccessGroup(name="hr"))
    with pytest.raises(sr.BadRequestError) as caught:
        await client.request("POST", "/configuration/access-groups", json={"name": 5})
    assert caught.value.body is not None
    assert caught.value.body.errors[0]["code"] == "INVALID_TYPE"
    with pytest.raises(sr.NotFoundError):
        await groups.update("ag-none", NewConfigurationAccessGroup(name="x"))
