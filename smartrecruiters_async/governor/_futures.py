"""Waking waiters of any event loop from any thread, shared by every governor backend.

A governor is loop-agnostic: one instance serves tasks of several loops (notebooks, several
``asyncio.run()`` calls, threads), so a grant or an idle signal must reach a future on its own
loop, and a future whose loop is gone must not swallow what it was given.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from typing import Any

__all__ = ["IdleWaiters", "resolve"]


def resolve(fut: asyncio.Future[Any], value: Any, *, on_dead: Callable[[], None] | None) -> None:
    """Set ``fut``'s result from any thread; ``on_dead`` runs if nobody can receive it."""
    loop = fut.get_loop()
    try:
        running: asyncio.AbstractEventLoop | None = asyncio.get_running_loop()
    except RuntimeError:
        running = None
    if loop is running:
        _set_if_pending(fut, value, on_dead)
        return
    try:
        loop.call_soon_threadsafe(_set_if_pending, fut, value, on_dead)
    except RuntimeError:  # the loop is closed: its waiter is gone
        if on_dead is not None:
            on_dead()


def _set_if_pending(
    fut: asyncio.Future[Any], value: Any, on_dead: Callable[[], None] | None
) -> None:
    if fut.done():
        if on_dead is not None:
            on_dead()
    else:
        fut.set_result(value)


class IdleWaiters:
    """The callers of ``Governor.wait_idle``: woken once ``is_idle()`` holds.

    ``lock`` is the governor's own lock, so checking idleness and queueing a waiter happen
    atomically with the governor's state changes; call ``notify`` after each release.
    """

    def __init__(self, lock: threading.RLock, is_idle: Callable[[], bool]) -> None:
        self._lock = lock
        self._is_idle = is_idle
        self._waiters: list[asyncio.Future[None]] = []

    async def wait(self) -> None:
        """Return once the governor is idle (at once if it already is)."""
        loop = asyncio.get_running_loop()
        while True:
            with self._lock:
                if self._is_idle():
                    return
                fut: asyncio.Future[None] = loop.create_future()
                self._waiters.append(fut)
            await fut

    def notify(self) -> None:
        """Wake every waiter if the governor is idle now; call with the governor's lock held."""
        if self._waiters and self._is_idle():
            waiters, self._waiters = self._waiters, []
            for fut in waiters:
                resolve(fut, None, on_dead=None)
