"""Progress on stderr: a one-line bar on a terminal, a line per tenth elsewhere (logs, CI)."""

from __future__ import annotations

import time
from typing import TextIO

__all__ = ["Progress"]


class Progress:
    """A one-line progress bar on a terminal; a line per tenth elsewhere (logs, CI)."""

    def __init__(self, stream: TextIO, label: str) -> None:
        self._stream = stream
        self._label = label
        self._tty = stream.isatty()
        self._last_tenth = -1
        self._started = time.monotonic()

    def update(self, done: int, total: int | None) -> None:
        """Show ``done`` of ``total`` items (total unknown: a count only)."""
        elapsed = max(time.monotonic() - self._started, 1e-9)
        if not total:
            text = f"{self._label}: {done} items, {done / elapsed:,.0f}/s"
        else:
            share = min(done / total, 1.0)
            bar = "#" * int(share * 30)
            text = f"{self._label} [{bar:<30}] {done}/{total} {done / elapsed:,.0f} items/s"
            tenth = int(share * 10)
            if not self._tty and tenth != self._last_tenth:
                self._last_tenth = tenth
                print(text, file=self._stream)
        if self._tty:
            print("\r" + text, end="", file=self._stream, flush=True)

    def note(self, text: str) -> None:
        """Print ``text`` as a line of its own."""
        if self._tty:
            print(file=self._stream)
        print(text, file=self._stream, flush=True)

    def close(self) -> None:
        """End the bar's line."""
        if self._tty:
            print(file=self._stream)
