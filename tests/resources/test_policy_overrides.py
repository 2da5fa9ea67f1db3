"""Changing one limit keeps the others: the client's overrides against a server that keeps
the documented limits draw no 429 (the overrides once replaced the whole table of a field)."""

from __future__ import annotations

import asyncio

import pytest

import smartrecruiters_async as sr
from smartrecruiters_async.testing.pytest_plugin import FakeServerFactory

from ..conftest import fast_policies

KEY = "Zq81-policy-override-key"


async def test_lowering_the_default_rate_keeps_the_publication_class(
    fake_smartrecruiters_factory: FakeServerFactory,
) -> None:
    server = await fake_smartrecruiters_factory(policies=sr.Policies(), postings=1)
    governor = sr.LocalGovernor(sr.Policies(rates={"default": 5.0}))  # the README's example
    async with sr.SmartRecruiters(KEY, base_url=server.url, governor=governor) as client:
        await asyncio.gather(
            *(client.request("POST", f"/jobs/job-{i}/publication", json={}) for i in range(3))
        )
    assert server.stats.total_429 == 0
    assert server.stats.count() == 3
    assert server.stats.max_window("publication", accepted_only=False) <= 2


async def test_a_default_concurrency_keeps_the_candidates_list_class(
    fake_smartrecruiters_factory: FakeServerFactory,
) -> None:
    # Paced 0.106 s apart, requests of 0.3 s overlap unless the one-in-flight class holds.
    server = await fake_smartrecruiters_factory(
        policies=fast_policies(), latency=(0.3, 0.3), candidates=10
    )
    governor = sr.LocalGovernor(sr.Policies(concurrency={"default": 4}))
    async with sr.SmartRecruiters(KEY, base_url=server.url, governor=governor) as client:
        pages = await asyncio.gather(*(client.candidates.list(limit=5) for _ in range(3)))
    assert all(len(page.items) == 5 for page in pages)
    assert server.stats.total_429 == 0
    assert server.stats.max_in_flight["candidates_list"] == 1


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
async def test_a_default_concurrency_keeps_the_analytics_class(
    fake_smartrecruiters_factory: FakeServerFactory,
) -> None:
    server = await fake_smartrecruiters_factory(
        policies=fast_policies(), latency=(0.3, 0.3), analytics_bytes=2_000
    )
    governor = sr.LocalGovernor(sr.Policies(concurrency={"default": 4}))
    async with sr.SmartRecruiters(KEY, base_url=server.url, governor=governor) as client:
        await asyncio.gather(
            *(client.analytics.json(e) for e in ("jobs", "applications", "positions"))
        )
    assert server.stats.total_429 == 0
    assert server.stats.max_in_flight["analytics"] == 1
