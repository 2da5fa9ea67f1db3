"""``RedisDedupeStore``: event-id claims shared by every receiver of one Redis (``redis`` extra)."""

from __future__ import annotations

import math
from typing import Any

import redis.asyncio as aioredis

__all__ = ["RedisDedupeStore"]


class RedisDedupeStore:
    """Claims as Redis keys (``SET NX PX``): atomic across processes and hosts, expiring there.

    ``client`` is a ``redis.asyncio.Redis``; ``from_url`` builds one this store then owns
    (``await store.aclose()``). Keys are ``<namespace>:<event-name>:<event-id>``.
    """

    def __init__(
        self, client: aioredis.Redis, *, namespace: str = "smartrecruiters_async:webhooks"
    ) -> None:
        self._redis = client
        self._namespace = namespace
        self._owned = False

    @classmethod
    def from_url(
        cls, url: str, *, namespace: str = "smartrecruiters_async:webhooks", **kwargs: Any
    ) -> RedisDedupeStore:
        """A store on a client of its own for ``url`` (more ``kwargs`` go to ``from_url``)."""
        store = cls(aioredis.from_url(url, **kwargs), namespace=namespace)
        store._owned = True
        return store

    async def claim(self, key: str, ttl: float) -> bool:
        """Claim ``key`` for ``ttl`` seconds; ``False`` if another receiver holds it."""
        done = await self._redis.set(
            f"{self._namespace}:{key}", b"1", nx=True, px=max(1, math.ceil(ttl * 1000))
        )
        return bool(done)

    async def release(self, key: str) -> None:
        """Forget ``key``."""
        await self._redis.delete(f"{self._namespace}:{key}")

    async def aclose(self) -> None:
        """Close the client if ``from_url`` made it (a lent client stays open)."""
        if self._owned:
            await self._redis.aclose()

    def __repr__(self) -> str:
        return f"RedisDedupeStore(namespace={self._namespace!r})"
