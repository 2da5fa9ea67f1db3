"""No exception but the SDK's own reaches a user from decoding a response (issue 16)."""

from __future__ import annotations

from typing import Any

import pytest

import smartrecruiters_async as sr

from .example_check import over_http


async def _all(paginator: Any) -> list[Any]:
    return [item async for item in paginator]


@pytest.mark.parametrize(
    ("item", "path"),
    [
        (None, r"\$"),
        ({"name": "no id"}, r"\$"),
        ("a string", r"\$"),
    ],
)
async def test_a_bad_item_in_a_page_is_a_response_decode_error(item: Any, path: str) -> None:
    page = {"offset": 0, "limit": 10, "totalFound": 2, "content": [{"id": "p1"}, item]}
    with pytest.raises(sr.ResponseDecodeError, match="page item") as caught:
        await over_http(page, lambda c: _all(c.postings.list("acme", limit=10)))
    assert caught.value.path is not None


@pytest.mark.parametrize("body", [[], "text", 3, {"name": "posting without id"}])
async def test_a_body_not_of_the_documented_shape_names_the_path(body: Any) -> None:
    with pytest.raises(sr.ResponseDecodeError, match="not a Posting") as caught:
        await over_http(body, lambda c: c.postings.get("acme", "p1"))
    assert caught.value.path == "$"
