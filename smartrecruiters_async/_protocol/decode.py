"""Response decoding without I/O: status to exception, error bodies, rate-limit headers."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from .. import _errors as errors
from .response_info import ErrorBody, RateLimitInfo, parse_retry_after

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
    *,
    status: int,
    method: str,
    url: str,
    body: bytes,
    headers: Mapping[str, str],
    forbidden_hint: str | None = None,
) -> errors.APIStatusError:
    """The typed exception for an error status (>= 400); a 403 that is not a missing scope
    adds ``forbidden_hint`` (the route's) to the message."""
    parsed = parse_error_body(body)
    cls = _STATUS_ERRORS.get(status)
    if cls is None:
        cls = errors.ServerError if status >= 500 else errors.APIStatusError
    elif status == 403 and _MISSING_SCOPE in _codes(parsed):
        cls = errors.MissingScopeError
    error = cls(
        status=status,
        method=method,
        url=url,
        body=parsed,
        raw_body=excerpt(body),
        rate_limit=RateLimitInfo.from_headers(headers),
        headers=dict(headers),
    )
    if forbidden_hint and cls is errors.PermissionDeniedError:
        error.args = (f"{error.args[0]} - {forbidden_hint}",)
    return error


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
