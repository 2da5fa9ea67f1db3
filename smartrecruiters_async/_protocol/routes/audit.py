"""Audit API: ``audit-api.json`` (prefix ``/audit-api/v201910``), one cursor-paged list.

The cursor goes back as the request parameter ``nextPageId`` (``Paging.AUDIT_CURSOR``). Only a
user with the ADMINISTRATOR system role may read it, so a 403 says so (``forbidden_hint``).
"""

from __future__ import annotations

import datetime as dt

from ...models import audit as m
from ._route import Paging, RouteGroup, param

_GROUP = RouteGroup("audit", spec="audit-api.json")

EVENTS = _GROUP.route(
    "GET",
    "audit.get",
    "/audit-api/v201910/audit-events",
    returns=m.AuditEvent,
    paging=Paging.AUDIT_CURSOR,
    query=(
        param("event_date_after", dt.datetime),
        param("event_date_before", dt.datetime),
        param("event_name", list[m.AuditEventName]),
        param("author_type", list[m.AuditAuthorType]),
        param("author_id"),
        param("entity_type", list[m.AuditEntityType]),
        param("entity_id"),
        param("limit", int),
    ),
    forbidden_hint="the Audit API needs a credential of a user with the ADMINISTRATOR system role",
)

ROUTES = _GROUP.routes
