"""Clients in different processes (here: separate RedisGovernor objects) share a 429 pause."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

import smartrecruiters_async as sr
from smartrecruiters_async.testing import FakeSmartRecruiters, Fault

from ..conftest import fast_policies

Factory = Callable[..., Awaitable[FakeSmartRecruiters]]
KEY = "Zq81-test-secret-key-0123456789"


async def test_a_429_seen_by_one_client_pauses_the_other(
    fake_smartrecruiters_factory: Factory, redis_url: str, namespace: str
) -> None:
    policies = fast_policies()
    server = await fake_smartrecruiters_factory(policies=policies, postings=2000)
    server.faults.add(Fault.rate_limited(retry_after=1, operation_id="v1.listPostings"))
    governors = [
        sr.RedisGovernor.from_url(redis_url, policies=policies, namespace=namespace)
        for _ in range(2)
    ]
    clients = [sr.SmartRecruiters(KEY, base_url=server.url, governor=g) for g in governors]

    async def export(client: sr.SmartRecruiters) -> list[str]:
        return [p.id async for p in client.postings.list("acme")]

    results = await asyncio.gather(*(export(c) for c in clients))
    assert [len(set(ids)) for ids in results] == [2000, 2000]
    assert server.stats.total_429 == 1
    assert sum(c.governor.stats().rate_limited for c in clients) == 1
    shared = governors[1].bind(sr.ApiKey(KEY).credential_key)
    assert (await shared.shared_state()).rate_limited == 1
    # Nothing from either client arrived during the pause (Retry-After 1 s, arrival jitter aside).
    rejected = next(a for a in server.stats.arrivals if a.status == 429)
    quiet = [a for a in server.stats.arrivals if rejected.time + 0.3 < a.time < rejected.time + 1.0]
    assert quiet == []
    for client, governor in zip(clients, governors, strict=True):
        await client.aclose()
        await governor.aclose()
