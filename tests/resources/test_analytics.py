"""The deprecated Analytics API against the fake server: streams under the byte budget."""

import asyncio
import csv
import io
import json
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import parse_qs

import pytest

import smartrecruiters_async as sr
from smartrecruiters_async.models import AnalyticsJob, AnalyticsPosition
from smartrecruiters_async.testing import FakeSmartRecruiters, Fault

Factory = Callable[..., Awaitable[FakeSmartRecruiters]]

# Every call warns; the warning itself is asserted in test_every_call_is_deprecated.
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

SIZE = 120_000


@pytest.fixture
async def server(
    fake_smartrecruiters_factory: Factory, policies: sr.Policies
) -> FakeSmartRecruiters:
    return await fake_smartrecruiters_factory(policies=policies, analytics_bytes=SIZE)


@pytest.fixture
async def client(server: FakeSmartRecruiters, policies: sr.Policies) -> Any:
    governor = sr.LocalGovernor(policies)
    async with sr.SmartRecruiters("key", base_url=server.url, governor=governor) as c:
        yield c


def csv_rows(server: FakeSmartRecruiters, endpoint: str) -> list[dict[str, str]]:
    body = server.data.analytics(endpoint, as_json=False).decode()
    return list(csv.DictReader(io.StringIO(body, newline="")))


async def test_every_call_is_deprecated(client: sr.SmartRecruiters, tmp_path: Any) -> None:
    with pytest.deprecated_call(match="Analytics API is deprecated"):
        client.analytics.rows("jobs")
    with pytest.deprecated_call():
        await client.analytics.json("jobs")
    with pytest.deprecated_call():
        await client.analytics.download("jobs", tmp_path / "jobs.csv")


async def test_rows_are_the_csv_as_dicts(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters
) -> None:
    rows = [r async for r in client.analytics.rows("applications", gzip=False)]
    assert rows == csv_rows(server, "applications")
    request = server.requests[-1]
    assert request.path == "/analytics/applications"
    assert request.headers["Accept"] == "text/csv"
    assert server.stats.bytes_written["analytics.applications"] == SIZE


async def test_gzip_costs_fewer_bytes_of_the_budget(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters
) -> None:
    rows = [r async for r in client.analytics.rows("hiring-team")]
    assert rows == csv_rows(server, "hiring-team")
    assert server.requests[-1].headers["Accept-Encoding"] == "gzip"
    assert 0 < server.stats.bytes_written["analytics.hiring-team"] < SIZE // 2
    assert client.governor.stats().bytes_charged == server.stats.bytes_written.total()


async def test_json_returns_the_content(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters
) -> None:
    items = await client.analytics.json("positions", date_format="yyyy-MM-dd")
    assert items == json.loads(server.data.analytics("positions", as_json=True))["content"]
    request = server.requests[-1]
    assert request.headers["Accept"] == "application/json"
    assert parse_qs(request.query) == {"dateFormat": ["yyyy-MM-dd"]}


async def test_records_are_the_2017_report_records(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters
) -> None:
    jobs = await client.analytics.records("jobs")
    sent = json.loads(server.data.analytics("jobs", as_json=True))["content"]
    assert [j.job_id for j in jobs] == [item["jobId"] for item in sent]
    assert all(isinstance(j, AnalyticsJob) and not j.extra_fields for j in jobs)
    assert isinstance(jobs[0].candidates_total, int)
    positions = await client.analytics.records("positions", date_format="yyyy-MM-dd")
    assert all(isinstance(p, AnalyticsPosition) for p in positions)
    assert parse_qs(server.requests[-1].query) == {"dateFormat": ["yyyy-MM-dd"]}


async def test_download_in_either_format(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters, tmp_path: Any
) -> None:
    size = await client.analytics.download("interviews", tmp_path / "i.json", format="json")
    body = (tmp_path / "i.json").read_bytes()
    assert body == server.data.analytics("interviews", as_json=True)
    assert size == len(body)
    await client.analytics.download("interviews", tmp_path / "i.csv")
    assert (tmp_path / "i.csv").read_bytes() == server.data.analytics("interviews", as_json=False)


async def test_many_tasks_on_many_endpoints_draw_no_429(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters
) -> None:
    endpoints = ["applications", "jobs", "positions"]

    async def read(endpoint: Any) -> list[dict[str, str]]:
        return [r async for r in client.analytics.rows(endpoint, gzip=False)]

    # Two tasks per endpoint, each reading it twice: 12 large bodies through one slot.
    results = await asyncio.gather(*(read(e) for e in endpoints * 4))
    for endpoint, rows in zip(endpoints * 4, results, strict=True):
        assert rows == csv_rows(server, endpoint)
    assert server.stats.total_429 == 0
    assert server.stats.max_in_flight["analytics"] == 1
    for endpoint in endpoints:
        assert server.stats.count(f"analytics.{endpoint}") == 4
    assert client.governor.stats().idle


async def test_a_cut_before_any_row_is_retried(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters
) -> None:
    server.faults.add(Fault.connection_reset(operation_id="analytics.jobs"))
    rows = [r async for r in client.analytics.rows("jobs")]
    assert rows == csv_rows(server, "jobs")
    assert server.stats.count("analytics.jobs") == 2


async def test_a_cut_after_rows_raises_instead_of_ending_early(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters
) -> None:
    server.faults.add(Fault.truncated(operation_id="analytics.jobs"))
    got: list[dict[str, str]] = []

    async def consume() -> None:
        async for row in client.analytics.rows("jobs", gzip=False):
            got.append(row)

    with pytest.raises(sr.StreamInterruptedError) as info:
        await consume()
    assert info.value.rows_delivered == len(got) > 0
    assert client.governor.stats().idle
    # The whole-body forms read again from the start.
    server.faults.add(Fault.truncated(operation_id="analytics.jobs"))
    items = await client.analytics.json("jobs")
    assert items == json.loads(server.data.analytics("jobs", as_json=True))["content"]
