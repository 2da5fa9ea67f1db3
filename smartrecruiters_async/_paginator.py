"""``AsyncPaginator``: ``await`` it for the first page, ``async for`` it for every item.

Offset lists learn ``totalFound`` from the first page, then fetch the remaining pages in parallel
under the governor (bulk priority) and yield items in order, each exactly once. Every page after
the first overlaps the one before it by an item, so a list that changes during the walk is
noticed and the pages that shifted are read again (``OffsetWalk``); what cannot be repaired is
reported with a ``ListChangedWarning``. Cursor lists fetch the next page while the consumer works
on the current one, and stop with ``PagingError`` at a cursor they followed already. Leaving the
loop early cancels pending fetches, which returns their permits.
"""

from __future__ import annotations

import asyncio
import contextlib
import warnings
from collections import deque
from collections.abc import (
    AsyncGenerator,
    Awaitable,
    Callable,
    Generator,
    Iterator,
    Mapping,
    Sequence,
)
from typing import Any, Generic, TypeVar

import attrs

from ._errors import PagingError, SmartRecruitersError, name_page
from ._protocol.paging import (
    NUMBERED,
    CursorWalk,
    NumberedWalk,
    OffsetWalk,
    PageData,
    PageMismatch,
    page_position,
    with_cursor,
)
from ._protocol.routes import Paging
from .governor import Priority

__all__ = ["AsyncPaginator", "ListChangedWarning", "Page"]

T = TypeVar("T")

Fetch = Callable[[dict[str, Any], Priority], Awaitable[PageData]]

_SLICE = 20  # items converted between two yields to the event loop

# The user's frame, seen from warnings.warn: _warn, the walk, then _items or pages().
_WARN_STACKLEVEL = 4


class ListChangedWarning(UserWarning):
    """A list changed while it was walked in a way the paginator could not fully repair.

    Offset lists: a page could not be joined to the items already yielded even after reading
    further back (many items deleted between two fetches); the walk went on from there, so
    items between may be missing (``gap`` items were yielded after the break). Cursor lists: a
    page repeated items already yielded (``duplicates``, dropped), which means the list shifted
    and other items may have been skipped. Nothing is yielded twice either way. ``page`` names
    where (as ``SmartRecruitersError.page`` does); ``total_found`` is the first and the latest
    ``totalFound`` seen (``None`` where the list does not send it).
    """

    def __init__(
        self,
        message: str,
        *,
        operation_id: str,
        page: Mapping[str, Any],
        gap: int = 0,
        duplicates: int = 0,
        total_found: tuple[int | None, int | None] = (None, None),
    ) -> None:
        super().__init__(message)
        self.operation_id = operation_id
        self.page = dict(page)
        self.gap = gap
        self.duplicates = duplicates
        self.total_found = total_found


@attrs.frozen(kw_only=True)
class Page(Generic[T]):
    """One page of a list: ``items`` plus the paging fields the server sent.

    From ``pages()``, ``items`` are the page's items not yielded before (an offset page after
    the first starts one item early, which is left out) and ``offset`` is where the first of
    them was.
    """

    items: Sequence[T]
    total_found: int | None = None
    offset: int | None = None
    limit: int | None = None
    next_page_id: str | None = None

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)


@attrs.frozen
class _Fetching:
    """An offset page on its way: where it starts, how many items were asked, the fetch."""

    offset: int
    limit: int
    task: asyncio.Future[PageData]


@attrs.frozen
class _Batch:
    """New items of one page, and the paging parameters that would fetch them again."""

    data: PageData
    position: dict[str, Any]


class AsyncPaginator(Generic[T]):
    """A lazy list operation. Nothing is sent until it is awaited or iterated.

    ``await paginator`` returns the first ``Page``; ``async for item in paginator`` yields every
    item; ``paginator.pages()`` yields pages. ``max_items`` stops after that many items;
    ``prefetch`` bounds the pages fetched ahead (offset lists; cursor lists fetch one ahead).
    Within one iteration no item is yielded twice (items are told apart by ``item_key``, an
    item without one by its whole content). Every error raised while iterating names the page
    it was fetching (``SmartRecruitersError.page``).
    """

    def __init__(
        self,
        *,
        style: Paging,
        params: dict[str, Any],
        fetch: Fetch,
        convert: Callable[[Any], T],
        max_items: int | None = None,
        prefetch: int = 8,
        operation_id: str = "list",
        item_key: str = "id",
    ) -> None:
        if max_items is not None and (
            isinstance(max_items, bool) or not isinstance(max_items, int) or max_items < 0
        ):
            raise ValueError(f"max_items must be a non-negative int or None, got {max_items!r}")
        if prefetch < 1:
            raise ValueError("prefetch must be at least 1")
        self._style = style
        self._params = params
        self._fetch = fetch
        self._convert = convert
        self._max_items = max_items
        self._prefetch = prefetch
        self._operation_id = operation_id
        self._item_key = item_key

    def __repr__(self) -> str:
        # What asyncio.run(paginator) prints ("a coroutine was expected, got ..."): say what to do.
        return (
            f"<AsyncPaginator {self._style.value} params={self._params!r}: not a coroutine; "
            "inside an async def, `await` it for the first page or `async for` over it, and "
            "pass that coroutine to asyncio.run()>"
        )

    def __await__(self) -> Generator[Any, None, Page[T]]:
        return self._first_page().__await__()

    async def _first_page(self) -> Page[T]:
        position = page_position(self._style, self._params)
        data = await self._named(self._fetch(self._params, Priority.INTERACTIVE), position)
        return self._to_page(_Batch(data, position))

    def __aiter__(self) -> AsyncGenerator[T, None]:
        return self._items()

    async def _items(self) -> AsyncGenerator[T, None]:
        seen = 0
        async with contextlib.aclosing(self._batches()) as batches:
            async for batch in batches:
                items = batch.data.items
                for start in range(0, len(items), _SLICE):
                    # Converting a whole page at once would stall the event loop for tens of ms,
                    # delaying other tasks' requests (and their pacing) behind a bulk export.
                    if start:
                        await asyncio.sleep(0)
                    for raw in items[start : start + _SLICE]:
                        if self._max_items is not None and seen >= self._max_items:
                            return
                        seen += 1
                        yield self._converted(raw, batch.position)

    async def pages(self) -> AsyncGenerator[Page[T], None]:
        """Every page in order (the last may hold more items than ``max_items`` leaves)."""
        async with contextlib.aclosing(self._batches()) as batches:
            async for batch in batches:
                yield self._to_page(batch)

    def _batches(self) -> AsyncGenerator[_Batch, None]:
        if self._style is Paging.OFFSET:
            return self._offset_batches()
        if self._style in NUMBERED:
            return self._numbered_batches()
        return self._cursor_batches()

    def _converted(self, raw: Any, position: dict[str, Any]) -> T:
        try:
            return self._convert(raw)
        except SmartRecruitersError as exc:
            name_page(exc, self._operation_id, position)
            raise

    def _to_page(self, batch: _Batch) -> Page[T]:
        data = batch.data
        return Page(
            items=[self._converted(item, batch.position) for item in data.items],
            total_found=data.total_found,
            offset=data.offset,
            limit=data.limit,
            next_page_id=data.next_cursor,
        )

    async def _named(self, fetched: Awaitable[PageData], position: dict[str, Any]) -> PageData:
        """``await fetched``, naming the page on any error (as ``position``)."""
        try:
            return await fetched
        except SmartRecruitersError as exc:
            name_page(exc, self._operation_id, position)
            raise

    def _paging_error(self, message: str, data: PageData, position: dict[str, Any]) -> PagingError:
        error = PagingError(
            f"{self._operation_id}: {message}",
            method="GET",
            url=data.url,
            status=data.status,
            raw_body="",
        )
        name_page(error, self._operation_id, position)
        return error

    def _warn(
        self, message: str, position: dict[str, Any], *, depth: int = 0, **counts: Any
    ) -> None:
        """Warn ``ListChangedWarning`` at the user's line (``depth``: helpers in between)."""
        warnings.warn(
            ListChangedWarning(
                f"{self._operation_id}: {message}",
                operation_id=self._operation_id,
                page=position,
                **counts,
            ),
            stacklevel=_WARN_STACKLEVEL + depth,
        )

    def _warn_dropped(self, duplicates: int, position: dict[str, Any]) -> None:
        self._warn(
            f"the page repeated {duplicates} items already yielded, which were dropped: the "
            "list changed while it was walked, so other items may have been skipped",
            position,
            depth=1,
            duplicates=duplicates,
        )

    # -- offset lists ---------------------------------------------------------------------

    async def _offset_batches(self) -> AsyncGenerator[_Batch, None]:
        if self._max_items == 0:
            return
        start = int(self._params.get("offset") or 0)
        asked = self._params.get("limit")
        walk = OffsetWalk(
            start=start,
            limit=int(asked or 1),
            max_items=self._max_items,
            key_field=self._item_key,
        )

        def fetch(offset: int) -> _Fetching:
            limit = walk.request_limit
            params = {**self._params, "offset": offset, "limit": limit}
            return _Fetching(
                offset, limit, asyncio.ensure_future(self._fetch(params, Priority.BULK))
            )

        def position() -> dict[str, Any]:
            return {"offset": resume, "limit": walk.limit}

        current = _Fetching(
            start,
            int(asked or 0),
            asyncio.ensure_future(self._fetch(self._params, Priority.BULK)),
        )
        # Pages the caller's max_items asks for are fetched while the first is in flight: the
        # first page's round trip would otherwise leave the budget idle. A list shorter than
        # max_items costs at most prefetch - 1 requests whose pages are dropped.
        ahead = {
            offset: fetch(offset)
            for offset in (walk.guessed_offsets(self._prefetch - 1) if asked else [])
        }
        pending: deque[_Fetching] = deque()
        resume = start
        try:
            while True:
                data = await self._named(current.task, position())
                if current.offset == start and not walk.seen and not asked:
                    walk.limit = data.limit or len(data.items) or 1
                try:
                    step = walk.accept(current.offset, data, limit=current.limit or None)
                except PageMismatch as exc:
                    raise self._paging_error(str(exc), data, position()) from None
                if step.reread is not None:
                    # The list moved under this page: read where the walk's items went first;
                    # the pages after it are fetched again from wherever that read ends.
                    if step.restart:
                        await _cancel_all([f.task for f in pending])  # all planned too far on
                        pending.clear()
                    pending.appendleft(fetch(step.reread))
                else:
                    if step.unjoined:
                        self._warn(
                            f"the list changed while it was walked: the page at offset "
                            f"{step.offset} could not be joined to the items yielded before it "
                            f"after {walk.rereads} re-reads ({walk.restarts} from the start; "
                            f"totalFound {walk.first_total} -> {walk.total}); {step.gap} items "
                            "from there were yielded, items before them may be missing",
                            {"offset": step.offset, "limit": walk.limit},
                            gap=step.gap,
                            total_found=(walk.first_total, walk.total),
                        )
                    if step.items or current.offset == start == resume:
                        page = attrs.evolve(data, items=step.items, offset=step.offset)
                        yield _Batch(page, {"offset": step.offset, "limit": walk.limit})
                    if step.done:
                        return
                    resume = step.reach
                    await self._plan(walk, step.reach, pending, ahead, fetch)
                current = pending.popleft()
        finally:
            fetches = [current, *pending, *ahead.values()]
            await _cancel_all([f.task for f in fetches])

    async def _plan(
        self,
        walk: OffsetWalk,
        reach: int,
        pending: deque[_Fetching],
        ahead: dict[int, _Fetching],
        fetch: Callable[[int], _Fetching],
    ) -> None:
        """Make sure the next page overlaps what the walk covers (up to ``reach``), then fetch
        ahead up to ``prefetch`` pages. Pages fetched ahead stay as long as they overlap: each
        is checked when its turn comes."""

        def get(offset: int) -> _Fetching:
            return ahead.pop(offset) if offset in ahead else fetch(offset)

        behind = []
        while pending and pending[0].offset + pending[0].limit <= reach:
            behind.append(pending.popleft())  # covered already: nothing new in it
        if not pending:
            walk.plan_from(reach - walk.overlap)
            offset = walk.next_planned(force=True)
            assert offset is not None
            pending.append(get(offset))
        elif pending[0].offset >= reach:
            # A short page or a re-read left a hole before the pages fetched ahead.
            pending.appendleft(get(reach - walk.overlap))
        while len(pending) < self._prefetch:
            planned = walk.next_planned()
            if planned is None:
                break
            pending.append(get(planned))
        # Guessed pages the plan does not use (past the end, or other boundaries).
        behind += ahead.values()
        ahead.clear()
        await _cancel_all([f.task for f in behind])

    # -- cursor lists ---------------------------------------------------------------------

    async def _cursor_batches(self) -> AsyncGenerator[_Batch, None]:
        if self._max_items == 0:
            return
        walk = CursorWalk(self._style, self._params, key_field=self._item_key)
        params = self._params
        task: asyncio.Task[PageData] | None = asyncio.ensure_future(
            self._fetch(params, Priority.BULK)
        )
        yielded = 0
        first = True
        try:
            while task is not None:
                position = page_position(self._style, params)
                data = await self._named(task, position)
                task = None
                try:
                    step = walk.accept(params, data)
                except PageMismatch as exc:
                    raise self._paging_error(str(exc), data, position) from None
                yielded += len(step.items)
                done = self._max_items is not None and yielded >= self._max_items
                if step.next is not None and not done:
                    task = asyncio.ensure_future(self._fetch(step.next, Priority.BULK))
                if step.duplicates:
                    self._warn_dropped(step.duplicates, position)
                if step.items or first:
                    yield _Batch(attrs.evolve(data, items=step.items), position)
                first = False
                if step.repeated is not None and not done:
                    again = page_position(
                        self._style, with_cursor(self._style, params, step.repeated)
                    )
                    raise self._paging_error(
                        f"the server sent cursor {step.repeated!r} again; following it would "
                        "serve the same pages forever",
                        data,
                        again,
                    )
                if step.next is not None:
                    params = step.next
        finally:
            await _cancel_all([task] if task is not None else [])

    # -- numbered lists -------------------------------------------------------------------

    async def _numbered_batches(self) -> AsyncGenerator[_Batch, None]:
        """Pages by number: with a total, the pages ahead are fetched in parallel (up to
        ``prefetch``); without one, the next page while the consumer works on this one."""
        if self._max_items == 0:
            return
        walk = NumberedWalk(
            self._style, self._params, max_items=self._max_items, key_field=self._item_key
        )
        flying: dict[int, asyncio.Future[PageData]] = {}

        def fetch(index: int) -> None:
            if index not in flying:
                params = walk.params_for(index)
                flying[index] = asyncio.ensure_future(self._fetch(params, Priority.BULK))

        index = 0
        fetch(index)
        try:
            while True:
                position = page_position(self._style, walk.params_for(index))
                data = await self._named(flying.pop(index), position)
                try:
                    step = walk.accept(index, data)
                except PageMismatch as exc:
                    raise self._paging_error(str(exc), data, position) from None
                if not step.done:
                    for ahead in walk.ahead(index, self._prefetch):
                        fetch(ahead)
                if step.duplicates:
                    self._warn_dropped(step.duplicates, position)
                if step.items or index == 0:
                    yield _Batch(attrs.evolve(data, items=step.items), position)
                if step.done:
                    return
                index += 1
        finally:
            await _cancel_all(list(flying.values()))


async def _cancel_all(tasks: Sequence[asyncio.Future[Any]]) -> None:
    """Cancel fetches nobody will read and wait until they have given their permits back."""
    for task in tasks:
        task.cancel()
    if tasks:
        await asyncio.gather(*tasks, return_exceptions=True)
