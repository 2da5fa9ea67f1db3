"""SIGINT and SIGTERM stop a command cleanly: its ``finally`` blocks run, nothing is left behind.

Docker and systemd stop a process with SIGTERM, whose default action kills it on the spot, so a
temporary file it was writing would stay. Here both signals are turned into an exception: while
the event loop runs, the command's task is cancelled (``CancelledError`` unwinds it: pending
requests are cancelled, their permits returned, the output discarded) and ``Stopped`` is raised
once it has unwound; outside the loop (opening ``--out``, which waits for a FIFO's reader) the
handler raises ``Stopped`` itself. A second signal while the first is being handled ends the
process at once, the way the signal would have, for a clean-up that hangs.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import threading
from collections.abc import Callable, Coroutine, Iterator
from types import FrameType
from typing import Any, TypeVar

__all__ = ["SIGNALS", "Stopped", "run_until_stopped", "stopped_by_signals"]

T = TypeVar("T")

SIGNALS = (signal.SIGINT, signal.SIGTERM)

_Handler = Callable[[int, FrameType | None], Any] | int | None


class Stopped(BaseException):
    """SIGINT or SIGTERM arrived. A ``BaseException``, like ``KeyboardInterrupt``, so that
    ``except Exception`` does not swallow it; ``finally`` and ``except BaseException`` clean up."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum

    @property
    def name(self) -> str:
        """``"SIGINT"`` or ``"SIGTERM"``."""
        return signal.Signals(self.signum).name

    @property
    def exit_status(self) -> int:
        """128 + the signal's number: what a shell reports for a process that signal ended."""
        return 128 + self.signum


def _die_by(signum: int) -> None:
    """End the process as ``signum``'s default action would (the second signal)."""
    signal.signal(signum, signal.SIG_DFL)
    os.kill(os.getpid(), signum)


@contextlib.contextmanager
def stopped_by_signals() -> Iterator[None]:
    """Within the block, SIGINT and SIGTERM raise ``Stopped`` in the main thread.

    Does nothing outside the main thread (signals are delivered there only).
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous: dict[int, _Handler] = {s: signal.getsignal(s) for s in SIGNALS}
    raised: list[int] = []

    def handler(signum: int, frame: FrameType | None) -> None:
        if raised:
            _die_by(signum)
        raised.append(signum)
        raise Stopped(signum)

    for signum in SIGNALS:
        signal.signal(signum, handler)
    try:
        yield
    finally:
        for number, old in previous.items():
            signal.signal(number, old)


def run_until_stopped(main: Coroutine[Any, Any, T]) -> T:
    """Run ``main`` in a new event loop and return its result.

    SIGINT or SIGTERM cancel it; once it has unwound, ``Stopped`` is raised. The loop's own
    handling replaces ``asyncio.run``'s (which knows SIGINT only, and raises
    ``KeyboardInterrupt`` with a traceback).
    """
    return asyncio.run(_cancelled_by_signals(main))


async def _cancelled_by_signals(main: Coroutine[Any, Any, T]) -> T:
    loop = asyncio.get_running_loop()
    task = loop.create_task(main)
    received: list[int] = []

    def on_signal(signum: int) -> None:
        if received:
            _die_by(signum)
        received.append(signum)
        task.cancel()

    previous: dict[int, _Handler] = {}
    for signum in SIGNALS:
        try:
            previous[signum] = signal.getsignal(signum)
            loop.add_signal_handler(signum, on_signal, signum)
        except (ValueError, RuntimeError, NotImplementedError):  # not the main thread; Windows
            previous.pop(signum, None)
    try:
        return await task
    except asyncio.CancelledError:
        if received:
            raise Stopped(received[0]) from None
        raise
    finally:
        for number, old in previous.items():
            loop.remove_signal_handler(number)
            # remove_signal_handler resets to the default; give back what was there before.
            signal.signal(number, old)
