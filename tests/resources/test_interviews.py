"""The Interview API against the fake server: every method has a real, observable effect."""

import datetime as dt
from urllib.parse import parse_qs

import pytest

import smartrecruiters_async as sr
from smartrecruiters_async.models import (
    AttendeeStatus,
    Interview,
    InterviewCandidateRef,
    InterviewerRef,
    InterviewInput,
    InterviewUpdate,
    TimeslotInput,
    TimeslotUpdate,
)
from smartrecruiters_async.testing import FakeSmartRecruiters
from smartrecruiters_async.testing.handlers.interviews import (
    INTERVIEW_TYPES,
    application_id,
    interviews_state,
)

START = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


def slot(hours: int = 0, *, interviewers: tuple[str, ...] = ("u1", "u2")) -> TimeslotInput:
    return TimeslotInput(
        starts_on=START + dt.timedelta(hours=hours),
        ends_on=START + dt.timedelta(hours=hours, minutes=45),
        interviewers=[InterviewerRef(id=i) for i in interviewers],
        interview_type=INTERVIEW_TYPES[0],
        title="First talk",
        place="Room 1",
    )


def new_interview(*slots: TimeslotInput, timezone: str = "Europe/Warsaw") -> InterviewInput:
    return InterviewInput(
        candidate=InterviewCandidateRef(id="cand-1"),
        job_id="job-1",
        organizer_id="u1",
        timezone=timezone,
        timeslots=list(slots or (slot(),)),
        location="Warsaw office",
    )


async def created(client: sr.SmartRecruiters, *slots: TimeslotInput) -> Interview:
    return await client.interviews.create(new_interview(*slots))


async def test_create_then_get_and_list(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters
) -> None:
    interview = await created(client, slot(0), slot(2))
    assert interview.candidate is not None
    assert interview.candidate.status is AttendeeStatus.PENDING
    assert [t.starts_on for t in interview.timeslots] == [START, START + dt.timedelta(hours=2)]
    assert all(t.id for t in interview.timeslots)
    assert await client.interviews.get(interview.id) == interview
    listed = await client.interviews.list(application_id("cand-1", "job-1"))
    assert [i.id for i in listed] == [interview.id]
    assert await client.interviews.list(application_id("cand-2", "job-1")) == []
    assert parse_qs(server.requests[-1].query) == {"applicationId": ["job-1:cand-2"]}


async def test_create_validates_the_body(client: sr.SmartRecruiters) -> None:
    with pytest.raises(sr.BadRequestError, match="timezone"):
        await client.interviews.create(new_interview(timezone="Mars/Olympus"))
    backwards = TimeslotInput(starts_on=START, ends_on=START, interviewers=[InterviewerRef(id="u")])
    with pytest.raises(sr.BadRequestError, match="endsOn"):
        await created(client, backwards)
    unknown_type = TimeslotInput(
        starts_on=START,
        ends_on=START + dt.timedelta(hours=1),
        interviewers=[InterviewerRef(id="u")],
        interview_type="Karaoke",
    )
    with pytest.raises(sr.BadRequestError, match="interviewType") as info:
        await created(client, unknown_type)
    assert info.value.body.errors[0]["code"] == "INVALID_PARAMETER"
    with pytest.raises(sr.BadRequestError, match="interviewers"):
        await created(client, slot(interviewers=()))


async def test_update_then_get(client: sr.SmartRecruiters) -> None:
    interview = await created(client)
    await client.interviews.update(
        interview.id, InterviewUpdate(location="Remote", timezone="America/New_York")
    )
    again = await client.interviews.get(interview.id)
    assert (again.location, again.timezone) == ("Remote", "America/New_York")
    assert again.organizer_id == interview.organizer_id
    await client.interviews.update(
        interview.id, InterviewUpdate(candidate=InterviewCandidateRef(id="c2"))
    )
    assert (await client.interviews.get(interview.id)).candidate.id == "c2"
    with pytest.raises(sr.BadRequestError, match="timezone"):
        await client.interviews.update(interview.id, InterviewUpdate(timezone="Nowhere/Land"))


async def test_delete_then_not_found(client: sr.SmartRecruiters) -> None:
    interview = await created(client)
    await client.interviews.delete(interview.id)
    with pytest.raises(sr.NotFoundError):
        await client.interviews.get(interview.id)
    with pytest.raises(sr.NotFoundError):
        await client.interviews.delete(interview.id)


async def test_timeslot_add_get_update_delete(client: sr.SmartRecruiters) -> None:
    interview = await created(client)
    added = await client.interviews.add_timeslot(interview.id, slot(24, interviewers=("u3",)))
    assert await client.interviews.get_timeslot(interview.id, added.id) == added
    assert len((await client.interviews.get(interview.id)).timeslots) == 2

    await client.interviews.update_timeslot(
        interview.id, added.id, TimeslotUpdate(title="Second talk", place="Room 2")
    )
    changed = await client.interviews.get_timeslot(interview.id, added.id)
    assert (changed.title, changed.place) == ("Second talk", "Room 2")
    assert changed.starts_on == added.starts_on
    with pytest.raises(sr.BadRequestError, match="endsOn"):
        await client.interviews.update_timeslot(
            interview.id, added.id, TimeslotUpdate(ends_on=START - dt.timedelta(days=1))
        )

    await client.interviews.delete_timeslot(interview.id, added.id)
    with pytest.raises(sr.NotFoundError):
        await client.interviews.get_timeslot(interview.id, added.id)


async def test_the_last_timeslot_cannot_be_deleted(client: sr.SmartRecruiters) -> None:
    interview = await created(client)
    with pytest.raises(sr.ConflictError):
        await client.interviews.delete_timeslot(interview.id, interview.timeslots[0].id)
    assert len((await client.interviews.get(interview.id)).timeslots) == 1


async def test_no_show(client: sr.SmartRecruiters, server: FakeSmartRecruiters) -> None:
    interview = await created(client)
    timeslot_id = interview.timeslots[0].id
    await client.interviews.set_no_show(interview.id, timeslot_id)
    assert parse_qs(server.requests[-1].query) == {"value": ["true"]}
    # No response body shows a no-show mark (the schema's Timeslot has none): the fake keeps it.
    no_shows = interviews_state(server.data).no_shows
    assert no_shows[timeslot_id] is True
    await client.interviews.set_no_show(interview.id, timeslot_id, False)
    assert no_shows[timeslot_id] is False
    with pytest.raises(TypeError):
        await client.interviews.set_no_show(interview.id, timeslot_id, "yes")  # type: ignore[arg-type]


async def test_statuses(client: sr.SmartRecruiters) -> None:
    interview = await created(client)
    timeslot_id = interview.timeslots[0].id
    await client.interviews.set_timeslot_candidate_status(interview.id, timeslot_id, "accepted")
    await client.interviews.set_interviewer_status(
        interview.id, timeslot_id, "u2", AttendeeStatus.DECLINED
    )
    timeslot = await client.interviews.get_timeslot(interview.id, timeslot_id)
    assert timeslot.candidate_status is AttendeeStatus.ACCEPTED
    assert {i.id: i.status for i in timeslot.interviewers} == {
        "u1": AttendeeStatus.PENDING,
        "u2": AttendeeStatus.DECLINED,
    }
    with pytest.raises(sr.NotFoundError):
        await client.interviews.set_interviewer_status(interview.id, timeslot_id, "u9", "accepted")
    with pytest.raises(ValueError, match="status must be one of"):
        await client.interviews.set_interviewer_status(interview.id, timeslot_id, "u1", "maybe")


async def test_status_enum_is_validated_by_the_server(client: sr.SmartRecruiters) -> None:
    interview = await created(client)
    path = f"/interviews-api/v201904/interviews/{interview.id}/timeslots/"
    with pytest.raises(sr.BadRequestError, match="status must be one of"):
        await client.request(
            "PUT", path + f"{interview.timeslots[0].id}/candidateStatus", json={"status": "maybe"}
        )


async def test_deprecated_candidate_status_warns_and_works(client: sr.SmartRecruiters) -> None:
    interview = await created(client)
    with pytest.warns(DeprecationWarning, match="set_candidate_status is deprecated"):
        await client.interviews.set_candidate_status(interview.id, AttendeeStatus.TENTATIVE)
    again = await client.interviews.get(interview.id)
    assert again.candidate is not None
    assert again.candidate.status is AttendeeStatus.TENTATIVE


async def test_interview_types_add_then_delete(client: sr.SmartRecruiters) -> None:
    assert await client.interviews.types() == list(INTERVIEW_TYPES)
    await client.interviews.add_types(["Panel", INTERVIEW_TYPES[0], "Panel"])
    assert await client.interviews.types() == [*INTERVIEW_TYPES, "Panel"]
    await client.interviews.delete_type("Panel")
    assert "Panel" not in await client.interviews.types()
    with pytest.raises(sr.NotFoundError):
        await client.interviews.delete_type("Panel")
    with pytest.raises(sr.BadRequestError, match="at most"):
        await client.interviews.add_types(["x" * 101])
    with pytest.raises(ValueError, match="at least one"):
        await client.interviews.add_types([])


async def test_a_type_with_a_slash_stays_one_path_segment(client: sr.SmartRecruiters) -> None:
    await client.interviews.add_types(["Lunch / Coffee"])
    await client.interviews.delete_type("Lunch / Coffee")
    assert "Lunch / Coffee" not in await client.interviews.types()
