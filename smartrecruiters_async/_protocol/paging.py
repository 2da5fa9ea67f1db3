"""Paging arithmetic for every style of DESIGN 6, without I/O.

``parse_page`` reads one response; ``next_params`` gives the request for the following page of a
cursor style (``None`` at the end); ``offset_plan`` lists the remaining pages of an offset list
once the first page has told ``totalFound``, so they can be fetched in parallel.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import parse_qs, urlsplit

import attrs

from .routes import Paging

__all__ = ["MAX_LIMIT", "PageData", "check_limit", "next_params", "offset_plan", "parse_page"]

MAX_LIMIT = 100
_LINK_NEXT = re.compile(r'<([^>]*)>\s*;[^,]*\brel="?next"?', re.IGNORECASE)

Params = dict[str, Any]


@attrs.frozen(kw_only=True)
class PageData:
    """One page as the wire sent it: raw items plus whatever paging fields it carried."""

    items: Sequence[Any]
    total_found: int | None = None
    offset: int | None = None
    limit: int | None = None
    next_cursor: str | None = None


def check_limit(limit: object, *, maximum: int = MAX_LIMIT) -> int:
    """Validate a page size before any request: an int from 1 to ``maximum``."""
    if isinstance(limit, bool) or not isinstance(limit, int):
        raise TypeError(f"limit must be an int, not {type(limit).__name__}")
    if not 1 <= limit <= maximum:
        raise ValueError(f"limit must be between 1 and {maximum}, got {limit}")
    return limit


def check_offset(offset: object) -> int:
    """Validate an offset before any request: a non-negative int."""
    if isinstance(offset, bool) or not isinstance(offset, int):
        raise TypeError(f"offset must be an int, not {type(offset).__name__}")
    if offset < 0:
        raise ValueError(f"offset must not be negative, got {offset}")
    return offset


def _cursor_from_link(headers: Mapping[str, str]) -> str | None:
    link = next((v for k, v in headers.items() if k.lower() == "link"), None)
    if not link:
        return None
    match = _LINK_NEXT.search(link)
    if match is None:
        return None
    query = parse_qs(urlsplit(match.group(1)).query)
    values = query.get("pageId") or query.get("page_id")
    return values[0] if values else None


def _int_or_none(value: Any) -> int | None:
    try:
        return None if value is None else int(value)
    except (TypeError, ValueError):
        return None


def parse_page(style: Paging, body: Any, headers: Mapping[str, str]) -> PageData:
    """Read items and paging fields. A bare JSON array is a page with no cursor."""
    if isinstance(body, list):
        return PageData(items=body)
    if not isinstance(body, Mapping):
        raise ValueError(f"a page must be a JSON object or array, got {type(body).__name__}")
    items = body.get("content")
    if items is None:
        items = []
    if not isinstance(items, list):
        raise ValueError("a page's 'content' must be a list")
    cursor: Any = None
    if style is Paging.PAGE:
        cursor = body.get("nextPage")
    elif style in (Paging.CURSOR, Paging.SNAKE_CURSOR, Paging.AUDIT_CURSOR):
        cursor = body.get("nextPageId") or _cursor_from_link(headers)
    return PageData(
        items=items,
        total_found=_int_or_none(body.get("totalFound")),
        offset=_int_or_none(body.get("offset")),
        limit=_int_or_none(body.get("limit")),
        next_cursor=str(cursor) if cursor not in (None, "") else None,
    )


_CURSOR_PARAM = {
    Paging.CURSOR: "pageId",
    Paging.SNAKE_CURSOR: "page_id",
    Paging.AUDIT_CURSOR: "nextPageId",
    Paging.PAGE: "page",
}


def next_params(style: Paging, params: Params, page: PageData) -> Params | None:
    """Query parameters of the page after ``page``; ``None`` when there is none.

    The end is a missing cursor, never a short page (a short page can be followed by more).
    """
    if style not in _CURSOR_PARAM or page.next_cursor is None:
        return None
    return {**params, _CURSOR_PARAM[style]: page.next_cursor}


def offset_plan(*, start: int, limit: int, total_found: int, max_items: int | None) -> list[int]:
    """Offsets of the pages after the first, up to ``totalFound`` (and ``max_items``)."""
    end = total_found if max_items is None else min(total_found, start + max_items)
    return list(range(start + limit, end, limit))
