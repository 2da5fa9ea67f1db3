"""The Redis side of ``RedisGovernor``: one client per event loop, the Lua script, outages.

``redis.asyncio`` connections belong to the loop that opened them, so each running loop gets its
own client (a governor outlives ``asyncio.run()`` calls and notebook cells). Every change to the
shared state is one call of ``redis_gcra.lua``. A release publishes on ``<namespace>:freed``; one
background task per loop listens, so a waiter whose slots are held elsewhere wakes when one is
freed instead of polling.
"""

from __future__ import annotations

import asyncio
import json
import logging
import threading
import weakref
from collections.abc import Callable
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

import redis.asyncio as aioredis
import redis.exceptions

__all__ = ["UNAVAILABLE", "RedisStore", "redacted"]

logger = logging.getLogger("smartrecruiters_async.governor")

UNAVAILABLE: tuple[type[BaseException], ...] = (
    redis.exceptions.ConnectionError,
    redis.exceptions.TimeoutError,
    OSError,
)
"""What "Redis cannot be reached" looks like: refused, reset, timed out, loading, DNS."""

_LISTEN_TIMEOUT = 1.0
_LISTEN_BACKOFF = (0.05, 2.0)
_SCRIPT = resources.files(__package__).joinpath("redis_gcra.lua").read_text(encoding="utf-8")


def redacted(url: str) -> str:
    """``url`` without its password or user name, for logs, reprs and errors."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{host}{port}{parts.path}"


class RedisStore:
    """Runs the governor script against the Redis at ``url``; shared by every credential view."""

    def __init__(self, url: str, options: dict[str, Any], namespace: str) -> None:
        self.url = url
        self.where = redacted(url)
        self._options = options
        self._pattern = f"{namespace}:*:freed"
        self._on_freed: dict[str, Callable[[], None]] = {}
        self._lock = threading.Lock()
        self._clients: weakref.WeakKeyDictionary[
            asyncio.AbstractEventLoop, tuple[aioredis.Redis, Any, asyncio.Task[None]]
        ] = weakref.WeakKeyDictionary()
        self._listening: weakref.WeakSet[asyncio.AbstractEventLoop] = weakref.WeakSet()
        self._outage = False

    def _script(self) -> Any:
        loop = asyncio.get_running_loop()
        with self._lock:
            entry = self._clients.get(loop)
            if entry is None:
                client = aioredis.from_url(self.url, **self._options)
                listener = loop.create_task(self._listen(client))
                entry = self._clients[loop] = (client, client.register_script(_SCRIPT), listener)
            return entry[1]

    def listening(self) -> bool:
        """Whether release notifications reach the running loop now (else poll sooner)."""
        return asyncio.get_running_loop() in self._listening

    def on_freed(self, namespace: str, callback: Callable[[], None]) -> None:
        """Call ``callback`` (in the listening loop) whenever a slot of ``namespace`` is freed."""
        with self._lock:
            self._on_freed[f"{namespace}:freed"] = callback

    async def _listen(self, client: aioredis.Redis) -> None:
        """Dispatch release notifications until cancelled (by ``aclose`` or by the loop ending,
        as ``asyncio.run()`` cancels every task), then close ``client`` so no connection leaks.
        Messages lost while Redis is away only cost waiters their ``poll_interval``."""
        first, longest = _LISTEN_BACKOFF
        backoff = first
        loop = asyncio.get_running_loop()
        try:
            while True:
                pubsub = client.pubsub()
                try:
                    await pubsub.psubscribe(self._pattern)
                    self._listening.add(loop)
                    backoff = first
                    while True:
                        message = await pubsub.get_message(
                            ignore_subscribe_messages=True, timeout=_LISTEN_TIMEOUT
                        )
                        if message is not None and message["type"] == "pmessage":
                            channel = message["channel"]
                            if isinstance(channel, bytes):
                                channel = channel.decode()
                            callback = self._on_freed.get(channel)
                            if callback is not None:
                                callback()
                except UNAVAILABLE:
                    await asyncio.sleep(backoff)
                    backoff = min(longest, backoff * 2)
                finally:
                    self._listening.discard(loop)
                    await pubsub.aclose()  # type: ignore[no-untyped-call]
        finally:
            await client.aclose()

    async def run(self, namespace: str, op: str, args: dict[str, Any]) -> list[str]:
        """Run ``op`` of the script on ``namespace``; raises one of ``UNAVAILABLE`` on outage."""
        task = asyncio.current_task()
        cancelling = task.cancelling() if task is not None else 0
        reply = await self._script()(keys=[namespace], args=[op, json.dumps(args)])
        self.reachable()
        if task is not None and task.cancelling() > cancelling:
            # redis.asyncio may finish a command it was cancelled in and return its reply;
            # the caller must still see the cancellation (and undo what the command did).
            raise asyncio.CancelledError
        return [v.decode() if isinstance(v, bytes) else str(v) for v in reply]

    def unreachable(self, exc: BaseException, behaviour: str) -> None:
        """Log the start of an outage once, whatever the number of failing calls."""
        with self._lock:
            first, self._outage = not self._outage, True
        if first:
            logger.warning(
                "Redis governor store %s is unreachable (%s); %s",
                self.where,
                type(exc).__name__,
                behaviour,
            )

    def reachable(self) -> None:
        """Log the end of an outage once."""
        if self._outage:
            with self._lock:
                ended, self._outage = self._outage, False
            if ended:
                logger.warning("Redis governor store %s is reachable again", self.where)

    async def aclose(self) -> None:
        """Close the running loop's client (each loop's client is closed from that loop)."""
        loop = asyncio.get_running_loop()
        with self._lock:
            entry = self._clients.pop(loop, None)
        if entry is not None:
            listener = entry[2]
            listener.cancel()
            await asyncio.gather(listener, return_exceptions=True)
