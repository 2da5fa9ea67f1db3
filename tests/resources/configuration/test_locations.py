"""Predefined locations: create, read back, replace, delete one or many, validation."""

import pytest

import smartrecruiters_async as sr
from smartrecruiters_async.models import NewPredefinedLocation, PredefinedLocation
from smartrecruiters_async.testing import FakeSmartRecruiters


async def test_location_lifecycle(client: sr.SmartRecruiters) -> None:
    locations = client.configuration.locations
    seeded = await locations.list()
    assert [loc.city for loc in seeded] == ["San Francisco", "Los Angeles", "New York"]
    created = await locations.create(
        NewPredefinedLocation(country_code="de", city="Berlin", postal_code="10115")
    )
    assert isinstance(created, PredefinedLocation)
    assert (created.country, created.country_code, created.postal_code) == (
        "Germany",
        "de",
        "10115",
    )
    assert await locations.get(created.id) == created
    moved = await locations.update(
        created.id, NewPredefinedLocation(country_code="us", region_code="WA", city="Seattle")
    )
    assert (moved.id, moved.city, moved.region_code, moved.postal_code) == (
        created.id,
        "Seattle",
        "WA",
        None,
    )
    assert await locations.get(created.id) == moved
    await locations.delete(created.id)
    with pytest.raises(sr.NotFoundError):
        await locations.get(created.id)


async def test_delete_many_sends_repeated_ids(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters
) -> None:
    locations = client.configuration.locations
    await locations.delete_many(["pl-1", "pl-3", "unknown"])
    assert server.requests[-1].query == "id=pl-1&id=pl-3&id=unknown"
    assert [loc.id for loc in await locations.list()] == ["pl-2"]
    with pytest.raises(ValueError, match="location_ids"):
        await locations.delete_many([])
    with pytest.raises(TypeError):
        await locations.delete_many("pl-2")


async def test_location_validation(client: sr.SmartRecruiters) -> None:
    locations = client.configuration.locations
    with pytest.raises(sr.BadRequestError) as caught:
        await locations.create(NewPredefinedLocation(country_code="Germany", city="Berlin"))
    assert caught.value.body is not None
    assert caught.value.body.errors[0]["code"] == "INVALID_VALUE"
    with pytest.raises(sr.BadRequestError) as caught:
        await client.request("POST", "/configuration/predefined-locations", json={"remote": "yes"})
    assert caught.value.body is not None
    assert [e["code"] for e in caught.value.body.errors] == [
        "REQUIRED_FIELD",
        "REQUIRED_FIELD",
        "INVALID_TYPE",
    ]
    with pytest.raises(sr.NotFoundError):
        await locations.update("pl-none", NewPredefinedLocation(country_code="us", city="Austin"))
    assert len(await locations.list()) == 3


async def test_the_fake_refuses_delete_many_without_an_id(client: sr.SmartRecruiters) -> None:
    with pytest.raises(sr.BadRequestError, match="id is required"):
        await client.request("DELETE", "/configuration/predefined-locations")
    with pytest.raises(sr.BadRequestError, match="id is required"):
        await client.request("DELETE", "/configuration/predefined-locations", params={"id": ","})
    assert len(await client.configuration.locations.list()) == 3
