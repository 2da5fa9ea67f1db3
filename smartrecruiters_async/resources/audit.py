"""Audit API: ``audit-api.json`` (the company's audit events; ADMINISTRATOR role only)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from .._paginator import AsyncPaginator
from .._protocol.paging import check_limit
from .._protocol.routes import audit as routes
from ..models.audit import AuditAuthorType, AuditEntityType, AuditEvent, AuditEventName
from ._resource import Resource
from ._values import aware, enum_list, non_empty

__all__ = ["Audit"]


class Audit(Resource):
    """``client.audit``: who did what to which object, and when (kept at least 26 months)."""

    def list(
        self,
        *,
        event_date_after: dt.datetime | None = None,
        event_date_before: dt.datetime | None = None,
        event_name: AuditEventName | str | Iterable[AuditEventName | str] | None = None,
        author_type: AuditAuthorType | str | Iterable[AuditAuthorType | str] | None = None,
        author_id: str | None = None,
        entity_type: AuditEntityType | str | Iterable[AuditEntityType | str] | None = None,
        entity_id: str | None = None,
        limit: int = 100,
        max_items: int | None = None,
    ) -> AsyncPaginator[AuditEvent]:
        """Audit events: ``GET /audit-api/v201910/audit-events`` (cursor sent as ``nextPageId``).

        Without either date bound the API returns the last 7 days; the bounds must be
        timezone-aware. ``event_name``, ``author_type`` and ``entity_type`` take one value or
        several (members or their wire strings); ``limit`` is the page size (1–100). Returns an
        ``AsyncPaginator`` of ``AuditEvent`` (the next page is fetched while you work on the
        current one). Raises ``ValueError``/``TypeError`` for bad arguments before any request;
        when iterating, ``PermissionDeniedError`` (its message says the ADMINISTRATOR role is
        needed) and the rest of the ``APIStatusError`` family.
        """
        query = {
            "event_date_after": aware(event_date_after, "event_date_after"),
            "event_date_before": aware(event_date_before, "event_date_before"),
            "event_name": enum_list(event_name, AuditEventName, "event_name"),
            "author_type": enum_list(author_type, AuditAuthorType, "author_type"),
            "author_id": None if author_id is None else non_empty(author_id, "author_id"),
            "entity_type": enum_list(entity_type, AuditEntityType, "entity_type"),
            "entity_id": None if entity_id is None else non_empty(entity_id, "entity_id"),
            "limit": check_limit(limit),
        }
        return self._client._paginate(routes.EVENTS, query=query, max_items=max_items)
