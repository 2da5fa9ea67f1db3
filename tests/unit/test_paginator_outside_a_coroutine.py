"""``asyncio.run(client.postings.list(...))``: the error says what to do instead."""

from __future__ import annotations

import asyncio

import pytest

import smartrecruiters_async as sr


def test_running_a_paginator_as_if_it_were_a_coroutine_says_what_to_do() -> None:
    client = sr.SmartRecruiters(base_url="http://127.0.0.1:9")  # nothing is sent
    paginator = client.postings.list("acme")
    with pytest.raises(ValueError, match="a coroutine was expected") as info:
        asyncio.run(paginator)  # type: ignore[arg-type]
    message = str(info.value)
    assert "`await` it" in message
    assert "`async for`" in message
    assert "asyncio.run()" in message
