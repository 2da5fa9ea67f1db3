"""Seeded bodies of the Analytics API streams, exactly as large as the server is told."""

from __future__ import annotations

import csv
import io
import json
import random
from collections.abc import Callable

from .vocabulary import DEPARTMENTS, FIRST_NAMES, LAST_NAMES, ROLES

__all__ = ["analytics_body"]

Row = dict[str, str]

_STATUSES = ("NEW", "IN_REVIEW", "INTERVIEW", "OFFERED", "HIRED", "REJECTED")
_FILLER = "notes"


def _applications(i: int, rng: random.Random) -> Row:
    return {
        "applicationId": f"app-{i:07d}",
        "candidateName": f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
        "jobId": f"job-{rng.randrange(500):05d}",
        "status": rng.choice(_STATUSES),
        "appliedOn": f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
    }


def _hiring_team(i: int, rng: random.Random) -> Row:
    return {
        "jobId": f"job-{i // 3:05d}",
        "userName": f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
        "role": rng.choice(("HIRING_MANAGER", "RECRUITER", "INTERVIEWER", "COORDINATOR")),
    }


def _interviews(i: int, rng: random.Random) -> Row:
    return {
        "interviewId": f"int-{i:07d}",
        "jobId": f"job-{rng.randrange(500):05d}",
        "interviewer": f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
        "startsAt": f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T10:00:00Z",
        "type": rng.choice(("PHONE", "VIDEO", "ONSITE")),
    }


def _job_fields(i: int, rng: random.Random) -> Row:
    return {
        "jobId": f"job-{i // 4:05d}",
        "field": rng.choice(("Brand", "Cost Center", "Hiring Program", "Budget")),
        "value": rng.choice(("Acme Core", "CC 100 - R&D", "Graduate Program", "120,000")),
    }


def _jobs(i: int, rng: random.Random) -> Row:
    _, department, _ = rng.choice(DEPARTMENTS)
    return {
        "jobId": f"job-{i:05d}",
        "title": rng.choice(ROLES[department]),
        "department": department,
        "status": rng.choice(("SOURCING", "INTERVIEW", "OFFER", "FILLED", "CANCELLED")),
        "createdOn": f"2023-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
    }


def _positions(i: int, rng: random.Random) -> Row:
    return {
        "positionId": f"pos-{i:06d}",
        "jobId": f"job-{i // 2:05d}",
        "type": rng.choice(("NEW", "REPLACEMENT")),
        "status": rng.choice(("OPEN", "FILLED", "ON_HOLD")),
    }


_ROWS: dict[str, Callable[[int, random.Random], Row]] = {
    "applications": _applications,
    "hiring-team": _hiring_team,
    "interviews": _interviews,
    "job-fields": _job_fields,
    "jobs": _jobs,
    "positions": _positions,
}


def _csv_line(values: list[str]) -> str:
    out = io.StringIO()
    csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\n").writerow(values)
    return out.getvalue()


def _encode_row(row: Row, as_json: bool) -> bytes:
    if as_json:
        return json.dumps(row, ensure_ascii=False, separators=(",", ":")).encode()
    return _csv_line(list(row.values())).encode()


def analytics_body(endpoint: str, size: int, *, as_json: bool, seed: int = 0) -> bytes:
    """The body of ``GET /analytics/{endpoint}``: exactly ``size`` bytes when it can be.

    CSV (a header row, every field quoted) or, with ``as_json``, ``{"content": [...]}``. The
    last column, ``notes``, of the last row is padded to reach ``size``; a ``size`` smaller
    than the header plus one row gives that minimal body instead.
    """
    make_row = _ROWS[endpoint]
    rng = random.Random(f"analytics:{endpoint}:{seed}")
    first = {**make_row(0, rng), _FILLER: ""}
    if as_json:
        head, separator, tail = b'{"content":[', b",", b"]}"
    else:
        head, separator, tail = _csv_line(list(first)).encode(), b"", b""
    rows = [first]
    encoded = [_encode_row(first, as_json)]
    total = len(head) + len(encoded[0]) + len(tail)
    while True:
        row = {**make_row(len(rows), rng), _FILLER: ""}
        line = _encode_row(row, as_json)
        if total + len(separator) + len(line) > size:
            break
        rows.append(row)
        encoded.append(line)
        total += len(separator) + len(line)
    if total < size:
        # Pad with ASCII so one character is one byte in both formats.
        rows[-1][_FILLER] = "x" * (size - total)
        encoded[-1] = _encode_row(rows[-1], as_json)
    return head + separator.join(encoded) + tail
