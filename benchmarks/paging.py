"""What the overlap that keeps offset walks exact costs, in requests, and what it buys.

Each offset page after the first is requested one item before the end of the one before it, so
the walk can tell that consecutive pages join (DESIGN 6). On an unchanging list that costs
requests only where ``limit + 1`` does not fit in a page (``limit=100``): one page in 99. This
script counts, at the fake server, the requests the SDK sends to walk every posting, against
the plan the paginator followed before (``ceil(n / limit)`` pages from the first
``totalFound``: a hand-written client in the same run), for several list sizes and page sizes.
Then the same walks while the list changes (items inserted or deleted at the front after the
first page, churn before every page): requests, items yielded twice, items that were listed
for the whole walk but never yielded, for the SDK and for the plain plan.

    .venv/bin/python benchmarks/paging.py            # ~1 min
"""

from __future__ import annotations

import asyncio
import math
import warnings
from collections import Counter
from typing import Any

import aiohttp

import smartrecruiters_async as sr
from smartrecruiters_async.testing import FakeSmartRecruiters, Fault

COMPANY = "acme"
PATH = f"/v1/companies/{COMPANY}/postings"
# Far above the API's limits: this counts requests, it does not measure pacing.
POLICIES = sr.Policies(
    rates={"default": 2000.0, "publication": 200.0, "offer_documents": 200.0},
    concurrency={"default": 8, "analytics": 1, "candidates_list": 1},
    arrival_jitter=0.0,
)


async def sdk(url: str, limit: int) -> list[str]:
    async with sr.SmartRecruiters(base_url=url, governor=sr.LocalGovernor(POLICIES)) as client:
        return [p.id async for p in client.postings.list(COMPANY, limit=limit)]


async def plain_plan(url: str, limit: int) -> list[str]:
    """The plan the paginator followed before: the first page's totalFound, then every page
    at offset k * limit, in parallel, never checked again."""
    async with aiohttp.ClientSession() as session:

        async def page(offset: int) -> dict[str, Any]:
            params = {"offset": offset, "limit": limit}
            async with session.get(url + PATH, params=params) as response:
                response.raise_for_status()
                data: dict[str, Any] = await response.json()
                return data

        first = await page(0)
        rest = await asyncio.gather(
            *(page(offset) for offset in range(limit, first["totalFound"], limit))
        )
        return [p["id"] for data in (first, *rest) for p in data["content"]]


CLIENTS = {"smartrecruiters_async": sdk, "plain plan (before)": plain_plan}


async def run(client: str, postings: int, limit: int, fault: Fault | None = None) -> dict[str, Any]:
    server = FakeSmartRecruiters(policies=POLICIES, postings=postings, company=COMPANY, seed=3)
    async with server:
        before = {p["id"] for p in server.data.summaries}
        if fault is not None:
            server.faults.add(fault)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", sr.ListChangedWarning)
            ids = await CLIENTS[client](server.url, limit)
        whole_walk = before & {p["id"] for p in server.data.summaries}
        return {
            "requests": server.stats.count("v1.listPostings"),
            "items": len(ids),
            "twice": sum(n - 1 for n in Counter(ids).values() if n > 1),
            "missing": len(whole_walk - set(ids)),
            "warnings": sum(issubclass(w.category, sr.ListChangedWarning) for w in caught),
        }


async def unchanging() -> None:
    print("## Requests on an unchanging list\n")
    print("| postings | limit | SDK requests | before | SDK / before | items yielded twice |")
    print("|---:|---:|---:|---:|---:|---:|")
    total_sdk = total_before = 0
    for postings, limit in [
        (500, 100),
        (1234, 100),
        (5000, 100),
        (10_000, 100),
        (20_000, 100),
        (5000, 50),
        (5000, 10),
    ]:
        ours = await run("smartrecruiters_async", postings, limit)
        plain = await run("plain plan (before)", postings, limit)
        assert ours["items"] == plain["items"] == postings
        assert plain["requests"] == math.ceil(postings / limit)
        total_sdk += ours["requests"]
        total_before += plain["requests"]
        print(
            f"| {postings:,} | {limit} | {ours['requests']} | {plain['requests']} "
            f"| {ours['requests'] / plain['requests']:.3f} | {ours['twice']} |"
        )
    print(
        f"\nAll walks above: {total_sdk} requests against {total_before} "
        f"({total_sdk / total_before - 1:+.1%})."
    )


async def changing() -> None:
    print("\n## 500 postings, limit 100, while the list changes\n")
    print("| change | client | requests | items | yielded twice | never yielded | warnings |")
    print("|---|---|---:|---:|---:|---:|---:|")
    changes = {
        "37 inserted at the front after page 1": Fault.list_changed(inserts=37, at=0, after=1),
        "37 deleted at the front after page 1": Fault.list_changed(deletes=37, at=0, after=1),
        "3 inserted + 3 deleted before every page": Fault.list_changed(
            inserts=3, deletes=3, after=1, times=10_000
        ),
    }
    for label, fault in changes.items():
        for client in CLIENTS:
            r = await run(client, 500, 100, fault)
            print(
                f"| {label} | {client} | {r['requests']} | {r['items']} | {r['twice']} "
                f"| {r['missing']} | {r['warnings']} |"
            )


async def main() -> None:
    await unchanging()
    await changing()


if __name__ == "__main__":
    asyncio.run(main())
