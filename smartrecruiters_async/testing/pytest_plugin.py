"""Pytest fixtures that start ``FakeSmartRecruiters`` servers.

Not registered automatically; enable it in a ``conftest.py``::

    pytest_plugins = ["smartrecruiters_async.testing.pytest_plugin"]

Needs ``pytest-asyncio``. Fixtures are function-scoped: every test gets fresh servers.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any, Protocol

import pytest_asyncio

from .server import FakeSmartRecruiters

__all__ = ["FakeServerFactory", "fake_smartrecruiters", "fake_smartrecruiters_factory"]


class FakeServerFactory(Protocol):
    """Starts a ``FakeSmartRecruiters`` with the given keyword options and returns it."""

    async def __call__(self, **options: Any) -> FakeSmartRecruiters:
        """Start a server with ``options`` (``FakeSmartRecruiters`` keyword arguments)."""
        ...


@pytest_asyncio.fixture
async def fake_smartrecruiters() -> AsyncIterator[FakeSmartRecruiters]:
    """A started ``FakeSmartRecruiters`` with default options; closed after the test."""
    async with FakeSmartRecruiters() as server:
        yield server


@pytest_asyncio.fixture
async def fake_smartrecruiters_factory() -> AsyncIterator[FakeServerFactory]:
    """A function ``await factory(**options)`` that starts servers; all closed after the test."""
    servers: list[FakeSmartRecruiters] = []

    async def start(**options: Any) -> FakeSmartRecruiters:
        server = FakeSmartRecruiters(**options)
        await server.start()
        servers.append(server)
        return server

    try:
        yield start
    finally:
        for server in reversed(servers):
            await server.close()
