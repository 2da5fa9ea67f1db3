"""Job API sub-resources against the fake server: hiring team, positions, job ads, publication."""

import datetime as dt

import pytest

import smartrecruiters_async as sr
from smartrecruiters_async.models import (
    HiringTeamRole,
    IdLabel,
    JobAdContent,
    JobAdLanguage,
    JobAdPostingStatus,
    JobAdSectionInput,
    JobAdSectionsInput,
    JobAdTextInput,
    JobInput,
    JobLocationInput,
    JobPositionInput,
    PositionType,
    PostingStatus,
    Publication,
    PublicationVisibility,
    ScheduledStatus,
    Visibility,
)
from smartrecruiters_async.testing import FakeSmartRecruiters


@pytest.fixture
async def job_id(client: sr.SmartRecruiters) -> str:
    job = await client.jobs.create(
        JobInput(
            title="Data Engineer",
            location=JobLocationInput(country_code="de", city="Berlin"),
            industry=IdLabel(id="internet"),
            function=IdLabel(id="engineering"),
            experience_level=IdLabel(id="associate"),
        )
    )
    return job.id


async def test_hiring_team_add_list_remove(client: sr.SmartRecruiters, job_id: str) -> None:
    team = client.jobs.hiring_team
    member = await team.add(job_id, "user-42", HiringTeamRole.HIRING_MANAGER)
    assert (member.id, member.role) == ("user-42", HiringTeamRole.HIRING_MANAGER)
    assert member.actions is not None
    assert member.actions.details is not None
    assert member.actions.details.url == "https://api.smartrecruiters.com/users/user-42"
    assert "user-42" in {m.id for m in await team.list(job_id)}
    await team.add(job_id, "user-42", "INTERVIEW_TEAM")
    roles = {m.id: m.role for m in await team.list(job_id)}
    assert roles["user-42"] is HiringTeamRole.INTERVIEW_TEAM
    await team.remove(job_id, "user-42")
    assert "user-42" not in {m.id for m in await team.list(job_id)}
    with pytest.raises(sr.NotFoundError):
        await team.remove(job_id, "user-42")
    with pytest.raises(ValueError, match="role must be one of"):
        await team.add(job_id, "user-1", "BOSS")
    with pytest.raises(ValueError, match="user_id"):
        await team.add(job_id, " ", "RECRUITER")
    with pytest.raises(sr.BadRequestError, match="role"):
        await client.request("POST", f"/jobs/{job_id}/hiring-team", json={"id": "u", "role": "X"})


async def test_positions_create_get_update_delete(client: sr.SmartRecruiters, job_id: str) -> None:
    positions = client.jobs.positions
    opened = dt.datetime(2025, 1, 6, 9, 0, tzinfo=dt.UTC)
    start = dt.datetime(2025, 4, 1, 8, 30, tzinfo=dt.UTC)
    created = await positions.create(
        job_id,
        JobPositionInput(type=PositionType.NEW, position_open_date=opened, target_start_date=start),
    )
    assert (created.type, created.status, created.target_start_date) == (
        PositionType.NEW,
        "OPEN",
        start,
    )
    assert await positions.get(job_id, created.id) == created
    replaced = await positions.update(
        job_id,
        created.id,
        JobPositionInput(
            type="REPLACEMENT",
            position_open_date=opened,
            target_start_date=start,
            incumbent_name="Ada Lovelace",
            position_id="P-7",
        ),
    )
    assert (replaced.type, replaced.incumbent_name) == (PositionType.REPLACEMENT, "Ada Lovelace")
    assert [p.id for p in await positions.list(job_id)] == [created.id]
    await positions.delete(job_id, created.id)
    with pytest.raises(sr.NotFoundError):
        await positions.get(job_id, created.id)
    assert await positions.list(job_id) == []


async def test_position_validation(client: sr.SmartRecruiters, job_id: str) -> None:
    with pytest.raises(ValueError, match="before"):
        await client.jobs.positions.create(
            job_id,
            JobPositionInput(
                type="NEW",
                position_open_date=dt.datetime(2025, 2, 1, tzinfo=dt.UTC),
                target_start_date=dt.datetime(2025, 1, 1, tzinfo=dt.UTC),
            ),
        )
    # The schema's dates are date-times: a bare date, or a naive datetime, is refused.
    with pytest.raises(TypeError, match="position_open_date must be a datetime"):
        await client.jobs.positions.create(
            job_id,
            JobPositionInput(
                type="NEW",
                position_open_date=dt.date(2025, 1, 1),  # type: ignore[arg-type]
                target_start_date=dt.datetime(2025, 2, 1, tzinfo=dt.UTC),
            ),
        )
    with pytest.raises(ValueError, match="timezone-aware"):
        await client.jobs.positions.create(
            job_id,
            JobPositionInput(
                type="NEW",
                position_open_date=dt.datetime(2025, 1, 1, tzinfo=dt.UTC),
                target_start_date=dt.datetime(2025, 2, 1),
            ),
        )
    with pytest.raises(sr.BadRequestError) as caught:
        await client.request("POST", f"/jobs/{job_id}/positions", json={"type": "TEMP"})
    codes = sorted(e["code"] for e in caught.value.errors)
    assert codes == ["INVALID_VALUE", "REQUIRED_FIELD", "REQUIRED_FIELD"]
    with pytest.raises(sr.NotFoundError):
        await client.jobs.positions.list("no-such-job")


def ad(title: str, language: str = "de") -> JobAdContent:
    text = JobAdSectionInput(title="Job Description", text="<p>Pipelines.</p>")
    return JobAdContent(
        title=title,
        language=JobAdLanguage(code=language),
        job_ad=JobAdTextInput(sections=JobAdSectionsInput(job_description=text)),
    )


async def test_job_ads_create_get_update(client: sr.SmartRecruiters, job_id: str) -> None:
    ads = client.jobs.ads
    default = await ads.list(job_id)
    assert [a.default for a in default] == [True]
    created = await ads.create(job_id, ad("Dateningenieur"))
    assert created.language is not None
    assert created.language.code == "de"
    assert created.job_ad is not None
    assert created.job_ad.sections is not None
    assert created.job_ad.sections.job_description is not None
    assert created.job_ad.sections.job_description.text == "<p>Pipelines.</p>"
    assert (created.default, created.visibility) == (False, Visibility.PUBLIC)
    assert created.posting_status is JobAdPostingStatus.NOT_PUBLISHED
    assert created.creator is not None
    assert created.creator.id
    assert await ads.get(job_id, created.id) == created
    updated = await ads.update(job_id, created.id, ad("Data Engineer (m/w/d)"))
    assert (await ads.get(job_id, created.id)).title == updated.title == "Data Engineer (m/w/d)"
    assert len(await ads.list(job_id)) == 2
    with pytest.raises(sr.NotFoundError):
        await ads.get(job_id, "no-such-ad")
    with pytest.raises(sr.BadRequestError, match="language"):
        await ads.create(job_id, ad("Ingénieur", language="xx"))


async def test_job_ad_postings_publish_list_unpublish(
    client: sr.SmartRecruiters, job_id: str
) -> None:
    ads = client.jobs.ads
    ad_id = (await ads.list(job_id))[0].id
    assert await ads.postings(job_id, ad_id) == []
    scheduled = await ads.publish(
        job_id, ad_id, Publication(visibility=PublicationVisibility.INTERNAL)
    )
    assert scheduled.posting_status is ScheduledStatus.PENDING
    boards = await ads.postings(job_id, ad_id)
    assert boards
    assert all(b.source_name and b.type and b.published_on for b in boards)
    posted = await ads.get(job_id, ad_id)
    assert (posted.posting_status, posted.visibility) == (
        JobAdPostingStatus.PUBLISHED,
        Visibility.INTERNAL,
    )
    unscheduled = await ads.unpublish(job_id, ad_id)
    assert unscheduled.unposting_status is ScheduledStatus.PENDING
    assert await ads.postings(job_id, ad_id) == []
    past = await ads.postings(job_id, ad_id, active_only=False)
    assert past
    assert all(b.unpublished_on is not None for b in past)
    with pytest.raises(ValueError, match="visibility"):
        await ads.publish(job_id, ad_id, Publication(visibility="EVERYWHERE"))


async def test_publication_publish_list_unpublish(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters, job_id: str
) -> None:
    publication = client.jobs.publication
    assert await publication.publish(job_id) is None  # the API answers with no body
    assert (await client.jobs.get(job_id)).posting_status is PostingStatus.PUBLIC
    assert {b.source_name for b in await publication.list(job_id)} == {
        "SmartRecruiters Job Board",
        "Career Page",
    }
    await publication.unpublish(job_id)
    assert await publication.list(job_id) == []
    assert len(await publication.list(job_id, active_only=False)) == 2
    assert (await client.jobs.get(job_id)).posting_status is PostingStatus.NOT_PUBLISHED
    assert server.stats.count("jobs.publication.create") == 1
    with pytest.raises(sr.BadRequestError, match="aggregators"):
        await client.request("POST", f"/jobs/{job_id}/publication", json={"aggregators": "yes"})


def test_publication_routes_have_the_tighter_rate_class() -> None:
    table = sr.operations()
    for op in ("jobs.publication.create", "jobs.publication.unpublish"):
        assert "publication" in table[op].rate_classes
    assert "publication" not in table["jobs.publication.all"].rate_classes
    assert "publication" not in table["jobs.jobads.postings.create"].rate_classes
