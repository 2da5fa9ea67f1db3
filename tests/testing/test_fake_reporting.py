"""The fake server's Reporting API: seeded CSV, generation by observation, raw HTTP shapes."""

from __future__ import annotations

import csv
import io
from typing import Any

import aiohttp
import pytest

from smartrecruiters_async.testing import FakeSmartRecruiters, reporting_state
from smartrecruiters_async.testing.reporting_data import COLUMNS, report_csv

PREFIX = "/reporting-api/v201804"


@pytest.mark.parametrize("size", [300, 5_000, 123_456])
def test_report_csv_is_whole_rows_of_about_the_size(size: int) -> None:
    body = report_csv("file-x", size)
    assert body.startswith(b"\xef\xbb\xbf")
    assert body.endswith(b"\r\n")
    assert len(body) <= size or size < 300
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"), newline="")))
    assert rows[0] == list(COLUMNS)
    assert len(rows) >= 2
    assert all(len(row) == len(COLUMNS) for row in rows)
    assert report_csv("file-x", size) == body  # seeded


async def _get(server: FakeSmartRecruiters, path: str, **params: Any) -> tuple[int, Any]:
    async with (
        aiohttp.ClientSession(headers={"X-SmartToken": "key"}) as session,
        session.get(server.url + PREFIX + path, params=params) as response,
    ):
        return response.status, await response.json()


async def test_list_shapes_and_invalid_parameters(
    fake_smartrecruiters: FakeSmartRecruiters,
) -> None:
    status, page = await _get(fake_smartrecruiters, "/reports", limit="5", page="3")
    assert status == 200
    assert len(page["content"]) == 2
    assert "nextPage" not in page
    status, page = await _get(fake_smartrecruiters, "/reports", limit="5")
    assert page["nextPage"] == "2"
    status, error = await _get(fake_smartrecruiters, "/reports", limit="101")
    assert status == 400
    assert error["errors"][0]["code"] == "INVALID_PARAMETER"
    status, _ = await _get(fake_smartrecruiters, "/reports/rep-0012/files/recent")
    assert status == 404  # the last seeded report has no file yet


async def test_generation_advances_when_observed(
    fake_smartrecruiters: FakeSmartRecruiters,
) -> None:
    state = reporting_state(fake_smartrecruiters.data)
    state.generation_polls = 3
    report = state.report("rep-0012")
    assert report is not None
    file = state.generate(report)
    seen = [state.observe(state.files[file["reportFileId"]]) for _ in range(3)]
    assert [f["reportFileStatus"] for f in seen] == ["RUNNING", "RUNNING", "COMPLETED"]
    recent = state.recent("rep-0012")
    assert recent is not None
    assert recent["reportFileId"] == file["reportFileId"]
