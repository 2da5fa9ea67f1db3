"""``RedisDedupeStore`` against a real redis-server: receivers sharing it handle an event once."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
import redis.asyncio as aioredis

from smartrecruiters_async.webhooks import RedisDedupeStore, WebhookReceiver
from tests.webhooks.conftest import API, KEY, NOW, Recorder, delivery


@pytest.fixture
async def store(redis_url: str, namespace: str) -> AsyncIterator[RedisDedupeStore]:
    store = RedisDedupeStore.from_url(redis_url, namespace=namespace)
    yield store
    await store.aclose()


def receivers(store: RedisDedupeStore, handler: Recorder, count: int) -> list[WebhookReceiver]:
    return [
        WebhookReceiver(handler, keys=[KEY], dedupe=store, api_base_url=API, clock=lambda: NOW)
        for _ in range(count)
    ]


async def test_receivers_sharing_redis_handle_each_event_once(store: RedisDedupeStore) -> None:
    handler = Recorder()
    group = receivers(store, handler, 4)
    deliveries = [delivery(event_id=f"evt-{n}") for n in range(25)]
    outcomes = await asyncio.gather(
        *(receiver.receive(*d) for receiver in group for d in deliveries)
    )
    for receiver in group:
        await receiver.drain()
    assert sorted(event.id for event in handler.events) == sorted(f"evt-{n}" for n in range(25))
    assert [o.reason for o in outcomes].count("accepted") == 25
    assert all(o.status == 202 for o in outcomes)


async def test_a_claim_expires_with_the_window_and_a_failure_releases_it(
    store: RedisDedupeStore, redis_url: str, namespace: str
) -> None:
    handler = Recorder()
    (receiver,) = receivers(store, handler, 1)
    handler.fail.add("evt-1")
    await receiver.receive(*delivery())
    await receiver.drain()
    handler.fail.clear()
    assert (await receiver.receive(*delivery())).reason == "accepted"  # released, so again
    await receiver.drain()
    client = aioredis.from_url(redis_url)
    try:
        ttl = await client.pttl(f"{namespace}:job.created:evt-1")
    finally:
        await client.aclose()
    assert [event.id for event in handler.events] == ["evt-1"]
    assert receiver.dedupe_window * 1000 - 60_000 < ttl <= receiver.dedupe_window * 1000
    assert repr(store) == f"RedisDedupeStore(namespace={namespace!r})"
