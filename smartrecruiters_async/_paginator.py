"""``AsyncPaginator``: ``await`` it for the first page, ``async for`` it for every item.

Offset lists learn ``totalFound`` from the first page, then fetch the remaining pages in parallel
under the governor (bulk priority) and yield items in order, each exactly once. Cursor lists fetch
the next page while the consumer works on the current one. Leaving the loop early cancels pending
fetches, which returns their permits.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections import deque
from collections.abc import (
    AsyncGenerator,
    Awaitable,
    Callable,
    Generator,
    Iterator,
    Sequence,
)
from typing import Any, Generic, TypeVar

import attrs

from ._protocol.paging import PageData, next_params, offset_plan
from ._protocol.routes import Paging
from .governor import Priority

__all__ = ["AsyncPaginator", "Page"]

T = TypeVar("T")

Fetch = Callable[[dict[str, Any], Priority], Awaitable[PageData]]

_SLICE = 20  # items converted between two yields to the event loop


@attrs.frozen(kw_only=True)
class Page(Generic[T]):
    """One page of a list: ``items`` plus the paging fields the server sent."""

    items: Sequence[T]
    total_found: int | None = None
    offset: int | None = None
    limit: int | None = None
    next_page_id: str | None = None

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)


class AsyncPaginator(Generic[T]):
    """A lazy list operation. Nothing is sent until it is awaited or iterated.

    ``await paginator`` returns the first ``Page``; ``async for item in paginator`` yields every
    item; ``paginator.pages()`` yields pages. ``max_items`` stops after that many items;
    ``prefetch`` bounds the pages fetched ahead (offset lists; cursor lists fetch one ahead).
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
        return self._to_page(await self._fetch(self._params, Priority.INTERACTIVE))

    def __aiter__(self) -> AsyncGenerator[T, None]:
        return self._items()

    async def _items(self) -> AsyncGenerator[T, None]:
        seen = 0
        async with contextlib.aclosing(self._raw_pages()) as pages:
            async for data in pages:
                for start in range(0, len(data.items), _SLICE):
                    # Converting a whole page at once would stall the event loop for tens of ms,
                    # delaying other tasks' requests (and their pacing) behind a bulk export.
                    if start:
                        await asyncio.sleep(0)
                    for raw in data.items[start : start + _SLICE]:
                        if self._max_items is not None and seen >= self._max_items:
                            return
                        seen += 1
                        yield self._convert(raw)

    async def pages(self) -> AsyncGenerator[Page[T], None]:
        """Every page in order (the last may hold more items than ``max_items`` leaves)."""
        async with contextlib.aclosing(self._raw_pages()) as pages:
            async for data in pages:
                yield self._to_page(data)

    def _raw_pages(self) -> AsyncGenerator[PageData, None]:
        if self._style is Paging.OFFSET:
            return self._offset_pages()
        return self._cursor_pages()

    def _to_page(self, data: PageData) -> Page[T]:
        return Page(
            items=[self._convert(item) for item in data.items],
            total_found=data.total_found,
            offset=data.offset,
            limit=data.limit,
            next_page_id=data.next_cursor,
        )

    async def _offset_pages(self) -> AsyncGenerator[PageData, None]:
        if self._max_items == 0:
            return
        start = int(self._params.get("offset", 0))
        fetch = self._fetch_offset
        first_task = asyncio.ensure_future(self._fetch(self._params, Priority.BULK))
        # Pages the caller's max_items asks for are fetched while the first is in flight: the
        # first page's round trip would otherwise leave the budget idle. A list shorter than
        # max_items costs at most prefetch - 1 requests whose empty pages are dropped.
        ahead = {offset: fetch(offset, self._params["limit"]) for offset in self._guessed_offsets()}
        pending: deque[asyncio.Task[PageData]] = deque()
        try:
            first = await first_task
            yield first
            limit = int(self._params.get("limit") or first.limit or len(first.items) or 1)
            if first.total_found is None or not first.items:
                return
            plan = offset_plan(
                start=start, limit=limit, total_found=first.total_found, max_items=self._max_items
            )
            await _cancel_all([ahead.pop(o) for o in set(ahead) - set(plan)])
            offsets = iter(plan)

            def top_up() -> None:
                while len(pending) < self._prefetch:
                    offset = next(offsets, None)
                    if offset is None:
                        return
                    pending.append(ahead.pop(offset) if offset in ahead else fetch(offset, limit))

            top_up()
            while pending:
                data = await pending.popleft()
                if not data.items:  # the list shrank while we paged: nothing further exists
                    return
                top_up()
                yield data
        finally:
            await _cancel_all([first_task, *pending, *ahead.values()])

    def _guessed_offsets(self) -> list[int]:
        limit = self._params.get("limit")
        if self._max_items is None or not limit:
            return []
        start = int(self._params.get("offset", 0))
        planned = offset_plan(
            start=start, limit=int(limit), total_found=start + self._max_items, max_items=None
        )
        return planned[: self._prefetch - 1]

    def _fetch_offset(self, offset: int, limit: Any) -> asyncio.Task[PageData]:
        params = {**self._params, "offset": offset, "limit": limit}
        return asyncio.ensure_future(self._fetch(params, Priority.BULK))

    async def _cursor_pages(self) -> AsyncGenerator[PageData, None]:
        if self._max_items == 0:
            return
        params: dict[str, Any] | None = self._params
        ahead: asyncio.Task[PageData] | None = None
        seen = 0
        try:
            data = await self._fetch(self._params, Priority.BULK)
            while True:
                seen += len(data.items)
                params = next_params(self._style, params or {}, data)
                done = self._max_items is not None and seen >= self._max_items
                if params is not None and not done:
                    ahead = asyncio.ensure_future(self._fetch(params, Priority.BULK))
                yield data
                if ahead is None:
                    return
                data, ahead = await ahead, None
        finally:
            await _cancel_all([ahead] if ahead is not None else [])


async def _cancel_all(tasks: Sequence[asyncio.Future[Any]] | deque[asyncio.Task[PageData]]) -> None:
    """Cancel fetches nobody will read and wait until they have given their permits back."""
    for task in tasks:
        task.cancel()
    if tasks:
        await asyncio.gather(*tasks, return_exceptions=True)
