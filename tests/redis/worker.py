"""A worker process of the RedisGovernor tests: exports every posting under one shared key.

    python -m tests.redis.worker REDIS_URL NAMESPACE BASE_URL LEASE_TTL

Prints one JSON line when done: the items exported and this process's governor counters.
"""

from __future__ import annotations

import asyncio
import json
import sys

import smartrecruiters_async as sr

KEY = "Zq81-shared-worker-key-0123456789"


async def export(redis_url: str, namespace: str, base_url: str, lease_ttl: float) -> None:
    governor = sr.RedisGovernor.from_url(redis_url, namespace=namespace, lease_ttl=lease_ttl)
    try:
        async with sr.SmartRecruiters(KEY, base_url=base_url, governor=governor) as client:
            ids = [posting.id async for posting in client.postings.list("acme")]
            stats = client.governor.stats()
    finally:
        await governor.aclose()
    print(json.dumps({"items": len(ids), "unique": len(set(ids)), "granted": stats.granted}))


if __name__ == "__main__":
    url, ns, base, ttl = sys.argv[1:5]
    asyncio.run(export(url, ns, base, float(ttl)))
