"""The Audit API against the fake server: cursor pages by ``nextPageId``, filters, admin only."""

import datetime as dt
from typing import Any
from urllib.parse import parse_qs

import pytest

import smartrecruiters_async as sr
from smartrecruiters_async.models import AuditEntityType, AuditEvent, AuditEventName
from smartrecruiters_async.testing import FakeSmartRecruiters
from smartrecruiters_async.testing.handlers.audit import OLDER_EVENTS, RECENT_EVENTS, audit_events
from smartrecruiters_async.testing.handlers.users import users_state

MONTH_AGO = dt.datetime.now(dt.UTC) - dt.timedelta(days=30)


async def test_list_pages_the_last_week_once_in_order_by_next_page_id(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters
) -> None:
    events = [e async for e in client.audit.list(limit=40)]
    assert all(isinstance(e, AuditEvent) for e in events)
    expected = audit_events(server.data)[OLDER_EVENTS:]
    assert [(e.event_name, e.entity and e.entity.id) for e in events] == [
        (AuditEventName(x["eventName"]), x["entity"]["id"]) for x in expected
    ]
    assert len(events) == RECENT_EVENTS
    assert server.stats.count("audit.get") == 4  # 150 events, 40 a page
    cursors = [parse_qs(r.query).get("nextPageId") for r in server.requests]
    assert cursors[0] is None
    assert all(cursors[1:])


@pytest.mark.parametrize(
    ("options", "keeps"),
    [
        ({"event_date_after": MONTH_AGO}, lambda e: True),
        (
            {"event_name": ["SEARCH", AuditEventName.USER_LOGOUT]},
            lambda e: e["eventName"] in ("SEARCH", "USER_LOGOUT"),
        ),
        ({"author_type": "SYSTEM"}, lambda e: e["author"]["type"] == "SYSTEM"),
        ({"entity_type": AuditEntityType.JOB_AD}, lambda e: e["entity"]["type"] == "JOB_AD"),
    ],
)
async def test_filters_reach_the_server(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters, options: dict[str, Any], keeps: Any
) -> None:
    found = [e async for e in client.audit.list(**options)]
    window = (
        audit_events(server.data)
        if "event_date_after" in options
        else audit_events(server.data)[OLDER_EVENTS:]
    )
    assert len(found) == len([e for e in window if keeps(e)])


async def test_author_and_date_bounds(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters
) -> None:
    me = users_state(server.data).me
    mine = [e async for e in client.audit.list(author_id=me, event_date_after=MONTH_AGO)]
    assert mine
    assert all(e.author and e.author.id == me for e in mine)
    entity = audit_events(server.data)[-5]["entity"]["id"]
    assert [e.entity and e.entity.id async for e in client.audit.list(entity_id=entity)] == [entity]
    newest = audit_events(server.data)[-1]
    before = dt.datetime.fromisoformat(newest["eventDate"])
    found = [
        e async for e in client.audit.list(event_date_after=MONTH_AGO, event_date_before=before)
    ]
    assert len(found) == RECENT_EVENTS + OLDER_EVENTS - 1


async def test_an_unknown_event_name_is_kept_as_a_string(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters
) -> None:
    audit_events(server.data)[-1]["eventName"] = "BRAND_NEW_EVENT"
    with pytest.warns(sr.SchemaDriftWarning, match="eventName"):
        events = [e async for e in client.audit.list()]
    assert events[-1].event_name == "BRAND_NEW_EVENT"


async def test_a_non_administrator_gets_a_clear_403(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters
) -> None:
    state = users_state(server.data)
    state.users[state.me]["systemRole"] = {"id": "EMPLOYEE", "name": "Employee"}
    with pytest.raises(sr.PermissionDeniedError, match="ADMINISTRATOR system role") as info:
        await client.audit.list()
    assert not isinstance(info.value, sr.MissingScopeError)


@pytest.mark.parametrize(
    ("options", "error"),
    [
        ({"event_date_after": dt.datetime(2026, 1, 1)}, ValueError),
        ({"event_name": "NO_SUCH_EVENT"}, ValueError),
        ({"author_type": ["ROBOT"]}, ValueError),
        ({"author_id": ""}, ValueError),
        ({"limit": 101}, ValueError),
        ({"limit": "10"}, TypeError),
    ],
)
def test_bad_input_is_refused_before_any_request(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters, options: dict[str, Any], error: type
) -> None:
    with pytest.raises(error):
        client.audit.list(**options)
    assert not server.requests
