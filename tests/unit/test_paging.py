from typing import Any

import pytest

from smartrecruiters_async._protocol.paging import (
    CursorWalk,
    OffsetWalk,
    PageData,
    PageMismatch,
    check_limit,
    check_offset,
    item_key,
    next_params,
    page_position,
    parse_page,
)
from smartrecruiters_async._protocol.routes import Paging


def test_offset_page() -> None:
    page = parse_page(
        Paging.OFFSET, {"offset": 0, "limit": 100, "totalFound": 250, "content": [1]}, {}
    )
    assert (page.total_found, page.limit, page.next_cursor) == (250, 100, None)


def test_cursor_from_body_or_link_header_and_stop_on_missing_cursor() -> None:
    body = parse_page(Paging.CURSOR, {"nextPageId": "abc", "content": []}, {})
    assert next_params(Paging.CURSOR, {"limit": 10}, body) == {"limit": 10, "pageId": "abc"}
    link = parse_page(
        Paging.CURSOR,
        {"content": [1]},
        {"Link": '</candidates?limit=10&pageId=xyz>; rel="next"'},
    )
    assert link.next_cursor == "xyz"
    last = parse_page(Paging.CURSOR, {"content": [1, 2], "nextPageId": ""}, {})
    assert next_params(Paging.CURSOR, {}, last) is None


@pytest.mark.parametrize(
    ("style", "body", "param"),
    [
        (Paging.SNAKE_CURSOR, {"nextPageId": "n"}, "page_id"),
        (Paging.AUDIT_CURSOR, {"nextPageId": "n"}, "nextPageId"),
        (Paging.PAGE, {"nextPage": "n"}, "page"),
        (Paging.PAGE, {"nextPage": 3}, "page"),
    ],
)
def test_other_cursor_styles(style: Paging, body: dict[str, str], param: str) -> None:
    page = parse_page(style, {**body, "content": []}, {})
    assert next_params(style, {}, page) == {param: str(body[next(iter(body))])}


def test_a_bare_array_is_the_whole_list_only_where_the_route_declares_one() -> None:
    page = parse_page(Paging.OFFSET, [1, 2], {}, bare_array=True)
    assert (list(page.items), page.complete, page.total_found) == ([1, 2], True, 2)
    with pytest.raises(ValueError, match="bare JSON array"):
        parse_page(Paging.OFFSET, [1, 2], {})
    with pytest.raises(ValueError, match="bare JSON array"):
        parse_page(Paging.CURSOR, [1, 2], {})


@pytest.mark.parametrize(
    ("style", "body", "said"),
    [
        (Paging.OFFSET, {"totalFound": 5}, "no 'content'"),
        (Paging.CURSOR, {"nextPageId": "x"}, "no 'content'"),
        (Paging.OFFSET, {"totalFound": 5, "content": None}, "'content' is null"),
        (Paging.PAGE, {"content": {"a": 1}}, "'content' is dict"),
        (Paging.OFFSET, {"content": [1]}, "no 'totalFound'"),
        (Paging.OFFSET, {"content": [1], "totalFound": None}, "'totalFound' is None"),
        (Paging.OFFSET, {"content": [1], "totalFound": "lots"}, "'totalFound' is 'lots'"),
        (Paging.OFFSET, {"content": [1], "totalFound": -1}, "not a count"),
        (Paging.OFFSET, {"content": [1], "totalFound": True}, "not a count"),
        (Paging.CURSOR, {"content": [1], "nextPageId": {"a": 1}}, "not a cursor"),
        (Paging.OFFSET, "text", "JSON object"),
        (Paging.OFFSET, None, "JSON object"),
    ],
)
def test_a_page_without_what_its_style_requires_is_refused(
    style: Paging, body: Any, said: str
) -> None:
    with pytest.raises(ValueError, match=said):
        parse_page(style, body, {})


def test_a_cursor_list_need_not_send_total_found() -> None:
    page = parse_page(Paging.CURSOR, {"content": [1], "totalFound": "lots"}, {})
    assert page.total_found is None


def test_page_positions_name_the_paging_parameters() -> None:
    params = {"q": "x", "offset": 200, "limit": 100}
    assert page_position(Paging.OFFSET, params) == {"offset": 200, "limit": 100}
    assert page_position(Paging.CURSOR, {"pageId": "p", "limit": 10}) == {
        "pageId": "p",
        "limit": 10,
    }
    assert page_position(Paging.CURSOR, {"q": "x"}) == {}


def test_items_are_told_apart_by_their_id_or_their_whole_content() -> None:
    assert item_key({"id": "a", "x": 1}) == item_key({"id": "a", "x": 2}) == "a"
    assert item_key({"id": 7}) == "7"
    assert item_key({"reportId": "r"}, "reportId") == "r"
    assert item_key({"x": 1, "y": 2}) == item_key({"y": 2, "x": 1})
    assert item_key({"x": 1}) != item_key({"x": 2})
    assert item_key({"id": None, "x": 1}) != item_key({"id": None, "x": 2})


@pytest.mark.parametrize("limit", [0, -1, 101])
def test_limit_out_of_range(limit: int) -> None:
    with pytest.raises(ValueError, match="between 1 and 100"):
        check_limit(limit)


def test_limit_and_offset_types() -> None:
    with pytest.raises(TypeError):
        check_limit("10")
    with pytest.raises(ValueError, match="negative"):
        check_offset(-5)
    assert check_limit(100) == 100


# -- OffsetWalk -------------------------------------------------------------------------------


def ids(*numbers: int) -> list[dict[str, str]]:
    return [{"id": str(n)} for n in numbers]


def page(items: list[dict[str, str]], total: int) -> PageData:
    return PageData(items=items, total_found=total)


def test_pages_after_the_first_overlap_by_one_item_at_no_extra_page_below_100() -> None:
    walk = OffsetWalk(start=0, limit=50)
    assert (walk.request_limit, walk.stride) == (51, 50)
    full = OffsetWalk(start=0, limit=100)
    assert (full.request_limit, full.stride) == (100, 99)


def test_an_unchanging_list_is_walked_by_overlapping_pages() -> None:
    data = ids(*range(10))
    walk = OffsetWalk(start=0, limit=4)  # request_limit 5, stride 4
    first = walk.accept(0, page(data[0:4], 10))
    assert ([i["id"] for i in first.items], first.reach) == (["0", "1", "2", "3"], 4)
    walk.plan_from(first.reach - walk.overlap)
    assert [walk.next_planned(), walk.next_planned(), walk.next_planned()] == [3, 7, None]
    second = walk.accept(3, page(data[3:8], 10))
    assert ([i["id"] for i in second.items], second.offset, second.reach) == (
        ["4", "5", "6", "7"],
        4,
        8,
    )
    last = walk.accept(7, page(data[7:12], 10))
    assert ([i["id"] for i in last.items], last.done) == (["8", "9"], True)


def test_items_inserted_before_a_page_only_push_yielded_items_into_it() -> None:
    walk = OffsetWalk(start=0, limit=4)
    walk.accept(0, page(ids(0, 1, 2, 3), 10))
    # Two items were inserted at the front: the page at 3 now starts two items earlier.
    step = walk.accept(3, page(ids(1, 2, 3, 4, 5), 12))
    assert [i["id"] for i in step.items] == ["4", "5"]
    assert (step.reach, step.reread, step.gap) == (8, None, 0)


def test_items_deleted_before_a_page_make_the_walk_read_where_its_items_went() -> None:
    walk = OffsetWalk(start=0, limit=4)
    walk.accept(0, page(ids(*range(0, 4)), 30))
    walk.accept(3, page(ids(*range(3, 8)), 30))
    # Items 0 and 1 were deleted: the page at 7 starts at 9, past the unseen 8.
    step = walk.accept(7, page(ids(*range(9, 14)), 28))
    assert (step.items, step.reread) == ((), 3)  # 2 back for the deletions, 2 for the margin
    assert (walk.overlap, walk.request_limit) == (2, 6)  # a wider margin from now on
    bridge = walk.accept(3, page(ids(*range(5, 11)), 28))
    assert ([i["id"] for i in bridge.items], bridge.reach) == (["8", "9", "10"], 9)
    again = walk.accept(7, page(ids(*range(9, 15)), 28))  # two items before the reach
    assert [i["id"] for i in again.items] == ["11", "12", "13", "14"]


def test_a_page_that_never_joins_is_taken_unjoined_after_the_rereads() -> None:
    walk = OffsetWalk(start=0, limit=4, max_restarts=1)
    walk.accept(0, page(ids(0, 1, 2, 3), 100))
    far = page(ids(*range(90, 98)), 100)
    steps = [walk.accept(50, far) for _ in range(3)]
    # A page back (the total did not move), two, then from the start.
    assert [(s.reread, s.restart) for s in steps] == [(46, False), (42, False), (0, True)]
    walk.accept(0, page(ids(*range(6)), 100))  # the restart joins
    walk.accept(4, page(ids(*range(4, 10)), 100))  # and the walk goes on from there
    assert [walk.accept(50, far).reread for _ in range(2)] == [46, 42]
    step = walk.accept(50, far)  # no restart left
    assert (step.unjoined, step.gap, len(step.items), step.done) == (True, 8, 8, False)
    assert (walk.rereads, walk.restarts) == (5, 1)


def test_the_first_page_again_from_an_unchanged_list_is_a_mismatch() -> None:
    walk = OffsetWalk(start=0, limit=4)
    walk.accept(0, page(ids(0, 1, 2, 3), 20))
    with pytest.raises(PageMismatch, match="ignore 'offset'"):
        walk.accept(3, page(ids(0, 1, 2, 3, 4), 20))  # the first page again, one item longer
    # Where totalFound moved, items already yielded are just the list moving.
    grown = OffsetWalk(start=0, limit=4)
    grown.accept(0, page(ids(0, 1, 2, 3), 20))
    grown.accept(3, page(ids(3, 4, 5, 6, 7), 20))
    assert grown.accept(7, page(ids(1, 2, 3, 4, 5), 26)).items == []  # 6 inserted at the front


def test_a_page_too_short_for_its_total_found_is_a_mismatch() -> None:
    walk = OffsetWalk(start=0, limit=4)
    with pytest.raises(PageMismatch, match="0 items although 'totalFound' is 9"):
        walk.accept(0, page([], 9))


def test_max_items_bounds_look_ahead() -> None:
    walk = OffsetWalk(start=0, limit=100, max_items=200)
    assert walk.guessed_offsets(7) == [99, 198]
    walk.accept(0, page(ids(*range(100)), 5000))
    walk.plan_from(99)
    assert [walk.next_planned(), walk.next_planned(), walk.next_planned()] == [99, 198, None]
    assert OffsetWalk(start=0, limit=100).guessed_offsets(7) == []


# -- CursorWalk -------------------------------------------------------------------------------


def cursor_page(numbers: range, cursor: str | None) -> PageData:
    return PageData(items=ids(*numbers), next_cursor=cursor)


def test_a_cursor_followed_before_is_reported_not_followed() -> None:
    walk = CursorWalk(Paging.CURSOR, {"limit": 2})
    first = walk.accept({"limit": 2}, cursor_page(range(0, 2), "A"))
    assert first.next == {"limit": 2, "pageId": "A"}
    second = walk.accept({"limit": 2, "pageId": "A"}, cursor_page(range(2, 4), "A"))
    assert ([i["id"] for i in second.items], second.next, second.repeated) == (
        ["2", "3"],
        None,
        "A",
    )


def test_the_starting_cursor_counts_as_followed() -> None:
    walk = CursorWalk(Paging.CURSOR, {"pageId": "S"})
    assert walk.accept({"pageId": "S"}, cursor_page(range(2), "S")).repeated == "S"


def test_a_page_of_items_already_yielded_is_a_mismatch() -> None:
    walk = CursorWalk(Paging.CURSOR, {})
    walk.accept({}, cursor_page(range(0, 3), "A"))
    with pytest.raises(PageMismatch, match="repeats 3 items"):
        walk.accept({"pageId": "A"}, cursor_page(range(0, 3), "B"))


def test_items_a_page_repeats_are_dropped_and_counted() -> None:
    walk = CursorWalk(Paging.CURSOR, {})
    walk.accept({}, cursor_page(range(0, 3), "A"))
    step = walk.accept({"pageId": "A"}, cursor_page(range(2, 5), None))
    assert ([i["id"] for i in step.items], step.duplicates, step.next) == (["3", "4"], 1, None)
