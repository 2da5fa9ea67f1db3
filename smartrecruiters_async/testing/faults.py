"""Fault injection: what a test asks the fake server to get wrong, and for which requests."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal, get_args

import attrs

__all__ = [
    "BAD_GATEWAY_HTML",
    "PLEASE_WAIT_HTML",
    "Fault",
    "FaultKind",
    "FaultQueue",
    "PageShape",
]

FaultKind = Literal[
    "status",
    "reset",
    "truncate",
    "malformed",
    "rate_limit",
    "redirect",
    "delay",
    "page",
    "cut_json",
    "list_change",
    "echo_credentials",
]

PageShape = Literal[
    "no_content",
    "null_content",
    "no_total",
    "null_total",
    "text_total",
    "bare_array",
    "repeat_cursor",
    "cursor_ignored",
]
"""How ``Fault.malformed_page`` bends a list page (see there)."""

BAD_GATEWAY_HTML = "<html><body><h1>502 Bad Gateway</h1></body></html>"
"""The body of an injected 502: a proxy's HTML page, not the API's JSON error shape."""

PLEASE_WAIT_HTML = (
    "<html><head><title>Please wait</title></head>"
    "<body><p>Please wait while we check your browser...</p></body></html>"
)
"""The body of ``Fault.please_wait()``: a gateway's interstitial page, sent with status 200."""

LIST_CHANGE_OPERATION = "v1.listPostings"
"""The list ``Fault.list_changed`` changes: the Posting API's offset-paged postings."""


def _positive(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 1:
        raise ValueError(f"{attribute.name} must be at least 1, got {value!r}")


def _query_pairs(
    query: Mapping[str, str] | tuple[tuple[str, str], ...] | None,
) -> tuple[tuple[str, str], ...] | None:
    # Pairs, not a dict, so a Fault stays hashable like the frozen value it is.
    if query is None:
        return None
    items = query.items() if isinstance(query, Mapping) else query
    return tuple(sorted((str(k), str(v)) for k, v in items))


@attrs.frozen(kw_only=True)
class Fault:
    """One kind of misbehaviour, applied to the next ``times`` requests it matches.

    A fault matches every request when ``operation_id`` is ``None``, else only requests of that
    operation (the route table's operationId, e.g. ``"v1.listPostings"``). Faults hit requests
    the throttle admitted, before authentication, since they model the network and the gateway
    as much as the service. Build them with the class methods:

    - ``Fault.server_error(503)``: that status with a JSON error body (502: an HTML page)
    - ``Fault.connection_reset()``: close the connection without a response
    - ``Fault.truncated()``: a valid status and ``Content-Length``, half the body, then close
    - ``Fault.malformed_json()``: 200 whose body is not JSON
    - ``Fault.rate_limited(retry_after=2)``: a forced 429 with ``Retry-After``
    - ``Fault.redirect_to("http://127.0.0.1:8081")``: 302 to that origin, same path and query
    - ``Fault.slow(1.5)``: the normal response after 1.5 s more service time
    - ``Fault.please_wait()``: 200 with an HTML "Please wait" page instead of the JSON
    - ``Fault.truncated_json()``: 200 with the real JSON cut in half, framed as complete
    - ``Fault.malformed_page("no_content")``: the real page bent out of shape (``PageShape``)
    - ``Fault.list_changed(inserts=37, at=0)``: the postings list changes before the reply
    - ``Fault.echo_credentials()``: 401 whose body and headers repeat the credential sent

    ``after`` lets that many matching requests through untouched before the fault starts;
    ``query`` restricts it to requests whose query string has those values (e.g.
    ``{"offset": "200"}``), so a test can aim at one page of a list.
    """

    kind: FaultKind
    operation_id: str | None = None
    times: int = attrs.field(default=1, validator=_positive)
    status: int = 500
    body: str | None = None
    retry_after: int = 1
    location: str | None = None
    delay: float = 0.0
    shape: PageShape | None = None
    inserts: int = 0
    deletes: int = 0
    at: int | None = None
    after: int = attrs.field(default=0, validator=attrs.validators.ge(0))
    query: tuple[tuple[str, str], ...] | None = attrs.field(default=None, converter=_query_pairs)

    @classmethod
    def server_error(
        cls,
        status: int = 500,
        *,
        body: str | None = None,
        operation_id: str | None = None,
        times: int = 1,
        after: int = 0,
    ) -> Fault:
        """Answer ``status`` (5xx or any other) with ``body`` or the status's default body."""
        return cls(
            kind="status",
            status=status,
            body=body,
            operation_id=operation_id,
            times=times,
            after=after,
        )

    @classmethod
    def connection_reset(
        cls, *, operation_id: str | None = None, times: int = 1, after: int = 0
    ) -> Fault:
        """Close the connection without sending a response."""
        return cls(kind="reset", operation_id=operation_id, times=times, after=after)

    @classmethod
    def truncated(cls, *, operation_id: str | None = None, times: int = 1, after: int = 0) -> Fault:
        """Send the real status and ``Content-Length`` but only half the body, then close."""
        return cls(kind="truncate", operation_id=operation_id, times=times, after=after)

    @classmethod
    def malformed_json(
        cls, *, operation_id: str | None = None, times: int = 1, after: int = 0
    ) -> Fault:
        """Answer 200 with a JSON content type and a body that does not parse."""
        return cls(kind="malformed", operation_id=operation_id, times=times, after=after)

    @classmethod
    def rate_limited(
        cls,
        retry_after: int = 1,
        *,
        operation_id: str | None = None,
        times: int = 1,
        after: int = 0,
    ) -> Fault:
        """Answer 429 with ``Retry-After: retry_after`` whatever the throttle thinks."""
        return cls(
            kind="rate_limit",
            retry_after=retry_after,
            operation_id=operation_id,
            times=times,
            after=after,
        )

    @classmethod
    def redirect_to(
        cls,
        origin: str,
        *,
        status: int = 302,
        operation_id: str | None = None,
        times: int = 1,
        after: int = 0,
    ) -> Fault:
        """Redirect to ``origin`` (an absolute URL) + the request's own path and query."""
        return cls(
            kind="redirect",
            status=status,
            location=origin.rstrip("/"),
            operation_id=operation_id,
            times=times,
            after=after,
        )

    @classmethod
    def slow(
        cls, seconds: float, *, operation_id: str | None = None, times: int = 1, after: int = 0
    ) -> Fault:
        """Serve normally after ``seconds`` of extra service time (the request stays in flight)."""
        return cls(kind="delay", delay=seconds, operation_id=operation_id, times=times, after=after)

    @classmethod
    def please_wait(
        cls, *, operation_id: str | None = None, times: int = 1, after: int = 0
    ) -> Fault:
        """Answer 200 with ``PLEASE_WAIT_HTML`` (``text/html``), as a gateway's interstitial
        page does: a success status whose body is not the API's JSON."""
        return cls(
            kind="status",
            status=200,
            body=PLEASE_WAIT_HTML,
            operation_id=operation_id,
            times=times,
            after=after,
        )

    @classmethod
    def truncated_json(
        cls, *, operation_id: str | None = None, times: int = 1, after: int = 0
    ) -> Fault:
        """Answer the real status with the first half of the real body, ``Content-Length``
        matching the half: the HTTP exchange completes cleanly, the JSON does not parse."""
        return cls(kind="cut_json", operation_id=operation_id, times=times, after=after)

    @classmethod
    def malformed_page(
        cls,
        shape: PageShape,
        *,
        operation_id: str | None = None,
        times: int = 1,
        after: int = 0,
        query: Mapping[str, str] | None = None,
    ) -> Fault:
        """Serve the real page of a list bent into ``shape``:

        - ``"no_content"`` / ``"null_content"``: ``content`` left out / ``null``
        - ``"no_total"`` / ``"null_total"`` / ``"text_total"``: ``totalFound`` left out /
          ``null`` / ``"lots"``
        - ``"bare_array"``: only the ``content`` list, as a bare JSON array
        - ``"repeat_cursor"``: ``nextPageId`` (``nextPage``, and the ``Link`` header) is the
          cursor the request sent, so the page points at itself (a first page is unchanged)
        - ``"cursor_ignored"``: the items of the first page (as if the request's ``offset`` or
          cursor were ignored) with the paging fields of the page asked for
        """
        if shape not in get_args(PageShape):
            raise ValueError(f"shape must be one of {get_args(PageShape)}, got {shape!r}")
        return cls(
            kind="page",
            shape=shape,
            operation_id=operation_id,
            times=times,
            after=after,
            query=query,
        )

    @classmethod
    def list_changed(
        cls,
        *,
        inserts: int = 0,
        deletes: int = 0,
        at: int | None = None,
        times: int = 1,
        after: int = 0,
    ) -> Fault:
        """Change the postings list (``v1.listPostings``) just before the request is served.

        Removes ``deletes`` postings and adds ``inserts`` new ones (ids never served before),
        at index ``at`` of the newest-first list (0: the front), or each at a seeded random
        index when ``at`` is ``None``. Every hit changes the list again, so ``times=50`` with
        ``inserts=3, deletes=3`` is churn while a client pages. ``ServerData.posting_changes``
        records what changed.
        """
        if inserts < 0 or deletes < 0 or inserts + deletes == 0:
            raise ValueError("list_changed needs inserts or deletes (non-negative counts)")
        if at is not None and at < 0:
            raise ValueError(f"at must be a non-negative index or None, got {at!r}")
        return cls(
            kind="list_change",
            operation_id=LIST_CHANGE_OPERATION,
            inserts=inserts,
            deletes=deletes,
            at=at,
            times=times,
            after=after,
        )

    @classmethod
    def echo_credentials(
        cls, status: int = 401, *, operation_id: str | None = None, times: int = 1, after: int = 0
    ) -> Fault:
        """Answer ``status`` with an error body and a ``WWW-Authenticate`` header that repeat
        the ``X-SmartToken`` and bearer token the request sent (plain, JSON-escaped and
        percent-encoded), as some proxies do."""
        return cls(
            kind="echo_credentials",
            status=status,
            operation_id=operation_id,
            times=times,
            after=after,
        )

    def matches(self, operation_id: str, query: Mapping[str, str] | None = None) -> bool:
        """True when this fault applies to a request of ``operation_id`` with ``query``."""
        if self.operation_id is not None and self.operation_id != operation_id:
            return False
        if self.query is None:
            return True
        sent = query or {}
        return all(sent.get(key) == value for key, value in self.query)


@attrs.define
class _Pending:
    fault: Fault
    left: int
    skip: int


class FaultQueue:
    """Faults waiting for requests, in the order they were added.

    Each request takes the first pending fault that matches it, which then has one use fewer.
    """

    def __init__(self) -> None:
        self._pending: list[_Pending] = []
        self.applied: list[tuple[str, Fault]] = []
        """``(operation_id, fault)`` for every request a fault hit, in order."""

    def add(self, *faults: Fault) -> None:
        """Queue ``faults``; each hits the next ``fault.times`` requests it matches."""
        self._pending.extend(_Pending(fault, fault.times, fault.after) for fault in faults)

    def take(self, operation_id: str, query: Mapping[str, str] | None = None) -> Fault | None:
        """The fault for the request of ``operation_id`` (with ``query``) arriving now, used up
        by this call. A fault still letting requests through (``after``) counts this one."""
        for pending in self._pending:
            if pending.fault.matches(operation_id, query):
                if pending.skip:
                    pending.skip -= 1
                    continue
                pending.left -= 1
                if pending.left == 0:
                    self._pending.remove(pending)
                self.applied.append((operation_id, pending.fault))
                return pending.fault
        return None

    @property
    def pending(self) -> list[Fault]:
        """Faults with uses left (each once, whatever its remaining count)."""
        return [p.fault for p in self._pending]

    def remaining(self) -> int:
        """Requests still to be hit, over all pending faults."""
        return sum(p.left for p in self._pending)

    def clear(self) -> None:
        """Drop every pending fault and the log of applied ones."""
        self._pending.clear()
        self.applied.clear()
