"""A fake server on an event loop in a thread of its own, for tests that run their own loops
(``asyncio.run`` in the code under test) or talk to it from a subprocess."""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Iterator
from typing import Any

from smartrecruiters_async.testing import FakeSmartRecruiters

__all__ = ["serving"]


@contextlib.contextmanager
def serving(**options: Any) -> Iterator[FakeSmartRecruiters]:
    """A started ``FakeSmartRecruiters`` on an event loop in a thread of its own."""
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, name="fake-server-loop", daemon=True)
    thread.start()
    server = FakeSmartRecruiters(**options)
    try:
        asyncio.run_coroutine_threadsafe(server.start(), loop).result(timeout=60)
        yield server
    finally:
        asyncio.run_coroutine_threadsafe(server.close(), loop).result(timeout=60)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout=60)
        loop.close()
