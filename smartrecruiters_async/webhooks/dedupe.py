"""Remembering event ids, so a re-delivered event reaches the handler once.

SmartRecruiters delivers at least once (a retry after a lost 202, a replay from the callbacks
log), so a receiver claims ``event-name:event-id`` before handling an event and gives the claim
back when the handler fails (the event may then be handled again, by a retry or a replay).
``MemoryDedupeStore`` serves one process; ``RedisDedupeStore`` (``redis`` extra) several
receivers behind one callback URL.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Protocol, runtime_checkable

__all__ = ["DedupeStore", "MemoryDedupeStore"]


@runtime_checkable
class DedupeStore(Protocol):
    """Where a receiver claims event keys for a time window."""

    async def claim(self, key: str, ttl: float) -> bool:
        """Claim ``key`` for ``ttl`` seconds; ``False`` if it is already claimed (a duplicate)."""
        ...

    async def release(self, key: str) -> None:
        """Forget ``key`` (its handler failed), so the event can be handled again."""
        ...


class MemoryDedupeStore:
    """Claims in a dict, in this process only; expired ones are dropped as new ones come.

    ``clock`` (Unix seconds) is injectable for tests; memory grows with the events of one
    window (about 100 bytes each).
    """

    def __init__(self, *, clock: Callable[[], float] = time.time) -> None:
        self._clock = clock
        self._until: dict[str, float] = {}

    async def claim(self, key: str, ttl: float) -> bool:
        """Claim ``key`` for ``ttl`` seconds; ``False`` if it is already claimed."""
        now = self._clock()
        if self._until.get(key, now) > now:
            return False
        if len(self._until) % 1024 == 0:
            self._until = {k: until for k, until in self._until.items() if until > now}
        self._until[key] = now + ttl
        return True

    async def release(self, key: str) -> None:
        """Forget ``key``."""
        self._until.pop(key, None)

    def __len__(self) -> int:
        now = self._clock()
        return sum(1 for until in self._until.values() if until > now)

    def __repr__(self) -> str:
        return f"MemoryDedupeStore({len(self)} keys)"
