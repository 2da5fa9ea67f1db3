import pytest

from smartrecruiters_async._protocol.paging import (
    check_limit,
    check_offset,
    next_params,
    offset_plan,
    parse_page,
)
from smartrecruiters_async._protocol.routes import Paging


def test_offset_page_and_plan() -> None:
    page = parse_page(
        Paging.OFFSET, {"offset": 0, "limit": 100, "totalFound": 250, "content": [1]}, {}
    )
    assert (page.total_found, page.limit, page.next_cursor) == (250, 100, None)
    assert offset_plan(start=0, limit=100, total_found=250, max_items=None) == [100, 200]
    assert offset_plan(start=0, limit=100, total_found=250, max_items=150) == [100]
    assert offset_plan(start=50, limit=100, total_found=120, max_items=None) == []


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
    ],
)
def test_other_cursor_styles(style: Paging, body: dict[str, str], param: str) -> None:
    page = parse_page(style, {**body, "content": []}, {})
    assert next_params(style, {}, page) == {param: "n"}


def test_bare_array_is_one_page() -> None:
    page = parse_page(Paging.NONE, [1, 2], {})
    assert list(page.items) == [1, 2]


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
