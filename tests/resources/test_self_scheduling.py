"""The Self-scheduling API against the fake server."""

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

import smartrecruiters_async as sr
from smartrecruiters_async.models import (
    SelfScheduleInterview,
    SelfScheduleInvite,
    SelfScheduleReschedule,
    SlotsCountQuery,
)
from smartrecruiters_async.testing import FakeSmartRecruiters
from smartrecruiters_async.testing.handlers.self_scheduling import SEEDED_APPLICATION, state

T0 = dt.datetime(2030, 1, 1, 9, tzinfo=dt.UTC)


def slot(start: dt.datetime, minutes: int = 30) -> SelfScheduleInterview:
    return SelfScheduleInterview(starts_at=start, ends_at=start + dt.timedelta(minutes=minutes))


@pytest.mark.parametrize(("with_interviews", "count"), [(None, 25), (True, 9), (False, 16)])
async def test_search_walks_offset_pages_to_the_short_one(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters, with_interviews: Any, count: int
) -> None:
    found = client.self_scheduling.search(
        SEEDED_APPLICATION, with_interviews=with_interviews, limit=10
    )
    ids = [s.extra_fields["id"] async for s in found]
    booked = state(server.data).interviews
    expected = [i for i in state(server.data).schedules if with_interviews in (None, i in booked)]
    assert ids == expected
    assert server.stats.count("searchSelfSchedules") == count // 10 + 1


async def test_a_self_schedule_from_automation_to_cancellation(
    client: sr.SmartRecruiters,
) -> None:
    ss = client.self_scheduling
    made = await ss.automate("app-1")
    ident = made.self_schedule_id
    assert ident is not None
    assert (await ss.get(ident)).extra_fields["applicationId"] == "app-1"
    assert (await ss.get_for_application(ident, "app-1")).extra_fields["id"] == ident
    assert len(await ss.slots(ident, "app-1")) == 3
    with pytest.raises(sr.NotFoundError):
        await ss.get_interview(ident, "app-1")
    with pytest.raises(sr.NotFoundError):
        await ss.update_interview(ident, "app-1", slot(T0))
    assert (await ss.book_interview(ident, "app-1", slot(T0))).starts_at == T0
    with pytest.raises(sr.ConflictError):
        await ss.book_interview(ident, "app-1", slot(T0))
    moved = await ss.update_interview(ident, "app-1", slot(T0 + dt.timedelta(days=1)))
    assert await ss.get_interview(ident, "app-1") == moved
    with pytest.raises(sr.NotFoundError):
        await ss.slots(ident, "another-application")
    await ss.cancel(ident)
    with pytest.raises(sr.NotFoundError):
        await ss.get(ident)


async def test_slots_count_invite_and_reschedule(client: sr.SmartRecruiters) -> None:
    ss = client.self_scheduling
    query = SlotsCountQuery(interviewer_ids_by_role={"RECRUITER": ["u1"], "HM": ["u2", "u1"]})
    assert (await ss.count_slots("GROUP", "app-1", query)).count == 6
    invite = SelfScheduleInvite(format="PHONE", location="+1 555", extra_fields={"x": 1})
    assert await ss.update_invite(invite) is None
    assert await ss.request_reschedule(SelfScheduleReschedule(repeat={"days": 2})) is None


BAD: list[tuple[Callable[[Any], Any], type[Exception]]] = [
    (lambda ss: ss.search(""), ValueError),
    (lambda ss: ss.search("a", limit=101), ValueError),
    (lambda ss: ss.search("a", with_interviews="yes"), TypeError),
    (lambda ss: ss.get(""), ValueError),
    (lambda ss: ss.cancel(" "), ValueError),
    (lambda ss: ss.slots("s", ""), ValueError),
    (lambda ss: ss.book_interview("s", "a", slot(T0, -30)), ValueError),
    (lambda ss: ss.book_interview("s", "a", slot(T0.replace(tzinfo=None))), ValueError),
    (lambda ss: ss.update_interview("s", "a", SelfScheduleInterview(starts_at=T0)), ValueError),
    (lambda ss: ss.update_interview("s", "a", {"startsAt": T0}), TypeError),
    (lambda ss: ss.automate(""), ValueError),
    (
        lambda ss: ss.count_slots("BOTH", "a", SlotsCountQuery(interviewer_ids_by_role={})),
        ValueError,
    ),
    (
        lambda ss: ss.count_slots("GROUP", "a", SlotsCountQuery(interviewer_ids_by_role={"R": []})),
        ValueError,
    ),
    (lambda ss: ss.update_invite(SelfScheduleInvite(format="VIDEO")), ValueError),
    (
        lambda ss: ss.update_invite(SelfScheduleInvite(format="VIDEO_CALENDAR", location="x")),
        ValueError,
    ),
    (lambda ss: ss.update_invite(SelfScheduleInvite(format="FAX")), ValueError),
    (lambda ss: ss.request_reschedule({"repeat": 1}), TypeError),
]


@pytest.mark.parametrize(("call", "error"), BAD)
async def test_bad_input_is_refused_before_any_request(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters, call: Any, error: type[Exception]
) -> None:
    with pytest.raises(error):
        await call(client.self_scheduling)
    assert len(server.requests) == 0
