"""The Reporting API against the fake server: listing, generating, and reading files' CSV."""

import contextlib
import csv
import io
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import parse_qs

import pytest

import smartrecruiters_async as sr
from smartrecruiters_async.models import Report, ReportFile, ReportFileStatus, ScheduleType
from smartrecruiters_async.testing import (
    FakeSmartRecruiters,
    Fault,
    ReportingState,
    reporting_state,
)

Factory = Callable[..., Awaitable[FakeSmartRecruiters]]


@pytest.fixture
async def server(
    fake_smartrecruiters_factory: Factory, policies: sr.Policies
) -> FakeSmartRecruiters:
    return await fake_smartrecruiters_factory(policies=policies)


@pytest.fixture
def state(server: FakeSmartRecruiters) -> ReportingState:
    return reporting_state(server.data)


@pytest.fixture
async def client(server: FakeSmartRecruiters, policies: sr.Policies) -> Any:
    governor = sr.LocalGovernor(policies)
    async with sr.SmartRecruiters("key", base_url=server.url, governor=governor) as c:
        yield c


def expected_rows(state: ReportingState, file_id: str) -> list[dict[str, str]]:
    text = state.data(state.files[file_id]).decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text, newline="")))


async def test_list_pages_with_page_and_next_page(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters, state: ReportingState
) -> None:
    reports = [r async for r in client.reports.list(limit=5)]
    assert [r.report_id for r in reports] == [r["reportId"] for r in state.reports]
    assert all(isinstance(r, Report) for r in reports)
    pages = [parse_qs(r.query).get("page") for r in server.requests]
    assert pages == [None, ["2"], ["3"]]
    first = await client.reports.list(limit=5)
    assert len(first) == 5
    assert first.next_page_id == "2"
    last = await client.reports.list(limit=5, page="3")
    assert len(last) == 2
    assert last.next_page_id is None


async def test_get_a_report_and_its_columns(client: sr.SmartRecruiters) -> None:
    report = await client.reports.get("rep-0002")
    assert report.report_id == "rep-0002"
    assert report.columns is not None
    assert [c.data_point_name for c in report.columns][:2] == ["Application ID", "Candidate Name"]
    with pytest.raises(sr.NotFoundError):
        await client.reports.get("rep-9999")


async def test_files_newest_first_and_unknown_report(client: sr.SmartRecruiters) -> None:
    first = await client.reports.generate("rep-0001", wait=False)
    files = [f async for f in client.reports.files("rep-0001")]
    assert files[0].report_file_id == first.report_file_id
    assert files[-1].schedule_type is ScheduleType.SCHEDULED
    with pytest.raises(sr.NotFoundError):
        await client.reports.files("rep-9999")


async def test_generate_waits_until_completed(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters, state: ReportingState
) -> None:
    state.generation_polls = 4
    report_file = await client.reports.generate("rep-0004", poll_interval=0.001)
    assert report_file.report_file_status is ReportFileStatus.COMPLETED
    assert report_file.schedule_type is ScheduleType.AD_HOC
    assert report_file.generation_date is not None
    assert server.stats.count("getReportFile") == 4
    recent = await client.reports.recent_file("rep-0004")
    assert recent.report_file_id == report_file.report_file_id
    again = await client.reports.get_file(report_file.report_file_id)
    assert again.report_file_status is ReportFileStatus.COMPLETED


async def test_generate_without_waiting_returns_the_pending_file(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters
) -> None:
    report_file = await client.reports.generate("rep-0004", wait=False)
    assert isinstance(report_file, ReportFile)
    assert report_file.report_file_status is ReportFileStatus.PENDING
    assert server.stats.count("getReportFile") == 0
    with pytest.raises(sr.ConflictError):
        await client.reports.download("rep-0004", "unused.csv", file_id=report_file.report_file_id)


async def test_a_failed_generation_raises_a_typed_error(
    client: sr.SmartRecruiters, state: ReportingState
) -> None:
    state.failing_reports.add("rep-0005")
    with pytest.raises(sr.ReportGenerationError) as info:
        await client.reports.generate("rep-0005", poll_interval=0.001)
    assert info.value.report_file.report_file_status is ReportFileStatus.FAILED
    state.fail_every = 2  # the second run of the server fails, the third completes
    with pytest.raises(sr.ReportGenerationError, match="FAILED"):
        await client.reports.generate("rep-0006", poll_interval=0.001)
    done = await client.reports.generate("rep-0006", poll_interval=0.001)
    assert done.report_file_status is ReportFileStatus.COMPLETED


async def test_generation_that_outlasts_the_timeout(
    client: sr.SmartRecruiters, state: ReportingState
) -> None:
    state.generation_polls = 10**9
    with pytest.raises(sr.ReportTimeoutError) as info:
        await client.reports.generate("rep-0007", timeout=0.05, poll_interval=0.01)
    assert isinstance(info.value, TimeoutError)
    assert info.value.report_file.report_file_status is ReportFileStatus.RUNNING


async def test_rows_stream_the_csv_as_dicts(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters, state: ReportingState
) -> None:
    state.report_bytes = 300_000
    report_file = await client.reports.generate("rep-0003", poll_interval=0.001)
    file_id = report_file.report_file_id
    rows = [row async for row in client.reports.rows("rep-0003", file_id=file_id)]
    expected = expected_rows(state, file_id)
    assert rows == expected
    assert len(rows) > 2000
    assert any("\n" in row["Notes"] for row in rows)  # embedded newlines survived
    recent = [row async for row in client.reports.rows("rep-0003")]
    assert recent == expected
    request = server.requests[-1]
    assert request.operation_id == "downloadMostRecentReportFile"
    assert request.headers["Accept-Encoding"] == "gzip"
    # gzip travelled: far fewer bytes on the wire than the CSV holds
    assert server.stats.bytes_written["downloadMostRecentReportFile"] < len(
        state.data(state.files[file_id])
    )


async def test_download_writes_the_file_atomically(
    client: sr.SmartRecruiters, state: ReportingState, tmp_path: Any
) -> None:
    target = tmp_path / "report.csv"
    size = await client.reports.download("rep-0001", target)
    recent = state.recent("rep-0001")
    assert recent is not None
    assert target.read_bytes() == state.data(recent)
    assert size == target.stat().st_size
    assert [p.name for p in tmp_path.iterdir()] == ["report.csv"]


async def test_a_download_cut_midway_is_read_again_from_the_start(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters, state: ReportingState, tmp_path: Any
) -> None:
    state.report_bytes = 200_000
    recent = state.recent("rep-0002")
    assert recent is not None
    server.faults.add(Fault.truncated(operation_id="downloadReportFile"))
    target = tmp_path / "report.csv"
    await client.reports.download("rep-0002", target, file_id=recent["reportFileId"])
    assert target.read_bytes() == state.data(recent)
    assert server.stats.count("downloadReportFile") == 2
    assert [p.name for p in tmp_path.iterdir()] == ["report.csv"]


async def test_a_download_cut_every_time_raises_and_leaves_the_old_file(
    server: FakeSmartRecruiters, policies: sr.Policies, state: ReportingState, tmp_path: Any
) -> None:
    state.report_bytes = 200_000
    target = tmp_path / "report.csv"
    target.write_text("old, complete file\n")
    server.faults.add(Fault.truncated(operation_id="downloadMostRecentReportFile", times=5))
    async with sr.SmartRecruiters(
        "key", base_url=server.url, governor=sr.LocalGovernor(policies), max_retries=1
    ) as client:
        with pytest.raises(sr.StreamInterruptedError, match="cut 2 times"):
            await client.reports.download("rep-0002", target)
    assert target.read_text() == "old, complete file\n"
    assert [p.name for p in tmp_path.iterdir()] == ["report.csv"]
    assert server.stats.count("downloadMostRecentReportFile") == 2


async def test_rows_of_a_file_cut_midway_resume_without_duplicates(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters, state: ReportingState
) -> None:
    state.report_bytes = 300_000
    recent = state.recent("rep-0008")
    assert recent is not None
    server.faults.add(Fault.truncated(operation_id="downloadReportFile"))
    rows = [r async for r in client.reports.rows("rep-0008", file_id=recent["reportFileId"])]
    assert rows == expected_rows(state, recent["reportFileId"])
    assert server.stats.count("downloadReportFile") == 2


async def test_rows_of_the_recent_file_cut_after_rows_raise(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters, state: ReportingState
) -> None:
    state.report_bytes = 300_000
    server.faults.add(Fault.truncated(operation_id="downloadMostRecentReportFile"))
    got: list[dict[str, str]] = []

    async def consume() -> None:
        async for row in client.reports.rows("rep-0008"):
            got.append(row)

    with pytest.raises(sr.StreamInterruptedError) as info:
        await consume()
    assert 0 < info.value.rows_delivered == len(got)
    assert server.stats.count("downloadMostRecentReportFile") == 1
    assert client.governor.stats().idle


async def test_stopping_early_frees_the_connection(
    client: sr.SmartRecruiters, state: ReportingState
) -> None:
    state.report_bytes = 300_000
    async with contextlib.aclosing(client.reports.rows("rep-0001")) as rows:
        async for _ in rows:
            break
    assert client.governor.stats().idle
