"""``Caller``: the small interface resources call, defined below them (as gidgethub's ``abc``).

Resources and the streaming helpers depend on this protocol, not on the concrete client, so the
package has no import cycle and a resource can be driven by anything that sends routes.
"""

from __future__ import annotations

from collections.abc import Mapping
from contextlib import AbstractAsyncContextManager
from typing import Any, Protocol, TypeVar

from ._config import ClientConfig
from ._download import Download
from ._paginator import AsyncPaginator
from ._protocol.routes import Route
from ._retry import RetryBudget
from .governor import Priority

__all__ = ["Caller"]

R = TypeVar("R")
E = TypeVar("E", bound=BaseException)


class Caller(Protocol):
    """What a resource needs of a client: send a route, page through one, stream one."""

    @property
    def config(self) -> ClientConfig:
        """The client's settings (retries, timeouts)."""
        ...

    @property
    def retry_budget(self) -> RetryBudget:
        """The retry budget shared by every request of this credential and host."""
        ...

    async def _get_link(self, relative: str) -> Any:
        """GET a path and query under ``base_url``: the route's model, or the JSON."""
        ...

    async def _call(
        self,
        route: Route[R],
        *,
        path: Mapping[str, object] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Any = None,
        headers: Mapping[str, str] | None = None,
        priority: Priority = Priority.INTERACTIVE,
        timeout: float | None = None,
    ) -> R:
        """Send ``route`` and return its decoded answer (``timeout``: per attempt)."""
        ...

    def _paginate(
        self,
        route: Route[R],
        *,
        path: Mapping[str, object] | None = None,
        query: Mapping[str, Any],
        headers: Mapping[str, str] | None = None,
        max_items: int | None = None,
    ) -> AsyncPaginator[R]:
        """Page through ``route``."""
        ...

    def _redacted(self, exc: E) -> E:
        """``exc`` with the credential's secret values redacted from everything it carries."""
        ...

    def _download(
        self,
        route: Route[Any],
        *,
        path: Mapping[str, object] | None = None,
        query: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        priority: Priority = Priority.INTERACTIVE,
    ) -> AbstractAsyncContextManager[Download]:
        """Open ``route`` as a streamed body."""
        ...
