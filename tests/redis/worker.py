"""A worker process of the RedisGovernor tests, using one shared API key.

    python -m tests.redis.worker export REDIS_URL NAMESPACE BASE_URL LEASE_TTL
    python -m tests.redis.worker stall REDIS_URL NAMESPACE BASE_URL LEASE_TTL

``export`` lists every posting and prints one JSON line: the items exported (and how many were
distinct) and this process's grants. ``stall`` asks for the first page of the list 10 times at
once, to be killed while its requests are in flight.
"""

from __future__ import annotations

import asyncio
import json
import sys

import smartrecruiters_async as sr

KEY = "Zq81-shared-worker-key-0123456789"


async def main(mode: str, redis_url: str, namespace: str, base_url: str, ttl: float) -> None:
    governor = sr.RedisGovernor.from_url(redis_url, namespace=namespace, lease_ttl=ttl)
    try:
        async with sr.SmartRecruiters(KEY, base_url=base_url, governor=governor) as client:
            if mode == "stall":
                await asyncio.gather(*(client.postings.list("acme") for _ in range(10)))
                return
            ids = [posting.id async for posting in client.postings.list("acme")]
            granted = client.governor.stats().granted
    finally:
        await governor.aclose()
    print(json.dumps({"items": len(ids), "unique": len(set(ids)), "granted": granted}))


if __name__ == "__main__":
    mode, url, ns, base, ttl = sys.argv[1:6]
    asyncio.run(main(mode, url, ns, base, float(ttl)))
