"""The response-size policy of the Analytics API as a debt that drains over time."""

from __future__ import annotations

__all__ = ["ByteDebt"]


class ByteDebt:
    """Bytes one endpoint has written and not yet "paid for" at ``rate`` bytes per second.

    Every byte written adds to the debt; the debt drains continuously at ``rate``. While it is
    above zero the endpoint refuses new requests, so over any long stretch an endpoint cannot
    serve more than ``rate`` bytes per second plus one response.
    """

    def __init__(self, rate: float) -> None:
        self.rate = rate
        self._debt = 0.0
        self._updated: float | None = None

    def _drain(self, now: float) -> None:
        if self._updated is not None and now > self._updated:
            self._debt = max(0.0, self._debt - (now - self._updated) * self.rate)
        if self._updated is None or now > self._updated:
            self._updated = now

    def debt(self, now: float) -> float:
        """Bytes still owed at ``now``."""
        self._drain(now)
        return self._debt

    def charge(self, now: float, nbytes: int) -> None:
        """Add ``nbytes`` just written."""
        self._drain(now)
        self._debt += nbytes

    def retry_after(self, now: float) -> float:
        """0.0 when a request may start now, else seconds until the debt is paid."""
        owed = self.debt(now)
        return owed / self.rate if owed > 0 else 0.0
