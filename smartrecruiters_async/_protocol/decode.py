"""Response decoding without I/O: status to exception, error bodies, rate-limit headers."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import attrs

from .. import _errors as errors

__all__ = [
    "ErrorBody",
    "RateLimitInfo",
    "decode_json",
    "error_for_status",
    "excerpt",
    "parse_error_body",
    "parse_retry_after",
]

EXCERPT_CHARS = 2000

_STATUS_ERRORS: dict[int, type[errors.APIStatusError]] = {
    400: errors.BadRequestError,
    401: errors.AuthenticationError,
    403: errors.PermissionDeniedError,
    404: errors.NotFoundError,
    409: errors.ConflictError,
    422: errors.UnprocessableEntityError,
    429: errors.RateLimitedError,
}


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


def excerpt(body: bytes) -> str:
    """At most ``EXCERPT_CHARS`` characters of a body, decoded leniently, for error messages."""
    return body[: EXCERPT_CHARS * 4].decode("utf-8", "replace")[:EXCERPT_CHARS]


def parse_error_body(body: bytes) -> ErrorBody:
    """Parse any of the error shapes; a non-JSON body gives an empty ``ErrorBody``."""
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return ErrorBody()
    if not isinstance(data, Mapping):
        return ErrorBody()
    raw_errors = data.get("errors")
    errs = (
        tuple(e for e in raw_errors if isinstance(e, Mapping))
        if isinstance(raw_errors, list)
        else ()
    )
    message = data.get("message") or data.get("error_description")
    code = data.get("code") or data.get("error")
    return ErrorBody(
        message=str(message) if message is not None else None,
        code=str(code) if code is not None else None,
        errors=errs,
        id=str(data["id"]) if data.get("id") is not None else None,
        help_url=str(data["helpUrl"]) if data.get("helpUrl") else None,
    )


def error_for_status(
    *, status: int, method: str, url: str, body: bytes, headers: Mapping[str, str]
) -> errors.APIStatusError:
    """The typed exception for an error status (>= 400)."""
    parsed = parse_error_body(body)
    cls = _STATUS_ERRORS.get(status)
    if cls is None:
        cls = errors.ServerError if status >= 500 else errors.APIStatusError
    elif status == 403 and _MISSING_SCOPE in _codes(parsed):
        cls = errors.MissingScopeError
    return cls(
        status=status,
        method=method,
        url=url,
        body=parsed,
        raw_body=excerpt(body),
        rate_limit=RateLimitInfo.from_headers(headers),
        headers=dict(headers),
    )


_MISSING_SCOPE = "OAuthPermissionsException"
"""The error SmartRecruiters names when an OAuth token lacks a scope."""


def _codes(body: ErrorBody) -> set[str]:
    codes = {str(e.get("code")) for e in body.errors}
    return codes | {body.code or "", body.message or ""}


def decode_json(*, body: bytes, status: int, method: str, url: str) -> Any:
    """Decode a successful JSON body; an empty body is ``None``.

    Raises ``ResponseDecodeError`` for truncated or non-JSON bodies, with an excerpt.
    """
    if not body.strip():
        return None
    try:
        return json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise errors.ResponseDecodeError(
            f"response is not valid JSON ({exc})",
            method=method,
            url=url,
            status=status,
            raw_body=excerpt(body),
        ) from None
