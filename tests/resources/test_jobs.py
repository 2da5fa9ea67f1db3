"""The Job API against the fake server: every method with a real effect, and validation."""

import datetime as dt
from typing import Any
from urllib.parse import parse_qs

import attrs
import pytest

import smartrecruiters_async as sr
from smartrecruiters_async.models import (
    Compensation,
    Department,
    IdLabel,
    JobDetails,
    JobInput,
    JobLocationInput,
    JobStatus,
    JobSummary,
    PositionType,
    PostingStatus,
    SalaryRange,
    ScheduledStatus,
)
from smartrecruiters_async.testing import FakeSmartRecruiters
from smartrecruiters_async.testing.handlers.job_lookup import jobs_state
from smartrecruiters_async.testing.job_data import JOB_COUNT

# Keys no model declares, written by the tests themselves: the server stores what a client
# sends, so reading them back shows what a read-modify-write does with fields the SDK lacks.
UNDECLARED = {"internalCode": "IC-000042", "sourcingPriority": "HIGH"}


def new_job(**changes: Any) -> JobInput:
    base = JobInput(
        title="Platform Engineer",
        location=JobLocationInput(country_code="us", region_code="CA", city="San Francisco"),
        industry=IdLabel(id="computer_software"),
        function=IdLabel(id="engineering"),
        experience_level=IdLabel(id="mid_senior_level"),
        department=IdLabel(id="1049611"),
        target_hiring_date=dt.datetime(2025, 3, 1, 17, 30, tzinfo=dt.UTC),
    )
    return attrs.evolve(base, **changes)  # type: ignore[misc]


async def test_list_pages_by_cursor_with_sort_job_id(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters
) -> None:
    jobs = [job async for job in client.jobs.list(limit=40)]
    assert len(jobs) == JOB_COUNT
    assert len({job.id for job in jobs}) == JOB_COUNT
    assert [job.id for job in jobs] == sorted(job.id for job in jobs)
    assert all(isinstance(job, JobSummary) for job in jobs)
    assert server.stats.count("jobs.all") == 4  # 150 jobs, 40 a page
    queries = [parse_qs(r.query) for r in server.requests if r.path == "/jobs"]
    assert all(q["sort"] == ["job_id"] for q in queries)
    assert "pageId" not in queries[0]
    assert all("pageId" in q for q in queries[1:])
    assert jobs[0].language is not None
    assert jobs[0].language.code == "en"
    assert jobs[0].actions is not None
    assert jobs[0].actions.details is not None
    assert jobs[0].actions.details.url == f"https://api.smartrecruiters.com/jobs/{jobs[0].id}"


async def test_list_filters_reach_the_server_and_filter(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters
) -> None:
    after = dt.datetime(2023, 1, 1, tzinfo=dt.UTC)
    sourcing = [
        job
        async for job in client.jobs.list(
            statuses=[JobStatus.SOURCING, "ON_HOLD"],
            posting_status=PostingStatus.PUBLIC,
            updated_after=after,
            department="1049611",
        )
    ]
    assert sourcing
    assert all(job.status in (JobStatus.SOURCING, JobStatus.ON_HOLD) for job in sourcing)
    assert all(job.posting_status is PostingStatus.PUBLIC for job in sourcing)
    assert all(job.updated_on and job.updated_on > after for job in sourcing)
    assert all(job.department and job.department.id == "1049611" for job in sourcing)
    query = parse_qs(server.requests[-1].query)
    assert query["statuses"] == ["SOURCING", "ON_HOLD"]
    assert query["postingStatus"] == ["PUBLIC"]
    assert query["updatedAfter"][0].startswith("2023-01-01T00:00:00.000")


async def test_create_then_get(client: sr.SmartRecruiters) -> None:
    created = await client.jobs.create(new_job())
    assert isinstance(created, JobDetails)
    assert created.status is JobStatus.CREATED
    assert created.posting_status is PostingStatus.NOT_PUBLISHED
    assert created.industry == IdLabel(id="computer_software", label="Computer Software")
    assert created.department == Department(
        id="1049611", label="Engineering", description="Builds and runs the product."
    )
    fetched = await client.jobs.get(created.id, language="en")
    assert fetched == created
    assert fetched.location is not None
    assert fetched.location.city == "San Francisco"
    assert fetched.target_hiring_date == dt.datetime(2025, 3, 1, 17, 30, tzinfo=dt.UTC)
    assert fetched.actions is not None
    assert fetched.actions.hiring_team is not None
    assert fetched.actions.hiring_team.url is not None
    assert fetched.actions.hiring_team.url.endswith(f"/jobs/{created.id}/hiring-team")


async def test_create_is_validated_like_the_api(client: sr.SmartRecruiters) -> None:
    with pytest.raises(sr.BadRequestError) as caught:
        await client.jobs.create(
            new_job(industry=IdLabel(id="mining"), experience_level=IdLabel(id="guru"))
        )
    codes = {(e["code"], e["message"].split(" ")[0]) for e in caught.value.errors}
    assert codes == {("INVALID_VALUE", "industry.id"), ("INVALID_VALUE", "experienceLevel.id")}
    with pytest.raises(sr.BadRequestError) as caught:
        await client.request("POST", "/jobs", json={"title": "No location"})
    assert {e["code"] for e in caught.value.errors} == {"REQUIRED_FIELD"}
    assert len(caught.value.errors) == 5


async def test_unknown_job_is_404(client: sr.SmartRecruiters) -> None:
    with pytest.raises(sr.NotFoundError):
        await client.jobs.get("no-such-job")
    with pytest.raises(ValueError, match="job_id"):
        await client.jobs.get("")


async def test_update_via_to_input_keeps_every_field(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters
) -> None:
    first = await client.jobs.list(limit=1)
    seeded = await client.jobs.get(first.items[0].id)
    assert not seeded.extra_fields  # the fake's own jobs use only the schema's names
    await client.jobs.update(seeded.id, seeded.to_input(extra_fields=UNDECLARED))
    job = await client.jobs.get(seeded.id)
    assert job.extra_fields == UNDECLARED
    updated = await client.jobs.update(job.id, job.to_input(title="Renamed"))
    assert updated.title == "Renamed"
    again = await client.jobs.get(job.id)
    assert again.title == "Renamed"
    assert again.extra_fields == UNDECLARED
    unchanged = attrs.evolve(again, title=job.title, updated_on=job.updated_on)  # type: ignore[misc]
    assert unchanged == job
    assert job.target_hiring_date == seeded.target_hiring_date  # the time survives the trip


async def test_a_put_without_unknown_fields_drops_them(client: sr.SmartRecruiters) -> None:
    created = await client.jobs.create(new_job(extra_fields=UNDECLARED))
    assert "internalCode" in created.extra_fields
    replaced = await client.jobs.update(created.id, new_job(title="Fresh"))
    assert "internalCode" not in replaced.extra_fields


async def test_patch_with_a_diff_changes_only_what_changed(client: sr.SmartRecruiters) -> None:
    first = await client.jobs.list(limit=1)
    job = await client.jobs.get(first.items[0].id)
    changed = attrs.evolve(job, title="Patched", ref_number="X-1")  # type: ignore[misc]
    patch = sr.JsonPatch.diff(job, changed)
    assert len(patch) == 2
    patched = await client.jobs.patch(job.id, patch)
    assert (patched.title, patched.ref_number) == ("Patched", "X-1")
    assert patched.extra_fields == job.extra_fields
    assert patched.compensation == job.compensation
    relabelled = await client.jobs.patch(
        job.id, sr.JsonPatch().replace("/department", {"id": "1049612"})
    )
    assert relabelled.department == Department(
        id="1049612", label="Product", description="Decides what gets built."
    )


async def test_patch_refusals(client: sr.SmartRecruiters) -> None:
    job = (await client.jobs.list(limit=1)).items[0]
    with pytest.raises(sr.BadRequestError, match="READ_ONLY_FIELD"):
        await client.jobs.patch(job.id, sr.JsonPatch().replace("/status", "FILLED"))
    with pytest.raises(sr.BadRequestError, match="REQUIRED_FIELD"):
        await client.jobs.patch(job.id, sr.JsonPatch().remove("/title"))
    with pytest.raises(sr.ConflictError):
        await client.jobs.patch(job.id, sr.JsonPatch().test("/title", "not it").remove("/title"))
    with pytest.raises(ValueError, match="at least one operation"):
        await client.jobs.patch(job.id, sr.JsonPatch())
    assert (await client.jobs.get(job.id)).title == job.title


async def test_status_update_then_history(client: sr.SmartRecruiters) -> None:
    created = await client.jobs.create(new_job())
    answer = await client.jobs.update_status(created.id, JobStatus.SOURCING)
    assert answer.status is JobStatus.SOURCING
    await client.jobs.update_status(created.id, "ON_HOLD")
    assert (await client.jobs.get(created.id)).status is JobStatus.ON_HOLD
    history = await client.jobs.status_history(created.id)
    assert [entry.status for entry in history] == [
        JobStatus.CREATED,
        JobStatus.SOURCING,
        JobStatus.ON_HOLD,
    ]
    assert all(entry.actions and entry.actions.user for entry in history)
    with pytest.raises(ValueError, match="status must be one of"):
        await client.jobs.update_status(created.id, "OPEN")
    with pytest.raises(ValueError, match="cannot be OTHER"):
        await client.jobs.update_status(created.id, "OTHER")
    with pytest.raises(sr.BadRequestError):
        await client.request("PUT", f"/jobs/{created.id}/status", json={"status": "OPEN"})


async def test_note_update_then_get(client: sr.SmartRecruiters) -> None:
    created = await client.jobs.create(new_job())
    assert (await client.jobs.note(created.id)).content == ""
    await client.jobs.update_note(created.id, "Urgent: two hires by Q3")
    assert (await client.jobs.note(created.id)).content == "Urgent: two hires by Q3"
    with pytest.raises(sr.BadRequestError):
        await client.request("PUT", f"/jobs/{created.id}/note", json={})


async def test_headcount_update_sets_the_compensation(client: sr.SmartRecruiters) -> None:
    created = await client.jobs.create(new_job())
    accepted = await client.jobs.update_headcount(
        created.id, SalaryRange(min=90000, max=120000, currency="EUR")
    )
    assert accepted.status is ScheduledStatus.PENDING
    job = await client.jobs.get(created.id)
    assert job.compensation is not None
    assert (job.compensation.min, job.compensation.max, job.compensation.currency) == (
        90000,
        120000,
        "EUR",
    )
    with pytest.raises(ValueError, match="must not exceed"):
        await client.jobs.update_headcount(created.id, SalaryRange(min=2, max=1, currency="EUR"))
    with pytest.raises(sr.BadRequestError, match="currency"):
        await client.jobs.update_headcount(created.id, SalaryRange(min=1, max=2, currency="EURO"))


async def test_latest_approval(client: sr.SmartRecruiters, server: FakeSmartRecruiters) -> None:
    created = await client.jobs.create(new_job(compensation=Compensation(min=1, max=2)))
    approval = await client.jobs.latest_approval(created.id)
    assert approval.approval_request_id
    assert approval.positions == []
    assert approval.salary_range == Compensation(min=1, max=2)
    seeded = next(
        job_id for job_id, a in jobs_state(server.data).approvals.items() if a["positions"]
    )
    approval = await client.jobs.latest_approval(seeded)
    [position] = approval.positions
    assert position.type in (PositionType.NEW, PositionType.REPLACEMENT)
    assert position.position_open_date is not None
    assert position.target_start_date is not None
    assert position.target_start_date > position.position_open_date
    with pytest.raises(sr.NotFoundError):
        await client.jobs.latest_approval("no-such-job")


async def test_list_by_hiring_team_member_city_and_text(client: sr.SmartRecruiters) -> None:
    created = await client.jobs.create(new_job(title="Kernel Hacker"))
    await client.jobs.hiring_team.add(created.id, "user-99", "HIRING_MANAGER")
    mine = [job.id async for job in client.jobs.list(hiring_team_member_id="user-99")]
    assert mine == [created.id]
    found = [j async for j in client.jobs.list(q="kernel", city=["san francisco", "Paris"])]
    assert [job.id for job in found] == [created.id]


async def test_the_fake_reads_the_publication_query_through_the_route(
    client: sr.SmartRecruiters,
) -> None:
    # As GET /jobs (test_fake_reads_declared_query): an ill-typed value is a 400.
    job = (await client.jobs.list(limit=1)).items[0].id
    with pytest.raises(sr.BadRequestError, match="activeOnly must be true or false"):
        await client.request("GET", f"/jobs/{job}/publication", params={"activeOnly": "yes"})


def test_paging_styles_in_the_route_table() -> None:
    table = sr.operations()
    assert table["jobs.all"].paging is sr.Paging.CURSOR
    assert table["candidates.offers.find"].paging is sr.Paging.OFFSET
    assert table["assessment.offers.list"].paging is sr.Paging.OFFSET
    assert not table["jobs.patch"].idempotent
    assert table["jobs.update"].idempotent


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/jobs", []),
        ("/jobs", {"title": 1, "location": "Paris", "industry": {"id": {"x": 1}}}),
        ("/jobs", {"title": "T", "location": {"countryCode": 1, "city": []}, "department": {}}),
        ("/jobs/{job}/hiring-team", {"id": 7, "role": ["RECRUITER"]}),
        ("/jobs/{job}/positions", {"type": 1, "positionOpenDate": 5, "targetStartDate": "x"}),
        ("/jobs/{job}/jobads", {"title": "T", "jobAd": {"sections": []}, "language": {}}),
        ("/jobs/{job}/jobads", {"title": "T", "jobAd": {"sections": {}}, "language": "en"}),
        ("/jobs/{job}/jobads", {"title": "T", "jobAd": {"sections": {}}, "language": {"code": 7}}),
        ("/jobs/{job}/publication", {"visibility": {"x": 1}}),
        ("/v1/offers", {"catalogId": 1, "name": "n", "description": "d", "terms": {"type": 2}}),
        (
            "/v1/offers",
            {
                "catalogId": "c",
                "name": "n",
                "description": "d",
                "terms": {"type": "T"},
                "targetMarket": {"functions": [{"id": {}}]},
            },
        ),
    ],
)
async def test_ill_typed_bodies_are_400_not_500(
    client: sr.SmartRecruiters, path: str, body: object
) -> None:
    job = (await client.jobs.list(limit=1)).items[0].id
    with pytest.raises(sr.BadRequestError):
        await client.request("POST", path.format(job=job), json=body)
