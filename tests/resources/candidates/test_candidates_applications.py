"""``client.candidates``: applications, status and its history, source, onboarding."""

import datetime as dt

import pytest

import smartrecruiters_async as sr
from smartrecruiters_async.models import CandidateStatus, OnboardingState

from .conftest import new_candidate


async def _applied(client: sr.SmartRecruiters, job_id: str = "job-1") -> str:
    created = await client.candidates.create_for_job(job_id, new_candidate())
    return created.id


async def test_get_then_delete_an_application(client: sr.SmartRecruiters) -> None:
    candidate_id = await _applied(client)
    application = await client.candidates.get_application(candidate_id, "job-1")
    assert application.status is CandidateStatus.NEW
    assert application.source is not None
    await client.candidates.delete_application(candidate_id, "job-1")
    with pytest.raises(sr.NotFoundError):
        await client.candidates.get_application(candidate_id, "job-1")
    assert (await client.candidates.get(candidate_id)).primary_assignment is None


async def test_update_status_for_a_job_then_read_it_and_its_history(
    client: sr.SmartRecruiters,
) -> None:
    candidate_id = await _applied(client)
    starts = dt.datetime(2025, 3, 1, 9, tzinfo=dt.UTC)
    await client.candidates.update_status(
        candidate_id, CandidateStatus.INTERVIEW, job_id="job-1", sub_status="Phone screen"
    )
    await client.candidates.update_status(candidate_id, "HIRED", job_id="job-1", starts_on=starts)
    application = await client.candidates.get_application(candidate_id, "job-1")
    assert application.status is CandidateStatus.HIRED
    assert application.starts_on == starts
    history = await client.candidates.status_history(candidate_id, job_id="job-1")
    assert [c.status for c in history.content] == [
        CandidateStatus.NEW,
        CandidateStatus.INTERVIEW,
        CandidateStatus.HIRED,
    ]
    assert history.content[1].sub_status == "Phone screen"


async def test_primary_status_and_history(client: sr.SmartRecruiters) -> None:
    candidate_id = await _applied(client, "job-first")
    await client.candidates.update_status(candidate_id, "REJECTED", reason="not-a-fit")
    application = await client.candidates.get_application(candidate_id, "job-first")
    assert application.status is CandidateStatus.REJECTED
    assert application.reason_of_rejection is not None
    assert application.reason_of_rejection.id == "not-a-fit"
    history = await client.candidates.status_history(candidate_id)
    assert history.content[-1].status is CandidateStatus.REJECTED


async def test_status_needs_an_application(client: sr.SmartRecruiters) -> None:
    created = await client.candidates.create(new_candidate())
    with pytest.raises(sr.NotFoundError):
        await client.candidates.update_status(created.id, "IN_REVIEW")
    with pytest.raises(sr.NotFoundError):
        await client.candidates.status_history(created.id, job_id="job-none")


async def test_bad_status_is_refused_by_the_server(client: sr.SmartRecruiters) -> None:
    candidate_id = await _applied(client)
    with pytest.raises(sr.BadRequestError) as caught:
        await client.request("PUT", f"/candidates/{candidate_id}/status", json={"status": "X"})
    assert caught.value.errors[0]["code"] == "INVALID_VALUE"


async def test_update_source_then_read_it(client: sr.SmartRecruiters) -> None:
    candidate_id = await _applied(client)
    await client.candidates.update_source(
        candidate_id, "job-1", source_type_id="JOB_BOARD", source_id="linkedin"
    )
    application = await client.candidates.get_application(candidate_id, "job-1")
    # The API shows the source as free text; its ids sit behind actions["sourceDetails"].
    assert application.source == "LinkedIn"
    assert application.actions is not None
    link = application.actions["sourceDetails"].url
    assert link is not None
    assert link.endswith("/JOB_BOARD/values/linkedin")
    with pytest.raises(ValueError, match="source_id"):
        await client.candidates.update_source(
            candidate_id, "job-1", source_type_id="JOB_BOARD", source_id=""
        )
    with pytest.raises(sr.BadRequestError):
        await client.request(
            "PUT", f"/candidates/{candidate_id}/jobs/job-1/source", json={"sourceId": "x"}
        )


async def test_onboarding_status_for_the_candidate_and_for_a_job(
    client: sr.SmartRecruiters,
) -> None:
    candidate_id = await _applied(client)
    assert (await client.candidates.onboarding_status(candidate_id)).onboarding_status is None
    await client.candidates.set_onboarding_status(candidate_id, "READY_TO_ONBOARD")
    assert (
        await client.candidates.onboarding_status(candidate_id)
    ).onboarding_status is OnboardingState.READY_TO_ONBOARD
    await client.candidates.set_onboarding_status(
        candidate_id, OnboardingState.ONBOARDING_FAILED, job_id="job-1"
    )
    for_job = await client.candidates.onboarding_status(candidate_id, job_id="job-1")
    assert for_job.onboarding_status is OnboardingState.ONBOARDING_FAILED
    with pytest.raises(ValueError, match="status must be one of"):
        await client.candidates.set_onboarding_status(candidate_id, "DONE")
    with pytest.raises(sr.BadRequestError):
        await client.request(
            "PUT", f"/candidates/{candidate_id}/onboardingStatus", json={"onboardingStatus": "DONE"}
        )
    with pytest.raises(sr.NotFoundError):
        await client.candidates.onboarding_status(candidate_id, job_id="job-other")


async def test_filter_by_onboarding_status(client: sr.SmartRecruiters) -> None:
    candidate_id = await _applied(client)
    await client.candidates.set_onboarding_status(candidate_id, "ONBOARDING_SUCCESSFUL")
    found = [c.id async for c in client.candidates.list(onboarding_status="ONBOARDING_SUCCESSFUL")]
    assert found == [candidate_id]
