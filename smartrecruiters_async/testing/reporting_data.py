"""The fake server's Reporting API: seeded reports, files that take time to generate, CSV data.

Generation is driven by observation, so tests are deterministic and never sleep: a new file is
``PENDING``, turns ``RUNNING`` the first time its status is read, and finishes once it has been
read ``generation_polls`` times and ``generation_seconds`` have passed; it then ends ``FAILED``
when its report is in ``failing_reports`` or it is the n-th run with ``fail_every`` dividing n,
else ``COMPLETED``. Tune a server through ``reporting_state(server.data)``.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import io
import random
import time
from typing import Any

import attrs

from .state import ServerData
from .vocabulary import FIRST_NAMES, LAST_NAMES

__all__ = ["COLUMNS", "ReportingState", "report_csv", "reporting_state"]

Json = dict[str, Any]

COLUMNS = (
    "Application ID",
    "Candidate Name",
    "Job Title",
    "Status",
    "Notes",
    "Applied On",
)
"""The header of every fake report file."""

_TITLES = (
    "Software Engineer",
    'Sales Manager, "Enterprise"',
    "Data Analyst\nLevel II",
    "Größenplaner / Ingénieur",
    "Support, Tier 1",
)
_STATUSES = ("NEW", "IN_REVIEW", "INTERVIEW", "OFFERED", "HIRED", "REJECTED")
_NOTES = (
    "",
    "plain note",
    "comma, inside",
    'said "yes" twice',
    "two\r\nlines",
    "ends with newline\n",
    "emoji ✓ and ümlaut",
)
_VARIANTS = 997  # distinct row bodies; rows cycle through them with their own ids


def _now() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def _column(name: str) -> Json:
    key = name.lower().replace(" ", "_")
    return {
        "entityTypeId": "application",
        "entityInstanceId": "application",
        "dataPointId": key,
        "dataPointInstanceId": key,
        "dataPointInstanceName": name,
        "dataPointName": name,
        "dataPointType": "ID" if key.endswith("_id") else "STRING",
    }


def _filters(index: int) -> list[Json]:
    """A report's filters: one of each value kind the examples show (a date range, a relative
    period, listed row values, a yes/no value), in turn, so every kind reaches the SDK."""
    status, applied = _column("Status"), _column("Applied On")
    kinds: list[Json] = [
        {
            "column": applied,
            "dateRange": {"from": "2024-01-01T00:00:00.000Z", "to": "2024-06-30T23:59:59.999Z"},
        },
        {"column": applied, "datePeriod": {"period": 30, "unit": "DAYS", "fullPeriod": False}},
        {"column": status, "rowValues": {"noneValue": False, "values": ["NEW", "IN_REVIEW"]}},
        {
            "column": {**_column("Internal"), "dataPointType": "BOOLEAN"},
            "booleanValue": {"value": True},
        },
    ]
    return [kinds[index % len(kinds)], kinds[(index + 1) % len(kinds)]]


def _report(index: int) -> Json:
    return {
        "reportId": f"rep-{index:04d}",
        "name": f"Pipeline report {index}",
        "rowEntityTypeId": "application",
        "rowEntityInstanceId": "application",
        "columns": [_column(name) for name in COLUMNS],
        "filters": _filters(index),
        "creationDate": "2024-01-15T09:30:00.000Z",
        "modificationDate": "2024-02-01T12:00:00.000Z",
        "creatorId": "user-0001",
        "modifierId": "user-0001",
        "grantees": ["user-0001"],
        "schedule": {
            "frequency": "WEEKLY",
            "activityPeriod": {
                "from": "2024-01-15T00:00:00.000Z",
                "to": "2025-01-15T00:00:00.000Z",
            },
        },
        "reportTemplateId": f"template-{index % 3 + 1}",
        "reportFormats": ["CSV"],
    }


@attrs.define(kw_only=True, eq=False)
class ReportingState:
    """Reports, their files, and the knobs of generation and data size."""

    reports: list[Json]
    files: dict[str, Json] = attrs.field(factory=dict)
    report_bytes: int = 20_000
    """Approximate size of every file's CSV (whole rows; at least the header and one row)."""
    generation_polls: int = 2
    generation_seconds: float = 0.0
    fail_every: int = 0
    failing_reports: set[str] = attrs.field(factory=set)
    seed: int = 0
    _runs: int = 0
    _polls: dict[str, int] = attrs.field(factory=dict)
    _started: dict[str, float] = attrs.field(factory=dict)
    _doomed: set[str] = attrs.field(factory=set)

    @classmethod
    def build(cls, data: ServerData) -> ReportingState:
        """Twelve reports; each but the last has one completed scheduled file."""
        state = cls(reports=[_report(i) for i in range(1, 13)], seed=data.seed)
        for report in state.reports[:-1]:
            file = state._new_file(report, schedule_type="SCHEDULED")
            file.update(reportFileStatus="COMPLETED", generationDate=file["schedulingDate"])
        return state

    def report(self, report_id: str) -> Json | None:
        """The report with that id, if any."""
        return next((r for r in self.reports if r["reportId"] == report_id), None)

    def files_of(self, report_id: str) -> list[Json]:
        """The report's files, newest first."""
        return [f for f in reversed(self.files.values()) if f["reportId"] == report_id]

    def recent(self, report_id: str) -> Json | None:
        """The report's most recent ``COMPLETED`` file."""
        done = [f for f in self.files_of(report_id) if f["reportFileStatus"] == "COMPLETED"]
        return done[0] if done else None

    def _new_file(self, report: Json, *, schedule_type: str) -> Json:
        file_id = f"file-{len(self.files) + 1:05d}"
        file = {
            "reportFileId": file_id,
            "reportId": report["reportId"],
            "reportFileStatus": "PENDING",
            "scheduleType": schedule_type,
            "schedulingDate": _now(),
            "requestorId": "user-0001",
            "rowEntityTypeId": report["rowEntityTypeId"],
            "rowEntityInstanceId": report["rowEntityInstanceId"],
            "columns": report["columns"],
            "filters": report["filters"],
        }
        self.files[file_id] = file
        return file

    def generate(self, report: Json) -> Json:
        """Start an ad-hoc run of ``report``; decide now whether it will fail."""
        self._runs += 1
        file = self._new_file(report, schedule_type="AD_HOC")
        file_id = file["reportFileId"]
        self._polls[file_id] = 0
        self._started[file_id] = time.monotonic()
        if report["reportId"] in self.failing_reports or (
            self.fail_every and self._runs % self.fail_every == 0
        ):
            self._doomed.add(file_id)
        return dict(file)

    def observe(self, file: Json) -> Json:
        """Advance ``file``'s generation by one status read; return its state now."""
        file_id = file["reportFileId"]
        if file["reportFileStatus"] in ("PENDING", "RUNNING"):
            self._polls[file_id] += 1
            elapsed = time.monotonic() - self._started[file_id]
            if self._polls[file_id] >= self.generation_polls and elapsed >= self.generation_seconds:
                status = "FAILED" if file_id in self._doomed else "COMPLETED"
                file.update(reportFileStatus=status, generationDate=_now())
            else:
                file["reportFileStatus"] = "RUNNING"
        return dict(file)

    def data(self, file: Json) -> bytes:
        """The CSV of a completed file."""
        return report_csv(file["reportFileId"], self.report_bytes, self.seed)


def reporting_state(data: ServerData) -> ReportingState:
    """The Reporting API state of a fake server (``server.data``), created on first use."""
    return data.store("reporting", ReportingState.build)


@functools.lru_cache(maxsize=4)
def report_csv(file_id: str, size: int, seed: int = 0) -> bytes:
    """A report file's CSV of about ``size`` bytes: UTF-8 with a BOM, CRLF line ends, and
    fields that need quoting (commas, quotes, embedded newlines, non-ASCII)."""
    rng = random.Random(f"report:{file_id}:{seed}")
    variants = [
        [
            f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
            rng.choice(_TITLES),
            rng.choice(_STATUSES),
            rng.choice(_NOTES),
            f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        ]
        for _ in range(_VARIANTS)
    ]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    parts = ["\ufeff" + out.getvalue()]
    total = len(parts[0].encode())
    row = 0
    while total < size or row == 0:
        out.seek(0)
        out.truncate()
        for _ in range(1000):
            writer.writerow([f"{file_id}-{row:08d}", *variants[row % _VARIANTS]])
            row += 1
        block = out.getvalue()
        parts.append(block)
        total += len(block.encode())
    body = "".join(parts).encode()
    if len(body) <= size:
        return body
    # Trim whole rows back towards ``size``: cut after the last record end at or before it.
    cut = _last_record_end(body, size)
    return body[:cut] if cut > 0 else body


def _last_record_end(body: bytes, size: int) -> int:
    """Byte offset just past the last ``\\r\\n`` record end at or before ``size``."""
    end = body.rfind(b"\r\n", 0, size)
    while end > 0:
        # A record ends where the quotes before it are balanced.
        if body.count(b'"', 0, end) % 2 == 0:
            return end + 2
        end = body.rfind(b"\r\n", 0, end)
    return -1
