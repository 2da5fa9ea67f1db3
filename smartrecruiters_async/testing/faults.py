"""Fault injection: what a test asks the fake server to get wrong, and for which requests."""

from __future__ import annotations

from typing import Literal

import attrs

__all__ = ["BAD_GATEWAY_HTML", "Fault", "FaultKind", "FaultQueue"]

FaultKind = Literal["status", "reset", "truncate", "malformed", "rate_limit", "redirect", "delay"]

BAD_GATEWAY_HTML = "<html><body><h1>502 Bad Gateway</h1></body></html>"
"""The body of an injected 502: a proxy's HTML page, not the API's JSON error shape."""


def _positive(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 1:
        raise ValueError(f"{attribute.name} must be at least 1, got {value!r}")


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
    """

    kind: FaultKind
    operation_id: str | None = None
    times: int = attrs.field(default=1, validator=_positive)
    status: int = 500
    body: str | None = None
    retry_after: int = 1
    location: str | None = None
    delay: float = 0.0

    @classmethod
    def server_error(
        cls,
        status: int = 500,
        *,
        body: str | None = None,
        operation_id: str | None = None,
        times: int = 1,
    ) -> Fault:
        """Answer ``status`` (5xx or any other) with ``body`` or the status's default body."""
        return cls(kind="status", status=status, body=body, operation_id=operation_id, times=times)

    @classmethod
    def connection_reset(cls, *, operation_id: str | None = None, times: int = 1) -> Fault:
        """Close the connection without sending a response."""
        return cls(kind="reset", operation_id=operation_id, times=times)

    @classmethod
    def truncated(cls, *, operation_id: str | None = None, times: int = 1) -> Fault:
        """Send the real status and ``Content-Length`` but only half the body, then close."""
        return cls(kind="truncate", operation_id=operation_id, times=times)

    @classmethod
    def malformed_json(cls, *, operation_id: str | None = None, times: int = 1) -> Fault:
        """Answer 200 with a JSON content type and a body that does not parse."""
        return cls(kind="malformed", operation_id=operation_id, times=times)

    @classmethod
    def rate_limited(
        cls, retry_after: int = 1, *, operation_id: str | None = None, times: int = 1
    ) -> Fault:
        """Answer 429 with ``Retry-After: retry_after`` whatever the throttle thinks."""
        return cls(
            kind="rate_limit", retry_after=retry_after, operation_id=operation_id, times=times
        )

    @classmethod
    def redirect_to(
        cls, origin: str, *, status: int = 302, operation_id: str | None = None, times: int = 1
    ) -> Fault:
        """Redirect to ``origin`` (an absolute URL) + the request's own path and query."""
        return cls(
            kind="redirect",
            status=status,
            location=origin.rstrip("/"),
            operation_id=operation_id,
            times=times,
        )

    @classmethod
    def slow(cls, seconds: float, *, operation_id: str | None = None, times: int = 1) -> Fault:
        """Serve normally after ``seconds`` of extra service time (the request stays in flight)."""
        return cls(kind="delay", delay=seconds, operation_id=operation_id, times=times)

    def matches(self, operation_id: str) -> bool:
        """True when this fault applies to a request of ``operation_id``."""
        return self.operation_id is None or self.operation_id == operation_id


@attrs.define
class _Pending:
    fault: Fault
    left: int


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
        self._pending.extend(_Pending(fault, fault.times) for fault in faults)

    def take(self, operation_id: str) -> Fault | None:
        """The fault for the request of ``operation_id`` arriving now, used up by this call."""
        for pending in self._pending:
            if pending.fault.matches(operation_id):
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
