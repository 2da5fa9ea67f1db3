"""Files written by ``reports.download`` (and every ``save``): modes like any new file, a replaced
file's mode kept, a link followed, a device written through, a directory refused before the
request."""

from __future__ import annotations

import asyncio
import os
import stat
import threading
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

import smartrecruiters_async as sr
from smartrecruiters_async.testing import FakeSmartRecruiters, Fault, reporting_state
from smartrecruiters_async.testing.pytest_plugin import FakeServerFactory

from ..places import full_device


@pytest.fixture
async def server(
    fake_smartrecruiters_factory: FakeServerFactory, policies: sr.Policies
) -> FakeSmartRecruiters:
    return await fake_smartrecruiters_factory(policies=policies)


@pytest.fixture
async def client(
    server: FakeSmartRecruiters, policies: sr.Policies
) -> AsyncIterator[sr.SmartRecruiters]:
    governor = sr.LocalGovernor(policies)
    async with sr.SmartRecruiters("key", base_url=server.url, governor=governor) as c:
        yield c


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


async def test_a_new_report_file_is_created_by_the_umask(
    client: sr.SmartRecruiters, tmp_path: Path, umask_022: None
) -> None:
    target = tmp_path / "report.csv"
    await client.reports.download("rep-0001", target)
    assert mode_of(target) == 0o644  # not 0600: a report is not a secret


async def test_a_replaced_report_file_keeps_its_mode_and_links_stay(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters, tmp_path: Path
) -> None:
    real = tmp_path / "report.csv"
    real.write_text("old\n")
    real.chmod(0o664)
    link = tmp_path / "latest.csv"
    link.symlink_to(real)
    await client.reports.download("rep-0001", link)
    recent = reporting_state(server.data).recent("rep-0001")
    assert recent is not None
    assert link.is_symlink()
    assert real.read_bytes() == reporting_state(server.data).data(recent)
    assert mode_of(real) == 0o664


async def test_a_directory_is_refused_before_the_request(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters, tmp_path: Path
) -> None:
    with pytest.raises(IsADirectoryError):
        await client.reports.download("rep-0001", tmp_path)
    assert server.stats.count() == 0


async def test_a_device_is_written_through_not_replaced(
    client: sr.SmartRecruiters, tmp_path: Path
) -> None:
    device = full_device(tmp_path)
    with pytest.raises(OSError, match="No space left"):
        await client.reports.download("rep-0001", device)
    assert stat.S_ISCHR(device.stat().st_mode)


async def test_a_cut_after_bytes_went_to_a_fifo_is_not_retried(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters, tmp_path: Path
) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    reporting_state(server.data).report_bytes = 200_000
    server.faults.add(Fault.truncated(operation_id="downloadMostRecentReportFile"))
    with pytest.raises(sr.StreamInterruptedError, match="cannot take them back"):
        await client.reports.download("rep-0001", fifo)
    await asyncio.to_thread(reader.join)
    assert 0 < len(received[0]) < 200_000  # what went out stays out; nothing was sent twice
    assert server.stats.count("downloadMostRecentReportFile") == 1
