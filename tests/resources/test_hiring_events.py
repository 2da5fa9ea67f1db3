"""The Event management API against the fake server."""

from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs

import pytest

import smartrecruiters_async as sr
from smartrecruiters_async.models import EventSession, EventState, HiringEvent
from smartrecruiters_async.testing import FakeSmartRecruiters
from smartrecruiters_async.testing.handlers.hiring_events import SEEDED_JOB, SEEDED_POOL, state
from smartrecruiters_async.testing.pytest_plugin import FakeServerFactory


def pages_asked(server: FakeSmartRecruiters, operation_id: str) -> list[int]:
    queries = [parse_qs(r.query) for r in server.requests if r.operation_id == operation_id]
    return sorted(int(q["page"][0]) for q in queries)


async def test_lists_page_from_zero_each_page_once_in_order(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters
) -> None:
    events = [e async for e in client.hiring_events.list(SEEDED_JOB, "ACTIVE", page_size=10)]
    listed = [i for i, where in state(server.data).listed.items() if where[1] == "ACTIVE"]
    assert [e.extra_fields["id"] for e in events] == listed
    assert pages_asked(server, "getEvents") == [0, 1, 2]  # to the short page: no total sent
    first = listed[0]
    pool = [a.extra_fields["id"] async for a in client.hiring_events.pool(first, page_size=10)]
    assert pool == [f"applicant-{n}" for n in range(SEEDED_POOL)]
    assert pages_asked(server, "getApplicantsByEventId") == [0, 1, 2, 3]  # to totalFound
    some = [a async for a in client.hiring_events.pool(first, page_size=10, max_items=15)]
    assert len(some) == 15
    assert pages_asked(server, "getApplicantsByEventId") == [0, 0, 1, 1, 2, 3]


@pytest.fixture
async def slow_server(
    fake_smartrecruiters_factory: FakeServerFactory, policies: sr.Policies
) -> FakeSmartRecruiters:
    return await fake_smartrecruiters_factory(policies=policies, latency=(0.4, 0.4))


async def test_pages_after_a_total_are_fetched_in_parallel_without_one_ahead(
    slow_server: FakeSmartRecruiters, policies: sr.Policies
) -> None:
    async with sr.SmartRecruiters(
        "k", base_url=slow_server.url, governor=sr.LocalGovernor(policies)
    ) as client:
        first = next(iter(state(slow_server.data).events))
        assert len([a async for a in client.hiring_events.pool(first, page_size=5)]) == 37
        assert slow_server.stats.max_in_flight["default"] > 1
        slow_server.stats.reset()
        assert len([e async for e in client.hiring_events.list(SEEDED_JOB, "ACTIVE")]) == 23
        assert slow_server.stats.max_in_flight["default"] == 1
    assert slow_server.stats.throttled == 0


async def test_an_event_with_sessions_applicants_and_interviewers(
    client: sr.SmartRecruiters,
) -> None:
    he = client.hiring_events
    draft = HiringEvent(sessions=[EventSession(extra_fields={"name": "Morning"})] * 2)
    event = await he.create(HiringEvent(sessions=draft.sessions, extra_fields={"jobId": "j1"}))
    eid = event.extra_fields["id"]
    one, two = (s.extra_fields["id"] for s in event.sessions or [])
    assert await he.get(eid) == event
    assert [e.extra_fields["id"] async for e in he.list("j1", EventState.ACTIVE)] == [eid]
    assert (await he.get_session(eid, one)).extra_fields["name"] == "Morning"
    assert await he.add_interviewers(eid, one, ["u1", "u2"]) == ["u1", "u2"]
    assert await he.remove_interviewers(eid, one, ["u1"]) == ["u2"]
    await he.add_applicants(eid, ["a1", "a2"])
    seated = await he.add_to_session(eid, one, ["a3", "a4"], allow_overbooking=True)
    assert [a.extra_fields["id"] for a in seated] == ["a3", "a4"]
    moved = await he.move_to_session(eid, two, ["a4"], from_session_id=one)
    assert [a.extra_fields["id"] for a in moved] == ["a4"]
    with pytest.raises(sr.BadRequestError):
        await he.move_to_session(eid, two, ["a1"], from_session_id=one)
    assert [a.extra_fields["id"] for a in await he.applicants(eid)] == ["a1", "a2", "a3", "a4"]
    assert await he.for_candidate("a1", "ACTIVE") == [await he.get(eid)]
    assert await he.for_application("a4", "PAST") == []
    renamed = HiringEvent(sessions=event.sessions, extra_fields={"name": "Renamed"})
    assert (await he.update(eid, renamed)).extra_fields["name"] == "Renamed"
    await he.delete_session(eid, two)
    with pytest.raises(sr.NotFoundError):
        await he.get_session(eid, two)
    await he.delete(eid)
    with pytest.raises(sr.NotFoundError):
        await he.get(eid)


BAD: list[tuple[Callable[[Any], Any], type[Exception]]] = [
    (lambda he: he.list("", "ACTIVE"), ValueError),
    (lambda he: he.list("j", "SOON"), ValueError),
    (lambda he: he.list("j", "PAST", page_size=0), ValueError),
    (lambda he: he.pool("", page_size=10), ValueError),
    (lambda he: he.for_candidate("p", "NOW"), ValueError),
    (lambda he: he.for_application("", "PAST"), ValueError),
    (lambda he: he.create({"sessions": []}), TypeError),
    (lambda he: he.update("e", HiringEvent(sessions=[{"name": "x"}])), TypeError),  # type: ignore[list-item]
    (lambda he: he.get_session("e", ""), ValueError),
    (lambda he: he.delete(""), ValueError),
    (lambda he: he.delete_session("e", "."), ValueError),
    (lambda he: he.add_interviewers("e", "s", []), ValueError),
    (lambda he: he.remove_interviewers("e", "s", "u1"), TypeError),
    (lambda he: he.add_applicants("e", [""]), ValueError),
    (lambda he: he.add_to_session("e", "s", ["a"], allow_overbooking="no"), TypeError),
    (lambda he: he.move_to_session("e", "s", ["a"], from_session_id=""), ValueError),
]


@pytest.mark.parametrize(("call", "error"), BAD)
async def test_bad_input_is_refused_before_any_request(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters, call: Any, error: type[Exception]
) -> None:
    with pytest.raises(error):
        await call(client.hiring_events)
    assert len(server.requests) == 0
