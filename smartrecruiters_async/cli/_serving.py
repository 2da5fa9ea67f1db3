"""What the serving commands (``fake-server``, ``webhooks listen``) share: serve until SIGINT
or SIGTERM, say where on stderr, clean up and say what was served, exit 0."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

from ._failures import EXIT_OK
from ._signals import Stopped, run_until_stopped

__all__ = ["run_server", "serve_until_stopped"]


def run_server(serve: Coroutine[Any, Any, int]) -> int:
    """Run ``serve`` until a signal stops it: being stopped is how a server ends (exit 0)."""
    try:
        return run_until_stopped(serve)
    except Stopped:
        return EXIT_OK


async def serve_until_stopped(
    banner: str, close: Callable[[], Awaitable[object]], summary: Callable[[], str]
) -> int:
    """Print ``banner``, wait until cancelled (a signal), then ``close()`` the started server
    and print ``summary()``."""
    try:
        print(banner, file=sys.stderr, flush=True)
        await asyncio.Event().wait()
    finally:
        await close()
        print(summary(), file=sys.stderr, flush=True)
    return EXIT_OK  # not reached: only a signal ends the wait
