"""``client.candidates``: tags and candidate properties."""

import pytest

import smartrecruiters_async as sr
from smartrecruiters_async.models import (
    CandidatePropertyDefinitionType,
    PropertyContext,
    PropertyValueItem,
)
from smartrecruiters_async.testing import FakeSmartRecruiters

from .conftest import new_candidate


async def test_tags_get_add_replace_delete(client: sr.SmartRecruiters) -> None:
    created = await client.candidates.create(new_candidate(tags=["python"]))
    assert await client.candidates.tags(created.id) == ["python"]
    assert await client.candidates.add_tags(created.id, ["rust", "python"]) == ["python", "rust"]
    assert await client.candidates.tags(created.id) == ["python", "rust"]
    assert await client.candidates.replace_tags(created.id, ["go"]) == ["go"]
    assert (await client.candidates.get(created.id)).tags == ["go"]
    await client.candidates.delete_tags(created.id)
    assert await client.candidates.tags(created.id) == []


async def test_tags_are_checked_by_the_server(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters
) -> None:
    candidate_id = server.data.candidates[0]["id"]
    with pytest.raises(sr.BadRequestError):
        await client.request("PUT", f"/candidates/{candidate_id}/tags", json={"tags": "x"})
    with pytest.raises(sr.NotFoundError):
        await client.candidates.tags("nobody")


async def test_a_lone_string_is_one_tag(client: sr.SmartRecruiters) -> None:
    created = await client.candidates.create(new_candidate())
    assert await client.candidates.add_tags(created.id, "referral") == ["referral"]


async def test_set_a_property_then_read_it(client: sr.SmartRecruiters) -> None:
    created = await client.candidates.create(new_candidate())
    before = await client.candidates.properties(created.id, context=PropertyContext.PROFILE)
    assert {p.id: p.value for p in before.content}["notice-period"] is None
    await client.candidates.set_property(created.id, "notice-period", 30)
    await client.candidates.set_property(created.id, "seniority", "senior")
    await client.candidates.set_property(
        created.id, "expected-salary", {"code": "EUR", "value": 70000}
    )
    after = {p.id: p for p in (await client.candidates.properties(created.id)).content}
    assert after["notice-period"].value == 30
    # A single select's value is the option's id; its label comes as value_label.
    assert (after["seniority"].value, after["seniority"].value_label) == ("senior", "Senior")
    assert after["seniority"].type is CandidatePropertyDefinitionType.SINGLE_SELECT
    assert after["expected-salary"].value == {"code": "EUR", "value": 70000}


async def test_properties_of_an_application_one_and_in_batch(client: sr.SmartRecruiters) -> None:
    created = await client.candidates.create_for_job("job-1", new_candidate())
    await client.candidates.set_property(created.id, "relocation", True, job_id="job-1")
    await client.candidates.set_properties(
        created.id, "job-1", {"notes": "Strong systems background", "notice-period": 60}
    )
    await client.candidates.set_properties(
        created.id, "job-1", [PropertyValueItem(id="seniority", value="mid")]
    )
    for_job = {
        p.id: p.value
        for p in (await client.candidates.properties(created.id, job_id="job-1")).content
    }
    assert for_job["relocation"] is True
    assert for_job["notes"] == "Strong systems background"
    assert for_job["notice-period"] == 60
    assert for_job["seniority"] == "mid"
    profile = {p.id: p.value for p in (await client.candidates.properties(created.id)).content}
    assert profile["relocation"] is None


async def test_property_values_are_validated(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters
) -> None:
    created = await client.candidates.create_for_job("job-1", new_candidate())
    with pytest.raises(sr.BadRequestError) as caught:
        await client.candidates.set_property(created.id, "notice-period", "soon")
    assert caught.value.errors[0]["code"] == "INVALID_VALUE"
    with pytest.raises(sr.NotFoundError):
        await client.candidates.set_property(created.id, "no-such-property", 1)
    with pytest.raises(sr.BadRequestError):
        await client.candidates.set_properties(created.id, "job-1", {"seniority": "guru"})
    # All or nothing: the valid value of a refused batch is not stored.
    with pytest.raises(sr.BadRequestError):
        await client.candidates.set_properties(
            created.id, "job-1", {"notes": "kept?", "notice-period": "x"}
        )
    values = {
        p.id: p.value
        for p in (await client.candidates.properties(created.id, job_id="job-1")).content
    }
    assert values["notes"] is None
    server.requests.clear()
    with pytest.raises(ValueError, match="None"):
        await client.candidates.set_property(created.id, "notes", None)
    with pytest.raises(ValueError, match="empty"):
        await client.candidates.set_properties(created.id, "job-1", {})
    with pytest.raises(ValueError, match="context must be one of"):
        await client.candidates.properties(created.id, context="EVERYWHERE")
    assert not server.requests


@pytest.mark.parametrize("job", [False, True])
async def test_the_fake_refuses_an_unknown_properties_context(
    client: sr.SmartRecruiters, job: bool
) -> None:
    created = await client.candidates.create_for_job("job-1", new_candidate())
    path = f"/candidates/{created.id}" + ("/jobs/job-1" if job else "") + "/properties"
    assert await client.request("GET", path, params={"context": "HIRE_FORM"})
    with pytest.raises(sr.BadRequestError) as refused:
        await client.request("GET", path, params={"context": "EVERYWHERE"})
    assert refused.value.errors[0]["code"] == "INVALID_PARAMETER"
