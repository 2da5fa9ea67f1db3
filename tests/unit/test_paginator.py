"""AsyncPaginator over an in-memory list: what the walks yield, warn and raise."""

from __future__ import annotations

from typing import Any

import pytest

import smartrecruiters_async as sr
from smartrecruiters_async._paginator import AsyncPaginator
from smartrecruiters_async._protocol.paging import PageData
from smartrecruiters_async._protocol.routes import Paging
from smartrecruiters_async.governor import Priority


def cursor_pages(pages: list[list[str]]) -> Any:
    """A fetch serving ``pages`` in order, each pointing at the next by its index."""

    async def fetch(params: dict[str, Any], priority: Priority) -> PageData:
        index = int(params.get("pageId", 0))
        cursor = str(index + 1) if index + 1 < len(pages) else None
        return PageData(items=[{"id": i} for i in pages[index]], next_cursor=cursor)

    return fetch


def paginator(fetch: Any, style: Paging = Paging.CURSOR, **params: Any) -> AsyncPaginator[str]:
    return AsyncPaginator(
        style=style,
        params=params,
        fetch=fetch,
        convert=lambda item: item["id"],
        operation_id="users.all",
    )


async def test_a_cursor_page_repeating_some_items_drops_them_and_warns() -> None:
    walk = paginator(cursor_pages([["a", "b", "c"], ["c", "d"], ["e"]]))
    with pytest.warns(sr.ListChangedWarning, match="repeated 1 items") as caught:
        ids = [i async for i in walk]
    assert ids == ["a", "b", "c", "d", "e"]
    assert caught[0].filename == __file__  # points at the loop, not into the SDK
    warning = caught[0].message
    assert isinstance(warning, sr.ListChangedWarning)
    assert (warning.duplicates, warning.page, warning.operation_id) == (
        1,
        {"pageId": "1"},
        "users.all",
    )


async def test_pages_hold_only_the_items_not_yielded_before() -> None:
    walk = paginator(cursor_pages([["a", "b"], ["b", "c"]]))
    with pytest.warns(sr.ListChangedWarning):
        pages = [list(p) async for p in walk.pages()]
    assert pages == [["a", "b"], ["c"]]


async def test_awaiting_names_the_first_page_of_a_failing_list() -> None:
    async def fetch(params: dict[str, Any], priority: Priority) -> PageData:
        raise sr.APITimeoutError("timed out", method="GET", url="http://x/users")

    with pytest.raises(sr.APITimeoutError, match=r"first page of users\.all") as info:
        await paginator(fetch, limit=10)
    assert info.value.page == {"limit": 10}


async def test_an_item_that_does_not_convert_names_its_page() -> None:
    def convert(item: Any) -> str:
        if item["id"] == "c":
            raise sr.ResponseDecodeError("bad item", method="GET", url="u", status=200, raw_body="")
        return str(item["id"])

    walk = AsyncPaginator(
        style=Paging.CURSOR,
        params={},
        fetch=cursor_pages([["a", "b"], ["c"]]),
        convert=convert,
        operation_id="users.all",
    )
    seen: list[str] = []

    async def consume() -> None:
        async for item in walk:
            seen.append(item)

    with pytest.raises(sr.ResponseDecodeError, match=r"users\.all at pageId=1") as info:
        await consume()
    assert seen == ["a", "b"]
    assert info.value.page == {"pageId": "1"}


async def test_items_without_an_id_are_told_apart_by_their_content() -> None:
    async def fetch(params: dict[str, Any], priority: Priority) -> PageData:
        if "pageId" not in params:
            return PageData(items=[{"n": 1}, {"n": 2}], next_cursor="p")
        return PageData(items=[{"n": 2}, {"n": 3}])

    walk = AsyncPaginator(
        style=Paging.CURSOR, params={}, fetch=fetch, convert=lambda item: item["n"]
    )
    with pytest.warns(sr.ListChangedWarning):
        assert [n async for n in walk] == [1, 2, 3]
