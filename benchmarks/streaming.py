"""Stream the rows of a 200 MB report through ``client.reports.rows()``: memory and speed.

The fake server runs in a child process (so its copy of the report is not in our memory), with
limits relaxed far above the API's so the run is bound by parsing, not by throttling. In this
process, in one run:

- ``rows()``: every row of the most recent file of a report, as dicts, counted and dropped.
  Resident memory (RSS) is sampled every 20,000 rows; reported is the peak growth over the RSS
  before the stream started, and the growth of the process's lifetime peak (``ru_maxrss``).
- baseline: the whole body read into memory with aiohttp, then parsed with ``csv.DictReader``,
  rows counted. This one runs second, as it holds the whole file.

Rows/s of both are printed with their ratio. Both ask for the identity encoding (the same
bytes cross the socket); ``--gzip`` asks both for gzip instead.

    .venv/bin/python benchmarks/streaming.py [--megabytes 200] [--gzip]
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import io
import os
import resource
import subprocess
import sys
import time

import aiohttp

import smartrecruiters_async as sr

REPORT = "rep-0001"
_PAGE = os.sysconf("SC_PAGE_SIZE")


def rss() -> int:
    """Resident set size of this process now, in bytes."""
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * _PAGE


def peak_rss() -> int:
    """The lifetime peak RSS of this process, in bytes (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


async def serve(size: int) -> None:
    """Child process: a relaxed fake server holding a report of ``size`` bytes."""
    from smartrecruiters_async.testing import FakeSmartRecruiters, reporting_state

    relaxed = sr.Policies(
        rates={"default": 100_000.0, "publication": 1000.0, "offer_documents": 1000.0},
        concurrency={"default": 100, "analytics": 1, "candidates_list": 1},
    )
    async with FakeSmartRecruiters(policies=relaxed) as server:
        state = reporting_state(server.data)
        state.report_bytes = size
        recent = state.recent(REPORT)
        assert recent is not None
        body = state.data(recent)  # built now, not while a request waits
        print(server.url, len(body), flush=True)
        await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)


async def through_rows(url: str, gzip: bool) -> tuple[int, float, int, int]:
    """Rows, seconds, peak RSS growth sampled, lifetime-peak growth."""
    async with sr.SmartRecruiters("key", base_url=url, governor=sr.LocalGovernor()) as client:
        await client.reports.get(REPORT)  # open the session before measuring memory
        before, peak_before = rss(), peak_rss()
        highest = before
        count = 0
        start = time.perf_counter()
        async for _ in client.reports.rows(REPORT, gzip=gzip):
            count += 1
            if count % 20_000 == 0:
                highest = max(highest, rss())
        elapsed = time.perf_counter() - start
        highest = max(highest, rss())
    return count, elapsed, highest - before, peak_rss() - peak_before


async def whole_body(url: str, gzip: bool) -> tuple[int, float, int]:
    """Rows, seconds, lifetime-peak growth: read everything, then csv.DictReader."""
    path = f"/reporting-api/v201804/reports/{REPORT}/files/recent/data"
    headers = {"X-SmartToken": "key", "Accept-Encoding": "gzip" if gzip else "identity"}
    peak_before = peak_rss()
    async with aiohttp.ClientSession() as session:
        start = time.perf_counter()
        async with session.get(url + path, headers=headers) as response:
            response.raise_for_status()
            body = await response.read()
        text = body.decode("utf-8-sig")
        count = sum(1 for _ in csv.DictReader(io.StringIO(text, newline="")))
        elapsed = time.perf_counter() - start
    return count, elapsed, peak_rss() - peak_before


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=200.0)
    parser.add_argument("--gzip", action="store_true")
    parser.add_argument("--serve", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve is not None:
        asyncio.run(serve(args.serve))
        return
    size = int(args.megabytes * 1_000_000)
    child = subprocess.Popen(  # noqa: S603 - our own interpreter and script
        [sys.executable, __file__, "--serve", str(size)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        url, body_size = child.stdout.readline().split()
        mb = int(body_size) / 1e6
        print(f"report: {mb:.1f} MB of CSV, encoding {'gzip' if args.gzip else 'identity'}")
        rows, seconds, growth, peak_growth = asyncio.run(through_rows(url, args.gzip))
        print(
            f"rows():            {rows:>9,} rows in {seconds:6.2f} s = {rows / seconds:>9,.0f} "
            f"rows/s, {mb / seconds:6.1f} MB/s; RSS growth peak {growth / 2**20:5.1f} MiB "
            f"(lifetime peak +{peak_growth / 2**20:.1f} MiB)"
        )
        base_rows, base_seconds, base_peak = asyncio.run(whole_body(url, args.gzip))
        print(
            f"read + csv module: {base_rows:>9,} rows in {base_seconds:6.2f} s = "
            f"{base_rows / base_seconds:>9,.0f} rows/s, {mb / base_seconds:6.1f} MB/s; "
            f"lifetime peak +{base_peak / 2**20:.1f} MiB"
        )
        assert rows == base_rows, "both must see every row"
        ratio = (rows / seconds) / (base_rows / base_seconds)
        print(f"rows() speed / baseline speed = {ratio:.2f}")
        verdict = "PASS" if growth < 50 * 2**20 and peak_growth < 50 * 2**20 else "FAIL"
        print(f"{verdict}: RSS growth under 50 MiB while streaming")
    finally:
        if child.stdin is not None:
            child.stdin.close()
        child.wait(timeout=30)


if __name__ == "__main__":
    main()
