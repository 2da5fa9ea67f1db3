"""What a response says besides its body: the error body's shapes and the rate-limit headers.

Plain data, importing nothing of the package, so the exceptions can carry it without a cycle.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

__all__ = ["ErrorBody", "RateLimitInfo", "parse_retry_after"]


@attrs.frozen(kw_only=True)
class ErrorBody:
    """An error body in any of the API's shapes.

    Customer API ``{message, errors[{code, message}]}``; Application API ``{id, code, message}``;
    partner API ``{id, httpCode, code, message, helpUrl}``; OAuth ``{error, error_description}``.
    """

    message: str | None = None
    code: str | None = None
    errors: tuple[Mapping[str, Any], ...] = ()
    id: str | None = None
    help_url: str | None = None

    def summary(self) -> str:
        """One line: the message and the codes of the individual errors."""
        parts = [p for p in (self.code, self.message) if p]
        parts += [
            f"{e.get('code', '?')}: {e.get('message', '')}".strip()
            for e in self.errors
            if isinstance(e, Mapping)
        ]
        return "; ".join(parts)


@attrs.frozen(kw_only=True)
class RateLimitInfo:
    """The ``X-RateLimit-*`` and ``Retry-After`` headers of one response (``None`` when absent)."""

    limit: int | None = None
    remaining: int | None = None
    concurrent_limit: int | None = None
    concurrent_remaining: int | None = None
    retry_after: float | None = None

    @classmethod
    def from_headers(cls, headers: Mapping[str, str]) -> RateLimitInfo:
        """Read the headers; malformed values count as absent rather than failing the call."""
        lower = {k.lower(): v for k, v in headers.items()}
        return cls(
            limit=_int(lower.get("x-ratelimit-limit")),
            remaining=_int(lower.get("x-ratelimit-remaining")),
            concurrent_limit=_int(lower.get("x-ratelimit-concurrent-limit")),
            concurrent_remaining=_int(lower.get("x-ratelimit-concurrent-remaining")),
            retry_after=parse_retry_after(lower.get("retry-after")),
        )


def _int(value: str | None) -> int | None:
    try:
        return None if value is None else int(value.strip())
    except ValueError:
        return None


def parse_retry_after(value: str | None) -> float | None:
    """Seconds from a ``Retry-After`` header: delta-seconds, or an HTTP date turned into a delta.

    Negative and unparsable values give ``None`` (the caller then backs off on its own).
    """
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        import datetime as dt
        from email.utils import parsedate_to_datetime

        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        seconds = (when - dt.datetime.now(dt.UTC)).total_seconds()
        return max(seconds, 0.0)
    return seconds if seconds >= 0 else None
