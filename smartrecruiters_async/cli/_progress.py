"""Progress and notes on stderr: a tqdm bar on a terminal, plain lines in logs.

tqdm draws the bar (terminal width, rate, time left) and prints notes above it without tearing
it; where stderr is not a terminal (CI, docker logs, systemd), a bar's carriage returns would
make one endless line, so progress is a line per tenth instead, with the rate, the 429s met
and the time left. The SDK's log records (retries as they happen, a 429 pausing the credential)
and its warnings (a list that changed while it was walked, a deprecated operation) are shown as
notes while a command runs.
"""

from __future__ import annotations

import contextlib
import logging
import time
import warnings
from collections.abc import Callable, Iterator
from typing import Never, TextIO

from tqdm import tqdm

__all__ = ["Progress", "sdk_notes"]

_SDK_LOGGER = "smartrecruiters_async"


class Progress:
    """Items done of a total (``None`` while unknown) for one labelled task, on ``stream``;
    ``clock`` (seconds) times the rate."""

    def __init__(
        self,
        stream: TextIO,
        label: str,
        *,
        unit: str = "items",
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._clock = clock
        self._stream = stream
        self._label = label
        self._unit = unit
        self._tty = stream.isatty()
        self._bar: tqdm[Never] | None = None
        self._last_tenth = -1
        self._started: tuple[float, int] | None = None  # when and at what count this run began
        self._rate_limited = -1

    def update(self, done: int, total: int | None, *, rate_limited: int = 0) -> None:
        """Show that ``done`` of ``total`` items are finished, ``rate_limited`` requests having
        been answered 429 so far. The first call's ``done`` (items a resumed export had) does
        not count in the rate."""
        now = self._clock()
        if self._started is None:
            self._started = (now, done)
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
            if rate_limited != self._rate_limited:
                self._rate_limited = rate_limited
                bar.set_postfix_str(f"{rate_limited} 429s", refresh=False)
            bar.update(done - bar.n)
            return
        if not total:
            return
        tenth = int(min(done / total, 1.0) * 10)
        if tenth != self._last_tenth:
            self._last_tenth = tenth
            print(
                f"{self._label}: {done}/{total} {self._unit} ({done / total:.0%})"
                + self._speed(now, done, total, rate_limited),
                file=self._stream,
                flush=True,
            )

    def _speed(self, now: float, done: int, total: int, rate_limited: int) -> str:
        assert self._started is not None
        since, first = self._started
        if now <= since or done <= first:
            return ""
        rate = (done - first) / (now - since)
        left = max(total - done, 0) / rate
        return f", {rate:.0f} {self._unit}/s, {rate_limited} 429s, {left:.0f} s left"

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
    """Within the block, the SDK's INFO and higher log records and every warning are shown as
    notes (a warning once per place, as Python shows them)."""
    logger = logging.getLogger(_SDK_LOGGER)
    handler = _Notes(progress)
    level = logger.level
    logger.addHandler(handler)
    if level == logging.NOTSET or level > logging.INFO:
        logger.setLevel(logging.INFO)

    def show(message: Warning | str, *args: object, **kwargs: object) -> None:
        progress.note(f"warning: {message}")

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("default")  # DeprecationWarning too: the user runs no code
            warnings.showwarning = show
            yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
