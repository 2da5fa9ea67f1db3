"""Candidate API handler: ``candidates.all`` with cursor paging."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping

from aiohttp import web

from ..replies import Handler, Reply
from ..state import ServerData
from . import params

__all__ = ["HANDLERS", "list_candidates"]

_CURSOR_PREFIX = "cand:"


def page_id(offset: int) -> str:
    """The opaque ``pageId`` of the page starting at ``offset``."""
    return base64.urlsafe_b64encode(f"{_CURSOR_PREFIX}{offset}".encode()).decode().rstrip("=")


def _offset(token: str) -> int:
    try:
        text = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode()
    except (binascii.Error, UnicodeDecodeError):
        raise params.InvalidParameter("pageId is not valid") from None
    number = text.removeprefix(_CURSOR_PREFIX)
    if not text.startswith(_CURSOR_PREFIX) or not number.isdigit():
        raise params.InvalidParameter("pageId is not valid")
    return int(number)


async def list_candidates(request: web.Request, data: ServerData) -> Reply:
    """``GET /candidates``: ``limit`` (1..100, default 10) and ``pageId`` -> one cursor page.

    ``nextPageId`` and a ``Link: <...>; rel="next"`` header are present unless it is the last page.
    """
    query = request.query
    try:
        limit = params.integer(query, "limit", 10, low=1, high=100)
        token = query.get("pageId")
        offset = _offset(token) if token else 0
    except params.InvalidParameter as error:
        return Reply.error(400, "INVALID_PARAMETER", str(error))
    content = data.candidates[offset : offset + limit]
    body: dict[str, object] = {"limit": limit, "totalFound": len(data.candidates)}
    headers: dict[str, str] = {}
    if offset + limit < len(data.candidates):
        next_page = page_id(offset + limit)
        body["nextPageId"] = next_page
        url = request.url.update_query({"limit": str(limit), "pageId": next_page})
        headers["Link"] = f'<{url}>; rel="next"'
    body["content"] = content
    return Reply.json(body, headers=headers)


HANDLERS: Mapping[str, Handler] = {"candidates.all": list_candidates}
