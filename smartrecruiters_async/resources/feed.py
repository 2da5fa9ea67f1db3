"""Feed API: ``feed-api.json`` (for job boards: read postings, report their status back)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from .._paginator import AsyncPaginator
from .._protocol.json_value import JsonValue
from .._protocol.paging import check_limit
from .._protocol.routes import feed as routes
from ..models.feed import FeedPosting, FeedStatus, FeedStatusUpdate
from ._resource import Resource
from ._values import aware, enum_list, enum_value, filled, instance_of

__all__ = ["Feed"]


class Feed(Resource):
    """``client.feed``: the job-board partner's feed of postings (``/feed``), with the
    partner's token as ``X-SmartToken``."""

    def list(
        self,
        *,
        updated_after: dt.datetime | None = None,
        status: FeedStatus | str | Iterable[FeedStatus | str] | None = None,
        limit: int = 100,
        max_items: int | None = None,
    ) -> AsyncPaginator[FeedPosting]:
        """Postings for the board: ``GET /feed/publications`` (offset-paged, ``jobs`` items).

        Without filters the API sends postings of the last 30 days still ``PENDING``. Returns an
        ``AsyncPaginator`` of ``FeedPosting``. Raises ``ValueError`` for a naive datetime, an
        unknown status or a ``limit`` outside 1–100 before any request.
        """
        statuses = enum_list(status, FeedStatus, "status")
        query = {
            "updated_after": aware(updated_after, "updated_after"),
            "status": ",".join(s.value for s in statuses) or None,
            "limit": check_limit(limit),
        }
        return self._client._paginate(routes.LIST, query=query, max_items=max_items)

    async def get(self, posting_id: str | int) -> FeedPosting:
        """One posting: ``GET /feed/publications/{postingId}``. Returns a ``FeedPosting``.
        Raises ``NotFoundError`` for a posting not in the feed."""
        return await self._client._call(routes.GET, path={"posting_id": posting_id})

    async def set_status(self, posting_id: str | int, update: FeedStatusUpdate) -> JsonValue:
        """Report the posting's status on the board: ``PUT /feed/publications/{postingId}``.

        ``ACTIVE`` needs ``live_url``, ``ERROR`` a ``comment``; ``PENDING`` and ``TO_UNPOST`` are
        SmartRecruiters' to set. Returns decoded JSON (not published). Raises ``TypeError``
        unless ``update`` is a ``FeedStatusUpdate``, ``ValueError`` for those rules, both before
        sending.
        """
        status = enum_value(
            instance_of(update, FeedStatusUpdate, "update").status, FeedStatus, "update.status"
        )
        if status in (FeedStatus.PENDING, FeedStatus.TO_UNPOST):
            raise ValueError(f"update.status {status.value} is set by SmartRecruiters")
        needed = {FeedStatus.ACTIVE: ("live_url",), FeedStatus.ERROR: ("comment",)}
        body = filled(
            FeedStatusUpdate(status=status, live_url=update.live_url, comment=update.comment),
            "update",
            *needed.get(status, ()),
        )
        path = {"posting_id": posting_id}
        return await self._client._call(routes.UPDATE, path=path, body=body)
