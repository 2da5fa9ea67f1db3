"""Wire forms shared by the converter, the client and the fake server, without I/O or cattrs.

Attribute and parameter names become camelCase; date-times are read in every form the API sends
and written in UTC as the overview documents; query values are written as the API expects.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Mapping
from typing import Any

__all__ = ["QueryPairs", "camel", "encode_query", "format_datetime", "parse_datetime"]

QueryPairs = list[tuple[str, str]]

_DATETIME = re.compile(
    r"(?P<date>\d{4}-\d{2}-\d{2})[T ](?P<time>\d{2}:\d{2}(?::\d{2})?)(?P<frac>\.\d+)?"
    r"(?P<tz>Z|[+-]\d{2}:?\d{2})?$"
)


def camel(name: str) -> str:
    """``released_after`` -> ``releasedAfter``."""
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def parse_datetime(text: str) -> dt.datetime:
    """Parse the API's ISO 8601 forms (``Z``, ``+0000``, ``+00:00``, optional fraction).

    A value without an offset is taken as UTC, as the overview says all times are UTC.
    Raises ``ValueError`` on anything else.
    """
    match = _DATETIME.match(text.strip())
    if match is None:
        raise ValueError(f"not an ISO 8601 date-time: {text!r}")
    time = match["time"] if match["time"].count(":") == 2 else match["time"] + ":00"
    frac = (match["frac"] or "")[1:7].ljust(6, "0") if match["frac"] else "000000"
    tz = match["tz"] or "Z"
    offset = "+00:00" if tz == "Z" else (tz if ":" in tz else f"{tz[:3]}:{tz[3:]}")
    return dt.datetime.fromisoformat(f"{match['date']}T{time}.{frac}{offset}")


def format_datetime(value: dt.datetime) -> str:
    """Write a datetime in UTC as the overview documents: ``2013-02-26T12:50:02.594+0000``.

    Milliseconds are written, or microseconds when the value has them, so nothing is lost.
    Raises ``ValueError`` for a naive datetime, whose meaning would be a guess.
    """
    if value.tzinfo is None:
        raise ValueError("naive datetime: attach a timezone (e.g. datetime.UTC) before sending")
    utc = value.astimezone(dt.UTC)
    micro = utc.microsecond
    fraction = f"{micro // 1000:03d}" if micro % 1000 == 0 else f"{micro:06d}"
    return utc.strftime("%Y-%m-%dT%H:%M:%S.") + fraction + "+0000"


def encode_query(params: Mapping[str, Any]) -> QueryPairs:
    """Wire query parameters: ``None`` omitted, sequences repeated, bools lower-case, dates ISO."""
    out: QueryPairs = []
    for key, value in params.items():
        values = value if isinstance(value, list | tuple | set | frozenset) else [value]
        for item in values:
            if item is None:
                continue
            out.append((key, _query_value(key, item)))
    return out


def _query_value(key: str, value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.datetime):
        return format_datetime(value)
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, str | int | float | dt.date):
        return str(value)
    raise TypeError(f"query parameter {key!r} cannot be {type(value).__name__}")


DOT_SEGMENT = re.compile(r"(?:\.|%2[eE]){1,2}")
"""A ``.`` or ``..`` path segment, also percent-encoded: a proxy would resolve it elsewhere."""
