"""Numbered pages (``page``/``pageSize``, ``page``/``limit``, ``offset`` to a short page):
parsing, the walk's books, and the paginator over an in-memory list."""

from __future__ import annotations

from typing import Any

import pytest

import smartrecruiters_async as sr
from smartrecruiters_async._paginator import AsyncPaginator
from smartrecruiters_async._protocol.paging import (
    NumberedWalk,
    PageData,
    PageMismatch,
    page_position,
    parse_page,
)
from smartrecruiters_async._protocol.routes import Paging
from smartrecruiters_async.governor import Priority

N = Paging.PAGE_NUMBER


@pytest.mark.parametrize(
    ("body", "items", "total"),
    [
        ({"content": [1], "totalFound": 7}, [1], 7),
        ({"contents": [1, 2], "totalElements": 9}, [1, 2], 9),
        ({"content": []}, [], None),
        ([1, 2], [1, 2], None),  # a bare array is one page, not the whole list
    ],
)
def test_parse(body: Any, items: list[int], total: int | None) -> None:
    page = parse_page(N, body, {}, bare_array=True)
    assert (list(page.items), page.total_found, page.complete) == (items, total, False)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"items": []}, "no 'content'"),
        ({"content": [], "contents": []}, "both"),
        ({"contents": None}, "null"),
        ({"content": [], "totalElements": -1}, "not a count"),
        ([1], "JSON object"),  # where the route declares no bare array
    ],
)
def test_parse_refuses(body: Any, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_page(Paging.PAGE_NUMBER_LIMIT, body, {})


def test_positions_of_each_style() -> None:
    assert NumberedWalk(N, {"pageSize": 5, "page": 2}).params_for(3) == {"pageSize": 5, "page": 5}
    walk = NumberedWalk(Paging.OFFSET_TO_SHORT, {"limit": 10})
    assert walk.params_for(2) == {"limit": 10, "offset": 20}
    assert page_position(Paging.PAGE_NUMBER_LIMIT, {"page": 1, "limit": 3, "q": "x"}) == {
        "page": 1,
        "limit": 3,
    }


def test_walk_plans_ahead_within_the_total_and_ends_there() -> None:
    walk = NumberedWalk(N, {"pageSize": 2}, max_items=None)
    assert list(walk.ahead(0, 8)) == [1]  # no total yet: one ahead
    step = walk.accept(0, PageData(items=[{"id": "a"}, {"id": "b"}], total_found=7))
    assert not step.done
    assert list(walk.ahead(0, 2)) == [1, 2]
    assert list(walk.ahead(0, 8)) == [1, 2, 3]
    assert walk.accept(3, PageData(items=[{"id": "g"}], total_found=7)).done


@pytest.mark.parametrize(
    ("pages", "message"),
    [
        ([["a", "b"], ["a", "b"]], "only repeats"),  # a server that ignores the page
        ([["a", "b"], ["c"]], "although the total is 9"),
    ],
)
def test_walk_refuses_pages_that_contradict(pages: list[list[str]], message: str) -> None:
    walk = NumberedWalk(N, {"pageSize": 2})
    first, then = (PageData(items=[{"id": i} for i in ids], total_found=9) for ids in pages)
    walk.accept(0, first)
    with pytest.raises(PageMismatch, match=message):
        walk.accept(1, then)


def numbered(pages: list[list[str]], total: bool) -> tuple[Any, list[int]]:
    asked: list[int] = []

    async def fetch(params: dict[str, Any], priority: Priority) -> PageData:
        asked.append(params["page"])
        count = sum(map(len, pages)) if total else None
        return PageData(items=[{"id": i} for i in pages[params["page"]]], total_found=count)

    return fetch, asked


@pytest.mark.parametrize("total", [True, False])
async def test_paginator_yields_in_order_once_and_drops_repeats(total: bool) -> None:
    fetch, asked = numbered([["a", "b"], ["b", "c"], ["d"]], total)
    walk: AsyncPaginator[str] = AsyncPaginator(
        style=N, params={"pageSize": 2}, fetch=fetch, convert=lambda i: i["id"]
    )
    with pytest.warns(sr.ListChangedWarning, match="repeated 1 items"):
        assert [i async for i in walk] == ["a", "b", "c", "d"]
    assert sorted(asked) == [0, 1, 2]
