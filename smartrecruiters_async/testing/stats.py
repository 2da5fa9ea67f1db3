"""What the fake server saw: every arrival, every rejection, concurrency and bytes written."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable

import attrs

from .rate_windows import WINDOW

__all__ = ["Arrival", "ServerStats"]

FORCED = "fault"
"""Rejection reason of a 429 injected with ``Fault.rate_limited``: not a policy violation."""


@attrs.define(kw_only=True, eq=False)
class Arrival:
    """One request as the server counted it.

    ``time`` is the monotonic arrival time (after the simulated network delay). ``accepted``
    says whether the throttle admitted it; ``status`` is the status sent, ``None`` while the
    request is being served or when the connection was reset without a response. ``fault`` is
    the kind of the injected fault that hit it, if any.
    """

    time: float
    operation_id: str
    method: str
    path: str
    rate_classes: tuple[str, ...] = ()
    accepted: bool = True
    status: int | None = None
    reason: str | None = None
    fault: str | None = None


def _max_in_window(events: Iterable[tuple[float, int]]) -> int:
    """The largest total weight of ``(time, weight)`` events in any half-open 1 s window."""
    ordered = sorted(events)
    best = total = start = 0
    for t_end, weight in ordered:
        total += weight
        while t_end - ordered[start][0] >= WINDOW:
            total -= ordered[start][1]
            start += 1
        best = max(best, total)
    return best


class ServerStats:
    """Counters of a ``FakeSmartRecruiters`` run, for asserting on what a client did.

    ``arrivals`` is the log of every request; ``rejections`` counts 429 responses by reason
    (``"rate:<class>"``, ``"concurrency:<class>"``, ``"bytes:<class>"`` and ``"fault"`` for
    injected ones); ``max_in_flight`` is the peak of requests in flight per concurrency class;
    ``bytes_written`` is response-body bytes on the wire per operation id.
    """

    def __init__(self) -> None:
        self.arrivals: list[Arrival] = []
        self.rejections: Counter[str] = Counter()
        self.max_in_flight: dict[str, int] = {}
        self.bytes_written: Counter[str] = Counter()
        self._writes: list[tuple[float, str, int]] = []

    def reset(self) -> None:
        """Forget everything recorded so far."""
        self.arrivals.clear()
        self.rejections.clear()
        self.max_in_flight.clear()
        self.bytes_written.clear()
        self._writes.clear()

    # -- recording (called by the server) -------------------------------------------------

    def record_arrival(self, arrival: Arrival) -> Arrival:
        """Log ``arrival`` and return it, so the server can fill in its status later."""
        self.arrivals.append(arrival)
        return arrival

    def record_rejection(self, reason: str) -> None:
        """Count one 429 sent for ``reason``."""
        self.rejections[reason] += 1

    def record_in_flight(self, in_flight: dict[str, int]) -> None:
        """Raise the peaks to the current ``in_flight`` per concurrency class."""
        for name, count in in_flight.items():
            if count > self.max_in_flight.get(name, 0):
                self.max_in_flight[name] = count

    def record_bytes(self, time: float, operation_id: str, nbytes: int) -> None:
        """Log ``nbytes`` of response body written for ``operation_id`` at ``time``."""
        self.bytes_written[operation_id] += nbytes
        self._writes.append((time, operation_id, nbytes))

    # -- reading (called by tests) ----------------------------------------------------------

    @property
    def throttled(self) -> int:
        """429s sent because a policy was violated (injected 429s excluded)."""
        return sum(n for reason, n in self.rejections.items() if reason != FORCED)

    @property
    def total_429(self) -> int:
        """Every 429 sent, injected ones included."""
        return sum(self.rejections.values())

    def statuses(self, operation_id: str | None = None) -> Counter[int | None]:
        """How many responses had each status (``None``: reset or unfinished)."""
        return Counter(
            a.status
            for a in self.arrivals
            if operation_id is None or a.operation_id == operation_id
        )

    def count(self, operation_id: str | None = None, *, accepted_only: bool = False) -> int:
        """Arrivals of ``operation_id`` (of every operation when ``None``)."""
        return sum(
            1
            for a in self.arrivals
            if (operation_id is None or a.operation_id == operation_id)
            and (a.accepted or not accepted_only)
        )

    def max_window(self, rate_class: str = "default", *, accepted_only: bool = True) -> int:
        """Most arrivals of ``rate_class`` in any sliding 1 s window.

        ``accepted_only=True`` counts what the server admitted (a client that never exceeds the
        policy keeps this at or below the limit); ``False`` counts every arrival, as the strict
        sliding algorithm does.
        """
        return _max_in_window(
            (a.time, 1)
            for a in self.arrivals
            if rate_class in a.rate_classes and (a.accepted or not accepted_only)
        )

    def peak_byte_rate(self, operation_id: str) -> int:
        """Most bytes written for ``operation_id`` within any sliding 1 s window."""
        return _max_in_window((t, n) for t, op, n in self._writes if op == operation_id)

    def byte_rate(self, operation_id: str) -> float:
        """Bytes written for ``operation_id`` per second, from its first arrival to its last write.

        0.0 when nothing was written; ``inf`` when everything was written at the arrival instant.
        """
        total = self.bytes_written[operation_id]
        if not total:
            return 0.0
        first = min(a.time for a in self.arrivals if a.operation_id == operation_id)
        last = max(t for t, op, _ in self._writes if op == operation_id)
        span = last - first
        return total / span if span > 0 else float("inf")

    def achieved_rate(self, operation_ids: Collection[str] | None = None) -> float:
        """Accepted requests per second: ``(n - 1) / (t_last - t_first)``; 0.0 below 2 requests.

        ``operation_ids`` restricts the count to those operations.
        """
        if isinstance(operation_ids, str):
            operation_ids = {operation_ids}
        times = sorted(
            a.time
            for a in self.arrivals
            if a.accepted and (operation_ids is None or a.operation_id in operation_ids)
        )
        if len(times) < 2 or times[-1] <= times[0]:
            return 0.0
        return (len(times) - 1) / (times[-1] - times[0])
