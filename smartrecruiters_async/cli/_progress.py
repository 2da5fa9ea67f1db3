"""Progress and notes on stderr: a tqdm bar on a terminal, plain lines in logs.

tqdm draws the bar (terminal width, rate, time left) and prints notes above it without tearing
it; where stderr is not a terminal (CI, docker logs, systemd), a bar's carriage returns would
make one endless line, so progress is a line per tenth instead. The SDK's log records (retries
as they happen, a 429 pausing the credential) are shown as notes while a command runs.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from typing import Never, TextIO

from tqdm import tqdm

__all__ = ["Progress", "sdk_notes"]

_SDK_LOGGER = "smartrecruiters_async"


class Progress:
    """Items done of a total (``None`` while unknown) for one labelled task, on ``stream``."""

    def __init__(self, stream: TextIO, label: str, *, unit: str = "items") -> None:
        self._stream = stream
        self._label = label
        self._unit = unit
        self._tty = stream.isatty()
        self._bar: tqdm[Never] | None = None
        self._last_tenth = -1

    def update(self, done: int, total: int | None) -> None:
        """Show that ``done`` of ``total`` items are finished."""
        if self._tty:
            bar = self._bar
            if bar is None:
                bar = self._bar = tqdm(
                    total=total,
                    desc=self._label,
                    unit=f" {self._unit}",
                    file=self._stream,
                    dynamic_ncols=True,
                )
            elif total is not None and bar.total != total:
                bar.total = total
            bar.update(done - bar.n)
            return
        if not total:
            return
        tenth = int(min(done / total, 1.0) * 10)
        if tenth != self._last_tenth:
            self._last_tenth = tenth
            print(
                f"{self._label}: {done}/{total} {self._unit} ({done / total:.0%})",
                file=self._stream,
                flush=True,
            )

    def note(self, text: str) -> None:
        """Print ``text`` as a line of its own, above the bar if one is drawn."""
        if self._bar is not None:
            self._bar.write(text, file=self._stream)
        else:
            print(text, file=self._stream, flush=True)

    def close(self) -> None:
        """End the bar (it stays on screen with its final count)."""
        if self._bar is not None:
            self._bar.close()
            self._bar = None


class _Notes(logging.Handler):
    def __init__(self, progress: Progress) -> None:
        super().__init__(logging.INFO)
        self._progress = progress

    def emit(self, record: logging.LogRecord) -> None:
        try:
            kind = "note" if record.levelno < logging.WARNING else record.levelname.lower()
            self._progress.note(f"{kind}: {record.getMessage()}")
        except Exception:  # a log line must never break the command
            self.handleError(record)


@contextlib.contextmanager
def sdk_notes(progress: Progress) -> Iterator[None]:
    """Within the block, the SDK's INFO and higher log records are shown as notes."""
    logger = logging.getLogger(_SDK_LOGGER)
    handler = _Notes(progress)
    level = logger.level
    logger.addHandler(handler)
    if level == logging.NOTSET or level > logging.INFO:
        logger.setLevel(logging.INFO)
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
