"""Fake-server handler of the Audit API: the company's audit events, read by administrators.

The response shape is not published; the fake answers the inferred one the SDK types
(``{content: [{eventName, eventDate, author{type,id}, entity{type,id}, context}], limit,
nextPageId}``) and reads the cursor back from the ``nextPageId`` request parameter. It starts
with ``RECENT_EVENTS`` events of the last 7 days (what a request without dates gets) and
``OLDER_EVENTS`` older ones, oldest first. Only a credential whose user (``users_state.me``)
has the ADMINISTRATOR system role may read them: any other gets 403.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from typing import Any

from aiohttp import web

from ..._protocol.routes import audit as routes
from ...models.audit import AuditAuthorType, AuditEntityType, AuditEventName
from ..data import wire_datetime
from ..replies import Handler, Reply
from ..state import ServerData
from . import params
from .checks import Refusal, refusals_as_replies
from .users import users_state

__all__ = ["HANDLERS", "OLDER_EVENTS", "RECENT_EVENTS", "audit_events"]

Json = dict[str, Any]

RECENT_EVENTS = 150
"""Events of the last 7 days the fake starts with, one an hour back from its start."""
OLDER_EVENTS = 30
"""Events 8 to 9 days old: only an explicit date bound reaches them."""

_DEFAULT_RANGE = dt.timedelta(days=7)


def _build(data: ServerData) -> list[Json]:
    users = list(users_state(data).users)
    start = dt.datetime.now(dt.UTC).replace(microsecond=0)
    names, authors, entities = list(AuditEventName), list(AuditAuthorType), list(AuditEntityType)
    events = []
    for index in range(RECENT_EVENTS + OLDER_EVENTS):
        back = dt.timedelta(hours=index + 1) + (
            _DEFAULT_RANGE if index >= RECENT_EVENTS else dt.timedelta()
        )
        author = authors[index % len(authors)]
        events.append(
            {
                "eventName": names[index % len(names)].value,
                "eventDate": wire_datetime(start - back),
                "author": {"type": author.value, "id": users[index % len(users)]},
                "entity": {
                    "type": entities[index % len(entities)].value,
                    "id": str(uuid.UUID(int=index + 1, version=4)),
                },
                "context": {"officeName": "HQ"} if index % 5 == 0 else {},
            }
        )
    return sorted(events, key=lambda e: e["eventDate"])


def audit_events(data: ServerData) -> list[Json]:
    """The audit events of one fake server, oldest first (built on first use)."""
    return data.store("audit", _build)


def _when(event: Json) -> dt.datetime:
    return dt.datetime.fromisoformat(event["eventDate"])


@refusals_as_replies()
async def list_events(request: web.Request, data: ServerData) -> Reply:
    """``GET /audit-events``: one page of matching events (``limit`` ≤ 100, default 100)."""
    users = users_state(data)
    if users.users[users.me]["systemRole"]["id"] != "ADMINISTRATOR":
        raise Refusal(
            403, "ACCESS_DENIED", "The ADMINISTRATOR role is required to access the Audit API"
        )
    query = params.declared(request.query, routes.EVENTS)
    limit = params.integer(request.query, "limit", 100, low=1, high=100)
    offset = params.page_offset(request.query, "audit", "nextPageId")
    after, before = query.get("event_date_after"), query.get("event_date_before")
    if after is None and before is None:
        after = dt.datetime.now(dt.UTC) - _DEFAULT_RANGE
    wanted = {
        ("eventName",): query.get("event_name"),
        ("author", "type"): query.get("author_type"),
        ("author", "id"): [query["author_id"]] if "author_id" in query else None,
        ("entity", "type"): query.get("entity_type"),
        ("entity", "id"): [query["entity_id"]] if "entity_id" in query else None,
    }

    def matches(event: Json) -> bool:
        for (key, *sub), allowed in wanted.items():
            value = event[key][sub[0]] if sub else event[key]
            if allowed and value not in allowed:
                return False
        when = _when(event)
        return (after is None or when > after) and (before is None or when < before)

    found = [e for e in audit_events(data) if matches(e)]
    page: Json = {"content": found[offset : offset + limit], "limit": limit}
    if offset + limit < len(found):
        page["nextPageId"] = params.page_id("audit", offset + limit)
    return Reply.json(page)


HANDLERS: Mapping[str, Handler] = {"audit.get": list_events}
