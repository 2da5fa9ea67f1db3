"""Pytest fixtures that start ``FakeSmartRecruiters`` servers and clients bound to them.

Registered through the ``pytest11`` entry point: installing the package (with the ``testing``
extra, which brings ``pytest-asyncio``) is all a project needs; no ``conftest.py`` line. Mark
the tests ``@pytest.mark.asyncio`` (or set ``asyncio_mode = "auto"``). Fixtures are
function-scoped: every test gets fresh servers and a client with a governor of its own.

- ``fake_smartrecruiters``: a started server with default options.
- ``fake_smartrecruiters_factory``: ``await factory(**options)`` starts more, any options.
- ``client``: a ``SmartRecruiters`` bound to ``fake_smartrecruiters`` (its URL, a fake API key,
  a ``LocalGovernor`` of the server's policies), closed after the test. A fixture of your own
  named ``client`` takes precedence; ``-p no:smartrecruiters_async.testing.pytest_plugin``
  turns the plugin off.

Without ``pytest-asyncio`` the plugin still loads (a project that installs the SDK but not the
extra must not see its test run break), and using a fixture fails saying what to install.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, cast

import pytest

if TYPE_CHECKING:
    from .._client import SmartRecruiters
    from .server import FakeSmartRecruiters

__all__ = ["FakeServerFactory", "client", "fake_smartrecruiters", "fake_smartrecruiters_factory"]

F = TypeVar("F", bound=Callable[..., Any])

_MISSING = (
    "the smartrecruiters-async pytest fixtures need pytest-asyncio: "
    "pip install 'smartrecruiters-async[testing]'"
)
_FAKE_API_KEY = "fake-api-key"  # the fake server accepts any key


def _missing_pytest_asyncio(function: F) -> F:
    def unavailable() -> None:
        pytest.fail(_MISSING, pytrace=False)

    unavailable.__name__ = function.__name__
    unavailable.__doc__ = function.__doc__
    return cast(F, pytest.fixture(name=function.__name__)(unavailable))


try:
    import pytest_asyncio
except ImportError:  # the SDK is installed without its 'testing' extra
    _HAVE_PYTEST_ASYNCIO = False
else:
    _HAVE_PYTEST_ASYNCIO = True


def _async_fixture(function: F) -> F:
    if not _HAVE_PYTEST_ASYNCIO:
        return _missing_pytest_asyncio(function)
    return cast(F, pytest_asyncio.fixture(function))


class FakeServerFactory(Protocol):
    """Starts a ``FakeSmartRecruiters`` with the given keyword options and returns it."""

    async def __call__(self, **options: Any) -> FakeSmartRecruiters:
        """Start a server with ``options`` (``FakeSmartRecruiters`` keyword arguments)."""
        ...


@_async_fixture
async def fake_smartrecruiters() -> AsyncIterator[FakeSmartRecruiters]:
    """A started ``FakeSmartRecruiters`` with default options; closed after the test."""
    # Imported here: the plugin loads in every test run of a project that installs the SDK.
    from .server import FakeSmartRecruiters

    async with FakeSmartRecruiters() as server:
        yield server


@_async_fixture
async def fake_smartrecruiters_factory() -> AsyncIterator[FakeServerFactory]:
    """A function ``await factory(**options)`` that starts servers; all closed after the test."""
    from .server import FakeSmartRecruiters

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


@_async_fixture
async def client(fake_smartrecruiters: FakeSmartRecruiters) -> AsyncIterator[SmartRecruiters]:
    """A ``SmartRecruiters`` client bound to ``fake_smartrecruiters``: its URL, an API key it
    accepts, and a governor of its own with the server's policies; closed after the test."""
    from .._client import SmartRecruiters
    from ..governor import LocalGovernor

    async with SmartRecruiters(
        _FAKE_API_KEY,
        base_url=fake_smartrecruiters.url,
        governor=LocalGovernor(fake_smartrecruiters.policies),
    ) as bound:
        yield bound
