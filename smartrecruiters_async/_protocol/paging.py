"""Paging arithmetic for every style of DESIGN 6, without I/O.

``parse_page`` reads one response and refuses a page that lacks what its style requires;
``next_params`` gives the request for the following page of a cursor style (``None`` at the
end). ``OffsetWalk`` and ``CursorWalk`` keep the books of one iteration: which items were
yielded, which cursors followed, whether each page joins the ones before it, and what to
request next. The paginator does the I/O around them.

How an offset walk stays exact while the list changes under it: every page after the first is
requested ``OVERLAP`` item(s) before the end of the one before it, so on an unchanging list it
starts with an item already yielded. A page that contains any item already yielded *joins* the
walk: it is a run of the list (at the time it was served) from a point already covered, so
every item that was in the list for the whole walk and lies between is in it, and its unseen
items are yielded. Items inserted before the page only push already-yielded items into it
(skipped by their keys); items deleted before it pull it past the walk's position, and then it
contains no yielded item: the walk re-reads where ``totalFound`` says its items went, then
further back, then from its start, where a page always joins (it is the list's beginning);
only when that was done ``MAX_RESTARTS`` times already does it go on with a ``gap`` to report.
Planning follows the latest ``totalFound``, so a list that grows is walked to its new end.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import parse_qs, urlsplit

import attrs

from .routes import Paging

__all__ = [
    "MAX_LIMIT",
    "MAX_RESTARTS",
    "NUMBERED",
    "OVERLAP",
    "CursorStep",
    "CursorWalk",
    "NumberedStep",
    "NumberedWalk",
    "OffsetStep",
    "OffsetWalk",
    "PageData",
    "PageMismatch",
    "check_limit",
    "item_key",
    "next_params",
    "page_position",
    "parse_page",
    "with_cursor",
]

MAX_LIMIT = 100

OVERLAP = 1
"""Items each offset page after the first re-reads from the end of the page before it.

One is enough to tell that the pages join (``OffsetWalk``); where ``limit + OVERLAP`` fits in
``MAX_LIMIT`` the page is asked one item larger, so the overlap costs no extra page at all, and
at ``limit=100`` it costs one page in 99 (measured in ``benchmarks/paging.py``).
"""

MAX_RESTARTS = 3
"""Times one walk may go back to its start to find its place again in a list that moved by
more than the re-reads around the page could find (``OffsetWalk._reread``); past that, the walk
goes on and reports a possible gap."""

_FIRST_KEYS = 3  # items of the first page that, seen again further on, betray an ignored offset

_LINK_NEXT = re.compile(r'<([^>]*)>\s*;[^,]*\brel="?next"?', re.IGNORECASE)

Params = dict[str, Any]
ItemKey = str | bytes


class PageMismatch(ValueError):
    """The pages of one walk contradict each other (a cursor followed twice, a page that only
    repeats items already yielded, an empty page where ``totalFound`` promises more)."""


@attrs.frozen(kw_only=True)
class PageData:
    """One page as the wire sent it: raw items plus whatever paging fields it carried.

    ``complete`` marks a bare JSON array: the whole list at once. ``url`` and ``status`` say
    where it came from, for errors about it.
    """

    items: Sequence[Any]
    total_found: int | None = None
    offset: int | None = None
    limit: int | None = None
    next_cursor: str | None = None
    complete: bool = False
    url: str = ""
    status: int = 200


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


def _count(body: Mapping[str, Any], field: str) -> int:
    """``body[field]`` as a count, or ``ValueError`` saying what is wrong with it."""
    if field not in body:
        raise ValueError(f"the page has no {field!r}")
    value = body[field]
    if isinstance(value, str) and value.isascii() and value.isdigit():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"the page's {field!r} is {value!r}, not a count")
    return value


def _cursor(body: Mapping[str, Any], field: str) -> str | None:
    value = body.get(field)
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise ValueError(f"the page's {field!r} is {value!r}, not a cursor")
    return str(value)


def parse_page(
    style: Paging,
    body: Any,
    headers: Mapping[str, str],
    *,
    bare_array: bool = False,
    url: str = "",
    status: int = 200,
    items_key: str = "content",
) -> PageData:
    """Read items and paging fields, or raise ``ValueError`` saying what the page lacks.

    Every page needs its items under ``items_key`` (``content``; a list: missing or ``null``
    is an error, never an empty page); an offset page also needs ``totalFound`` (a count, also
    as a string of digits, the form the Feed API sends). A bare JSON array is accepted only
    when the route declares one (``bare_array``): it is then the whole list, unless a cursor
    style's ``Link: rel=next`` header names a next page (the webhook lists).
    """
    if style in NUMBERED:
        return _numbered_page(body, bare_array=bare_array, url=url, status=status)
    if isinstance(body, list):
        if not bare_array:
            raise ValueError(
                "the page is a bare JSON array, not an object with 'content' and paging fields"
            )
        follow = _cursor_from_link(headers) if style in _CURSOR_PARAM else None
        if follow is not None:
            return PageData(items=body, next_cursor=follow, url=url, status=status)
        return PageData(items=body, total_found=len(body), complete=True, url=url, status=status)
    if not isinstance(body, Mapping):
        raise ValueError(f"a page must be a JSON object, got {type(body).__name__}")
    if items_key not in body:
        raise ValueError(f"the page has no {items_key!r}")
    items = body[items_key]
    if not isinstance(items, list):
        what = "null" if items is None else type(items).__name__
        raise ValueError(f"the page's {items_key!r} is {what}, not a list")
    cursor: str | None = None
    total: int | None
    if style is Paging.OFFSET:
        total = _count(body, "totalFound")
    else:
        total = _int_or_none(body.get("totalFound"))
    if style is Paging.PAGE:
        cursor = _cursor(body, "nextPage")
    elif style in (Paging.CURSOR, Paging.SNAKE_CURSOR, Paging.AUDIT_CURSOR):
        cursor = _cursor(body, "nextPageId") or _cursor_from_link(headers)
    return PageData(
        items=items,
        total_found=total,
        offset=_int_or_none(body.get("offset")),
        limit=_int_or_none(body.get("limit")),
        next_cursor=cursor,
        url=url,
        status=status,
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
    return with_cursor(style, params, page.next_cursor)


def with_cursor(style: Paging, params: Params, cursor: str) -> Params:
    """``params`` asking for the page at ``cursor`` of a cursor style."""
    return {**params, _CURSOR_PARAM.get(style, "pageId"): cursor}


def page_position(style: Paging, params: Mapping[str, Any]) -> dict[str, Any]:
    """The paging parameters among ``params`` (``offset``/``limit``, the page number and its
    size, or the cursor and ``limit``): what names a page, and what fetches its items again."""
    if style in NUMBERED:
        names: tuple[str | None, ...] = NUMBERED[style][:2]
    elif style is Paging.OFFSET:
        names = ("offset", "limit")
    else:
        names = (_CURSOR_PARAM.get(style), "limit")
    return {name: params[name] for name in names if name and params.get(name) is not None}


def item_key(item: Any, field: str = "id") -> ItemKey:
    """What identifies ``item`` within one list: its ``field`` (``id``) as a string.

    An item without one (not an object, or no usable ``field``) is identified by a digest of
    its whole JSON: two such items with equal content count as one item.
    """
    if isinstance(item, Mapping):
        value = item.get(field)
        if isinstance(value, str) and value:
            return value
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
    text = json.dumps(item, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.blake2b(text.encode(), digest_size=16).digest()


# -- offset lists ---------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class OffsetStep:
    """What to do after one offset page.

    ``items`` are yielded (new items, list order; ``offset`` is where the first of them was).
    Then, unless ``done``: with ``reread`` set the page did not join the walk (nothing was
    taken from it), so fetch ``reread`` next (with ``restart``, from the walk's start: the
    pages fetched ahead are stale); else the walk covers the list up to ``reach`` and goes on
    from there (``OffsetWalk.overlap`` items before it). ``unjoined`` marks a page taken
    although it joined nothing, after the re-reads ran out: items before its ``items`` (``gap``
    of them) may be missing.
    """

    items: Sequence[Any]
    offset: int
    reach: int = 0
    done: bool = False
    reread: int | None = None
    restart: bool = False
    unjoined: bool = False

    @property
    def gap(self) -> int:
        """Items yielded from a page that joined nothing (0 for a page that joined)."""
        return len(self.items) if self.unjoined else 0


@attrs.define
class OffsetWalk:
    """The books of one iteration over an offset list (see the module docstring).

    ``start`` and ``limit`` are the caller's; pages after the first are requested at
    ``request_limit`` (``limit + overlap`` when that fits in ``max_limit``), ``overlap`` items
    before the end of what the walk covers. ``overlap`` starts at ``OVERLAP`` and doubles (up
    to ``max_overlap``) each time the walk loses its place, so a list that keeps changing is
    read with a wider margin. ``max_items`` bounds look-ahead, not progress.
    """

    start: int
    limit: int
    max_items: int | None = None
    key_field: str = "id"
    overlap: int = OVERLAP
    max_overlap: int = 16
    max_limit: int = MAX_LIMIT
    max_restarts: int = MAX_RESTARTS
    seen: set[ItemKey] = attrs.field(factory=set)
    yielded: int = 0
    first_total: int | None = None
    total: int | None = None
    rereads: int = 0
    restarts: int = 0
    _frontier: int | None = None
    _wanted_end: int | None = None
    _episode: int = 0
    _bridges: set[int] = attrs.field(factory=set)
    _first_keys: list[ItemKey] | None = None
    _suspect_pages: int = 0

    @property
    def request_limit(self) -> int:
        """The ``limit`` sent for pages after the first."""
        return min(self.limit + self.overlap, self.max_limit)

    @property
    def stride(self) -> int:
        """Offsets between two consecutive pages after the first."""
        return max(1, self.request_limit - self.overlap)

    def guessed_offsets(self, count: int) -> list[int]:
        """Offsets of up to ``count`` pages after the first, as if every page were full, within
        ``max_items`` (none without it): fetched while the first page is still in flight."""
        if self.max_items is None or count <= 0:
            return []
        end = self.start + self.max_items
        offsets: list[int] = []
        offset = self.start + self.limit - self.overlap
        while len(offsets) < count and offset + self.overlap < end:
            offsets.append(offset)
            offset += self.stride
        return offsets

    def plan_from(self, offset: int) -> None:
        """Restart look-ahead at ``offset`` (the next page the walk needs)."""
        self._frontier = offset

    def next_planned(self, *, force: bool = False) -> int | None:
        """The next offset to fetch ahead and move past it; ``None`` when the known list (and
        ``max_items``) is covered. ``force`` returns it regardless: the walk needs that page."""
        offset = self._frontier
        if offset is None:
            return None
        if not force:
            if self.total is None:
                return None
            # Look ahead only as far as the list, and the items still wanted, reach.
            end = self.total if self._wanted_end is None else min(self.total, self._wanted_end)
            if offset + self.overlap >= end:
                return None
        self._frontier = offset + self.stride
        return offset

    def accept(self, offset: int, page: PageData, *, limit: int | None = None) -> OffsetStep:
        """Take the page requested at ``offset`` (with ``limit``); raise ``PageMismatch`` when
        it contradicts its own ``totalFound`` (fewer items than asked, too few to make progress,
        while more are promised) or keeps starting with the first page's items while
        ``totalFound`` stays what it was (a server that ignores ``offset``)."""
        keys = [item_key(item, self.key_field) for item in page.items]
        bridge = offset in self._bridges
        self._bridges.discard(offset)
        joined = offset <= self.start or not self.seen or any(k in self.seen for k in keys)
        if not joined:
            step = self._reread(offset, page)
            if step is not None:
                return step
        elif not bridge:
            self._episode = 0
        total = page.total_found if page.total_found is not None else offset + len(page.items)
        self._check_offset_honoured(offset, keys, total, bridge)
        if self.first_total is None:
            self.first_total = total
        self.total = total
        new: list[Any] = []
        first = offset
        for index, (item, key) in enumerate(zip(page.items, keys, strict=True)):
            if key in self.seen:
                continue
            if not new:
                first = offset + index
            self.seen.add(key)
            new.append(item)
        self.yielded += len(new)
        reach = offset + len(page.items)
        if self.max_items is not None:
            self._wanted_end = reach + self.max_items - self.yielded
        wanted = self.max_items is not None and self.yielded >= self.max_items
        if reach >= total or page.complete or wanted:
            return OffsetStep(items=new, offset=first, reach=reach, done=True, unjoined=not joined)
        short = limit is None or len(page.items) < limit
        if short and len(page.items) <= (0 if offset <= self.start else self.overlap):
            raise PageMismatch(
                f"the page at offset {offset} has {len(page.items)} items although "
                f"'totalFound' is {total}"
            )
        return OffsetStep(items=new, offset=first, reach=reach, unjoined=not joined)

    def _reread(self, offset: int, page: PageData) -> OffsetStep | None:
        """Where to read for a page that did not join; ``None`` when the re-reads ran out.

        The list moved under the page: deletions before it pulled it past the walk's position
        (or it is empty past a list that shrank), or insertions pushed the walk's items beyond
        it. The first re-read goes where the change in ``totalFound`` says the walk's items
        went; the next one a page further back; the last one to the walk's start, where a page
        always joins (``max_restarts`` times a walk, since it reads again what was covered).
        From the first of them on, pages overlap twice as much.
        """
        self._episode += 1
        restart = False
        if self._episode == 1:
            self.overlap = min(self.overlap * 2, self.max_overlap)
            moved = 0
            if page.total_found is not None and self.total is not None:
                moved = page.total_found - self.total
            reread = offset + moved - self.overlap if moved else offset - self.stride
        elif self._episode == 2:
            reread = offset - 2 * self.stride
        elif self._episode == 3 and self.restarts < self.max_restarts:
            self.restarts += 1
            reread, restart = self.start, True
        else:
            return None
        reread = max(self.start, reread)
        self.rereads += 1
        self._bridges.add(reread)
        return OffsetStep(items=(), offset=offset, reread=reread, restart=restart)

    def _check_offset_honoured(
        self, offset: int, keys: list[ItemKey], total: int, bridge: bool
    ) -> None:
        """Raise ``PageMismatch`` when pages further on keep starting with the first page's
        items while ``totalFound`` has not moved since the first page: the server ignores
        ``offset``, and walking on would skip the rest silently. (Insertions before the first
        items would move them there, but also move ``totalFound``.) A few items, or the same
        start on a few pages in a row, are proof enough."""
        if offset <= self.start:
            if self._first_keys is None and keys:
                self._first_keys = keys[:_FIRST_KEYS]
            return
        first = self._first_keys
        unchanged = total == self.total == self.first_total
        if bridge or not first or not unchanged or keys[: len(first)] != first:
            self._suspect_pages = 0
            return
        self._suspect_pages += 1
        if len(first) * self._suspect_pages >= _FIRST_KEYS:
            raise PageMismatch(
                f"the page at offset {offset} starts with the first page's items while "
                f"'totalFound' stayed {total}: the server seems to ignore 'offset'"
            )


# -- cursor lists ---------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class CursorStep:
    """What to do after one cursor page: yield ``items``, then request ``next`` (``None``:
    the end). ``repeated`` is a cursor the walk followed already: after yielding the items,
    the walk must stop with an error rather than loop. ``duplicates`` counts items dropped
    because they were yielded already."""

    items: Sequence[Any]
    next: Params | None
    repeated: str | None = None
    duplicates: int = 0


@attrs.define
class CursorWalk:
    """The books of one iteration over a cursor list: the cursors followed and the items
    yielded, so a cursor that comes back or a page that only repeats is caught."""

    style: Paging
    params: Params
    key_field: str = "id"
    seen: set[ItemKey] = attrs.field(factory=set)
    followed: set[str] = attrs.field(factory=set)
    duplicates: int = 0

    def __attrs_post_init__(self) -> None:
        name = _CURSOR_PARAM.get(self.style)
        if name is not None and self.params.get(name) is not None:
            self.followed.add(str(self.params[name]))

    def accept(self, params: Params, page: PageData) -> CursorStep:
        """Take the page fetched with ``params``; raise ``PageMismatch`` when every one of its
        items was yielded already (the server served the same page again)."""
        keys = [item_key(item, self.key_field) for item in page.items]
        if keys and all(key in self.seen for key in keys):
            raise PageMismatch(
                f"the page repeats {len(keys)} items already yielded (the server served "
                "an earlier page again)"
            )
        new: list[Any] = []
        for item, key in zip(page.items, keys, strict=True):
            if key not in self.seen:
                self.seen.add(key)
                new.append(item)
        dropped = len(keys) - len(new)
        self.duplicates += dropped
        after = next_params(self.style, params, page)
        if after is not None and page.next_cursor is not None:
            if page.next_cursor in self.followed:
                return CursorStep(
                    items=new, next=None, repeated=page.next_cursor, duplicates=dropped
                )
            self.followed.add(page.next_cursor)
        return CursorStep(items=new, next=after, duplicates=dropped)


# -- numbered lists -------------------------------------------------------------------------

NUMBERED: dict[Paging, tuple[str, str, bool]] = {
    Paging.PAGE_NUMBER: ("page", "pageSize", False),
    Paging.PAGE_NUMBER_LIMIT: ("page", "limit", False),
    Paging.OFFSET_TO_SHORT: ("offset", "limit", True),
}
"""Styles of pages of one fixed size, named by position: (position parameter, size parameter,
whether the position counts items rather than pages). Pages are counted from 0."""

_NUMBERED_ITEMS = ("content", "contents")  # {totalElements, contents}: new interview templates
_NUMBERED_TOTALS = ("totalFound", "totalElements")


def _numbered_page(body: Any, *, bare_array: bool, url: str, status: int) -> PageData:
    """A numbered page: its items under ``content`` or ``contents`` (one of them, a list), and
    ``totalFound`` or ``totalElements`` when sent; a bare array (where the route declares one)
    is one page without a total, not the whole list."""
    if isinstance(body, list) and bare_array:
        return PageData(items=body, url=url, status=status)
    if not isinstance(body, Mapping):
        raise ValueError(f"a page must be a JSON object, got {type(body).__name__}")
    present = [key for key in _NUMBERED_ITEMS if key in body]
    if len(present) != 1:
        raise ValueError("the page has no 'content'" if not present else "the page has both")
    items = body[present[0]]
    if not isinstance(items, list):
        what = "null" if items is None else type(items).__name__
        raise ValueError(f"the page's {present[0]!r} is {what}, not a list")
    totals = [_count(body, key) for key in _NUMBERED_TOTALS if body.get(key) is not None]
    return PageData(items=items, total_found=totals[0] if totals else None, url=url, status=status)


@attrs.frozen(kw_only=True)
class NumberedStep:
    """What to do after one numbered page: yield ``items`` (new ones, in list order); unless
    ``done``, go on with the next page. ``duplicates`` counts items dropped as yielded already
    (the list shifted under the walk)."""

    items: Sequence[Any]
    done: bool
    duplicates: int = 0


@attrs.define
class NumberedWalk:
    """The books of one iteration over a numbered list (``NUMBERED``), page ``index`` 0 being
    the one ``params`` asks for.

    The walk ends at a short page, at the page that reaches the latest total, or at
    ``max_items``; with a total known it plans the pages ahead (fetched in parallel), without
    one it goes one page at a time. A page short of a promised total, or a full page of items
    all yielded already (a server that ignores the page parameter), is a ``PageMismatch``.
    """

    style: Paging
    params: Params
    max_items: int | None = None
    key_field: str = "id"
    seen: set[ItemKey] = attrs.field(factory=set)
    yielded: int = 0
    total: int | None = None

    @property
    def size(self) -> int:
        """The page size the caller asked for (the resource always sends one)."""
        return int(self.params[NUMBERED[self.style][1]])

    def params_for(self, index: int) -> Params:
        """The query of page ``index``."""
        name, _, counts_items = NUMBERED[self.style]
        start = int(self.params.get(name) or 0)
        return {**self.params, name: start + index * (self.size if counts_items else 1)}

    def _first_item(self) -> int:
        name, _, counts_items = NUMBERED[self.style]
        start = int(self.params.get(name) or 0)
        return start if counts_items else start * self.size

    def ahead(self, index: int, most: int) -> range:
        """Pages after ``index`` to have in flight: up to ``most`` within the known total
        (and ``max_items``), else just the next one."""
        if self.total is None:
            return range(index + 1, index + 2)
        pages = -(-(self.total - self._first_item()) // self.size)
        if self.max_items is not None:
            pages = min(pages, -(-self.max_items // self.size))
        return range(index + 1, max(index + 2, min(pages, index + 1 + most)))

    def accept(self, index: int, page: PageData) -> NumberedStep:
        """Take page ``index``."""
        keys = [item_key(item, self.key_field) for item in page.items]
        if len(keys) >= self.size and all(key in self.seen for key in keys):
            raise PageMismatch(f"page {index} only repeats items already yielded")
        new = []
        for item, key in zip(page.items, keys, strict=True):
            if key not in self.seen:
                self.seen.add(key)
                new.append(item)
        self.yielded += len(new)
        if page.total_found is not None:
            self.total = page.total_found
        reach = self._first_item() + index * self.size + len(page.items)
        short = len(page.items) < self.size
        if short and self.total is not None and reach < self.total:
            raise PageMismatch(
                f"page {index} has {len(page.items)} items although the total is {self.total}"
            )
        done = short or (self.total is not None and reach >= self.total)
        wanted = self.max_items is not None and self.yielded >= self.max_items
        return NumberedStep(items=new, done=done or wanted, duplicates=len(keys) - len(new))
