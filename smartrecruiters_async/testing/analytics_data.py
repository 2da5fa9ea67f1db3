"""Seeded bodies of the Analytics API streams, exactly as large as the server is told."""

from __future__ import annotations

import csv
import io
import json
import random
from collections.abc import Callable
from typing import Any

from .vocabulary import CITIES, DEPARTMENTS, FIRST_NAMES, LAST_NAMES, ROLES

__all__ = ["analytics_body"]

Row = dict[str, Any]

# The rows carry the 2017 spec's fields, named and typed as it has them (roksela.json:
# ApplicationsReportContent, HiringTeamReportContent, ...). Dates are strings: their form is the
# caller's ``dateFormat``; the fake writes the server default, yyyy-MM-dd'T'HH:mm:ss.
_STAGES = ("LEAD", "NEW", "IN_REVIEW", "INTERVIEW", "OFFER", "HIRE")
_JOB_STATUSES = ("SOURCING", "INTERVIEW", "OFFER", "FILLED", "CANCELLED", "ON_HOLD")
_ATTENDANCE = ("accepted", "declined", "pending", "tentative")

# The free-text field of each stream whose last value pads a JSON body to its size. A CSV body
# pads a last ``notes`` column instead: no source names the CSV's columns, and the fake's own
# tests (tests/testing/test_fake_data.py) rely on that column.
_CSV_FILLER = "notes"
_PADDED = {
    "applications": "applicationReasonOfRejection",
    "hiring-team": "jobTitle",
    "interviews": "interviewerReview",
    "job-fields": "jobFieldValue",
    "jobs": "jobTitle",
    "positions": "positionIncumbentName",
}


def _date(rng: random.Random, year: int = 2024) -> str:
    return (
        f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(8, 17):02d}:00:00"
    )


def _name(rng: random.Random) -> tuple[str, str]:
    return rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)


def _job_id(rng: random.Random) -> str:
    return f"job-{rng.randrange(500):05d}"


def _applications(i: int, rng: random.Random) -> Row:
    first, last = _name(rng)
    place = rng.choice(CITIES)
    stage = rng.choice(_STAGES)
    return {
        "applicationId": f"app-{i:07d}",
        "applicationCreateDate": _date(rng),
        "applicationLastUpdate": _date(rng),
        "applicationStage": stage,
        "applicationStep": rng.choice(("", "Phone screen", "Onsite")),
        "applicationRejectedAfter": "",
        "applicationWithdrawnAfter": "",
        "appliedVia": rng.choice(("Career site", "Referral", "Job board")),
        "source": rng.choice(("LinkedIn", "Indeed", "Referred by Ana Kowalska")),
        "sourceType": rng.choice(("Job Boards", "Referrals", "Social Networks")),
        "candidateProfileId": f"cand-{rng.randrange(10**6):06d}",
        "candidateFirstName": first,
        "candidateLastName": last,
        "candidateEmail": f"candidate.{i}@example.com",
        "candidatePhone": f"+1 555 03{i % 100:02d}",
        "candidateGender": "",
        "candidateEthnicity": "",
        "candidateInternal": rng.random() < 0.1,
        "candidateLocation": f"{place.city}, {place.region}",
        "candidateLocationLatitude": float(place.latitude),
        "candidateLocationLongitude": float(place.longitude),
        "jobId": _job_id(rng),
        "jobTitle": rng.choice(ROLES[rng.choice(DEPARTMENTS)[1]]),
        "positionId": f"pos-{rng.randrange(10**5):06d}",
        "applicationReasonOfWithdrawal": "",
        "applicationReasonOfRejection": "Not a fit" if stage == "LEAD" else "",
    }


def _hiring_team(i: int, rng: random.Random) -> Row:
    first, last = _name(rng)
    return {
        "jobId": f"job-{i // 3:05d}",
        "jobTitle": rng.choice(ROLES[rng.choice(DEPARTMENTS)[1]]),
        "employeeId": f"user-{rng.randrange(10**4):04d}",
        "employeeFirstName": first,
        "employeeLastName": last,
        "role": rng.choice(("HIRING_MANAGER", "RECRUITER", "INTERVIEWER", "COORDINATOR")),
    }


def _interviews(i: int, rng: random.Random) -> Row:
    (first, last), (c_first, c_last) = _name(rng), _name(rng)
    start = rng.randint(8, 16)
    return {
        "interviewId": f"int-{i:07d}",
        "interviewCreateDate": _date(rng),
        "interviewUpdateDate": _date(rng),
        "interviewStartDate": _date(rng),
        "interviewTimeZone": "Europe/Warsaw",
        "interviewType": rng.choice(("Phone screen", "Video call", "Onsite")),
        "interviewLocation": rng.choice(("Remote", "Warsaw office")),
        "interviewCanceled": rng.random() < 0.05,
        "interviewDuration": 60.0,
        "interviewers": float(rng.randint(1, 3)),
        "startTime": f"{start:02d}:00",
        "endTime": f"{start + 1:02d}:00",
        "duration": 60.0,
        "room": rng.choice(("", "Room 1", "Room 2")),
        "applicationId": f"app-{rng.randrange(10**6):07d}",
        "applicationStage": "INTERVIEW",
        "applicationStep": "Onsite",
        "candidateProfileId": f"cand-{rng.randrange(10**6):06d}",
        "candidateStatus": rng.choice(_ATTENDANCE),
        "jobId": _job_id(rng),
        "creatorEmployeeId": f"user-{rng.randrange(10**4):04d}",
        "creatorFirstName": c_first,
        "creatorLastName": c_last,
        "interviewerEmployeeId": f"user-{rng.randrange(10**4):04d}",
        "interviewerFirstName": first,
        "interviewerLastName": last,
        "interviewerStatus": rng.choice(_ATTENDANCE),
        "interviewerRating": float(rng.randint(1, 5)),
        "timeToProvideFeedback": float(rng.randint(1, 72)),
        "interviewerReview": rng.choice(("Strong", "Solid basics", "")),
    }


def _job_fields(i: int, rng: random.Random) -> Row:
    return {
        "jobId": f"job-{i // 4:05d}",
        "jobFieldName": rng.choice(("Brand", "Cost Center", "Hiring Program", "Budget")),
        "jobFieldValue": rng.choice(("Acme Core", "CC 100 - R&D", "Graduate Program", "120,000")),
    }


def _jobs(i: int, rng: random.Random) -> Row:
    _, department, _ = rng.choice(DEPARTMENTS)
    place = rng.choice(CITIES)
    total = rng.randint(0, 200)
    return {
        "jobId": f"job-{i:05d}",
        "jobRefId": f"REF-{i:05d}",
        "jobCreateDate": _date(rng, 2023),
        "jobStatus": rng.choice(_JOB_STATUSES),
        "jobDepartment": department,
        "jobOpenPositions": rng.randint(1, 4),
        "locationCity": place.city,
        "locationState": place.region,
        "locationCountry": place.country,
        "locationLatitude": float(place.latitude),
        "locationLongitude": float(place.longitude),
        "candidatesTotal": total,
        "candidatesInReview": total // 3,
        "candidatesInterview": total // 6,
        "candidatesOffer": total // 20,
        "candidatesHired": total // 40,
        "candidatesRejected": total // 4,
        "candidatesWithdrawn": total // 30,
        "jobTitle": rng.choice(ROLES[department]),
    }


def _positions(i: int, rng: random.Random) -> Row:
    return {
        "positionId": f"pos-{i:06d}",
        "positionType": rng.choice(("NEW", "REPLACEMENT")),
        "positionCreateDate": _date(rng, 2023),
        "positionOpenDate": _date(rng),
        "positionTargetStartDate": _date(rng),
        "positionHireDate": "",
        "positionActualStartDate": "",
        "jobId": f"job-{i // 2:05d}",
        "jobRefId": f"REF-{i // 2:05d}",
        "jobTitle": rng.choice(ROLES[rng.choice(DEPARTMENTS)[1]]),
        "jobCreateDate": _date(rng, 2023),
        "positionIncumbentName": "",
    }


_ROWS: dict[str, Callable[[int, random.Random], Row]] = {
    "applications": _applications,
    "hiring-team": _hiring_team,
    "interviews": _interviews,
    "job-fields": _job_fields,
    "jobs": _jobs,
    "positions": _positions,
}


def _csv_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _csv_line(values: list[Any]) -> str:
    out = io.StringIO()
    csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\n").writerow(map(_csv_value, values))
    return out.getvalue()


def _encode_row(row: Row, as_json: bool) -> bytes:
    if as_json:
        return json.dumps(row, ensure_ascii=False, separators=(",", ":")).encode()
    return _csv_line(list(row.values())).encode()


def analytics_body(endpoint: str, size: int, *, as_json: bool, seed: int = 0) -> bytes:
    """The body of ``GET /analytics/{endpoint}``: exactly ``size`` bytes when it can be.

    ``{"content": [...]}`` with ``as_json``, each item one of the 2017 spec's report records, or
    CSV (a header row, every field quoted) of the same records and a last ``notes`` column. The
    last row is padded with ``x`` to reach ``size``: its free-text field ``_PADDED[endpoint]``
    in JSON, its ``notes`` in CSV. A ``size`` smaller than the header plus one row gives that
    minimal body instead.
    """
    padded = _PADDED[endpoint] if as_json else _CSV_FILLER

    def make_row(index: int, rng: random.Random) -> Row:
        row = _ROWS[endpoint](index, rng)
        return row if as_json else {**row, _CSV_FILLER: ""}

    rng = random.Random(f"analytics:{endpoint}:{seed}")
    first = make_row(0, rng)
    if as_json:
        head, separator, tail = b'{"content":[', b",", b"]}"
    else:
        head, separator, tail = _csv_line(list(first)).encode(), b"", b""
    rows = [first]
    encoded = [_encode_row(first, as_json)]
    total = len(head) + len(encoded[0]) + len(tail)
    while True:
        row = make_row(len(rows), rng)
        line = _encode_row(row, as_json)
        if total + len(separator) + len(line) > size:
            break
        rows.append(row)
        encoded.append(line)
        total += len(separator) + len(line)
    if total < size:
        # Pad with ASCII so one character is one byte in both formats.
        rows[-1][padded] += "x" * (size - total)
        encoded[-1] = _encode_row(rows[-1], as_json)
    return head + separator.join(encoded) + tail
