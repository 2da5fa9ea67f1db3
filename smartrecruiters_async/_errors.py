"""The exception hierarchy (DESIGN 8). Every exception text is free of credentials."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._protocol.response_info import ErrorBody, RateLimitInfo

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "GovernorTimeoutError",
    "MissingScopeError",
    "GovernorUnavailableError",
    "NotFoundError",
    "PagingError",
    "PermissionDeniedError",
    "RateLimitedError",
    "ReportGenerationError",
    "ReportTimeoutError",
    "ResponseDecodeError",
    "ServerError",
    "SmartRecruitersError",
    "StreamInterruptedError",
    "UnprocessableEntityError",
]


class SmartRecruitersError(Exception):
    """Base class of every error this SDK raises on purpose.

    ``page`` is set on every error a paginator raises: the paging parameters that fetch the
    items it was getting (``{"offset": 200, "limit": 100}``, ``{"pageId": "...", "limit": 100}``;
    ``{}`` for the first page of a cursor list), which the message names too. Every item
    before them was yielded, so passing them to the list method again resumes the walk.
    """

    page: dict[str, Any] | None = None


class APIConnectionError(SmartRecruitersError):
    """The request could not be completed: connection refused or reset, DNS, TLS, cut body."""

    def __init__(self, message: str, *, method: str, url: str, request_sent: bool = True) -> None:
        super().__init__(f"{message} ({method} {url})")
        self.method = method
        self.url = url
        #: False when the connection never opened, so the server cannot have acted on it.
        self.request_sent = request_sent


class APITimeoutError(APIConnectionError):
    """No complete response within the configured timeout."""


class StreamInterruptedError(APIConnectionError):
    """A streamed body (report CSV, Analytics data) was cut and could not be read again whole.

    Raised instead of ever returning a truncated row set or file: after the retries allowed, or
    at once when rows were already delivered from data that may have changed since (the most
    recent report file, Analytics). ``rows_delivered`` says how many rows the caller received.
    """

    def __init__(self, message: str, *, method: str, url: str, rows_delivered: int = 0) -> None:
        super().__init__(message, method=method, url=url)
        self.rows_delivered = rows_delivered


class APIStatusError(SmartRecruitersError):
    """The server answered with a status of 400 or above.

    ``body`` is the parsed error body (``message``, ``errors[{code, message}]``, and the apply
    and partner shapes); ``raw_body`` an excerpt of at most 2,000 characters of what was sent.
    """

    status: int

    def __init__(
        self,
        *,
        status: int,
        method: str,
        url: str,
        body: ErrorBody,
        raw_body: str,
        rate_limit: RateLimitInfo | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        self.status = status
        self.method = method
        self.url = url
        self.body = body
        self.raw_body = raw_body
        self.rate_limit = rate_limit
        self.headers = headers or {}
        detail = body.summary() or raw_body[:200] or "no body"
        super().__init__(f"{status} from {method} {url}: {detail}")

    @property
    def message(self) -> str | None:
        """The server's ``message``, if it sent one."""
        return self.body.message

    @property
    def errors(self) -> list[Mapping[str, Any]]:
        """The server's ``errors`` list (``[{code, message}]``), possibly empty."""
        return list(self.body.errors)


class BadRequestError(APIStatusError):
    """400: the request was malformed or failed validation."""


class AuthenticationError(APIStatusError):
    """401: no valid credential was sent."""


class PermissionDeniedError(APIStatusError):
    """403: the credential lacks the right (scope, system role, access group)."""


class MissingScopeError(PermissionDeniedError):
    """403 ``OAuthPermissionsException``: the OAuth token lacks a scope the operation needs."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.args = (
            f"{self.args[0]} - the OAuth token lacks a scope this operation needs: add it to the "
            "credential's or app's scopes (scopes=...) and fetch a new token (re-authorize for "
            "the authorization code flow)",
        )


class NotFoundError(APIStatusError):
    """404: no such resource."""


class ConflictError(APIStatusError):
    """409: the change conflicts with the resource's state."""


class UnprocessableEntityError(APIStatusError):
    """422: the body is well-formed but not acceptable."""


class RateLimitedError(APIStatusError):
    """429 after the retries allowed for it; ``retry_after`` is in seconds (``None`` if absent)."""

    @property
    def retry_after(self) -> float | None:
        """Seconds the server asked to wait, from ``Retry-After``."""
        return None if self.rate_limit is None else self.rate_limit.retry_after


class ServerError(APIStatusError):
    """5xx: the server failed (retried on idempotent routes before this is raised)."""


class ResponseDecodeError(SmartRecruitersError):
    """A successful status whose body is not what the operation returns.

    Raised for a body that is not JSON (truncated, an HTML page) or whose root is not the
    documented shape (not an object, a required field missing); ``path`` then names the place
    (``$.content[3]``). A field below the root of an unexpected type does not raise: it keeps its
    raw JSON, with a ``SchemaDriftWarning``.
    """

    def __init__(
        self,
        message: str,
        *,
        method: str,
        url: str,
        status: int,
        raw_body: str,
        path: str | None = None,
    ) -> None:
        super().__init__(f"{message} ({status} from {method} {url}): {raw_body[:200]!r}")
        self.method = method
        self.url = url
        self.status = status
        self.raw_body = raw_body
        #: Where in the body the shape broke (``$`` is the root), when that is known.
        self.path = path


class GovernorTimeoutError(SmartRecruitersError):
    """The governor could not grant a request its permits within the allowed wait."""


class ReportGenerationError(SmartRecruitersError):
    """A report file finished with status ``FAILED``; ``report_file`` is its last state."""

    def __init__(self, message: str, *, report_file: Any) -> None:
        super().__init__(message)
        self.report_file = report_file


class ReportTimeoutError(SmartRecruitersError, TimeoutError):
    """A report file was still being generated when the allowed wait ran out.

    ``report_file`` is its last state; generation goes on at the server, so polling it later
    (``client.reports.get_file``) may still find it ``COMPLETED``.
    """

    def __init__(self, message: str, *, report_file: Any) -> None:
        super().__init__(message)
        self.report_file = report_file


class GovernorUnavailableError(SmartRecruitersError):
    """The shared governor's store (Redis) cannot be reached and the governor is set to raise.

    ``RedisGovernor(on_unavailable="raise")`` raises it from ``acquire``, before any request is
    sent; the other settings wait for Redis or fall back to a local governor instead.
    """


class PagingError(ResponseDecodeError):
    """The pages of a list contradict each other, so walking on would loop or mislead.

    A cursor the walk already followed came back, a page repeated only items already yielded
    (the server ignored the cursor), or a page held too few items for the ``totalFound`` it
    sent. Raised after every item before it was yielded exactly once; ``page`` names where.
    """


def name_page(error: SmartRecruitersError, operation_id: str, page: Mapping[str, Any]) -> None:
    """Record on ``error``, and in its message, which page of which list was being fetched.

    An error named once (a retry of the same page, a nested paginator) keeps its first name.
    """
    if error.page is not None:
        return
    where = ", ".join(f"{key}={value}" for key, value in page.items())
    if set(page) <= {"limit"}:  # a cursor list's first page: no cursor yet
        text = f"while fetching the first page of {operation_id}" + (f" ({where})" if where else "")
    else:
        text = f"while fetching {operation_id} at {where}"
    error.page = dict(page)
    if error.args and isinstance(error.args[0], str):
        error.args = (f"{error.args[0]} [{text}]", *error.args[1:])
    else:
        error.args = (*error.args, f"[{text}]")
