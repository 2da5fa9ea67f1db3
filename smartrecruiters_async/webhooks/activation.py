"""Expecting an activation handshake: answer it once, for a subscription being activated."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from types import TracebackType

from .._protocol.webhooks import ActivationToken

__all__ = ["ActivationExpectation"]


class ActivationExpectation:
    """One handshake a receiver will answer, until ``expires_at`` (clock seconds) or closed.

    Made by ``WebhookReceiver.expect_activation()``; use it as a ``with`` block around the
    activation call, so a handshake that comes later is refused. ``token`` is the
    ``X-Hook-Secret`` that was echoed (``None`` until then); ``await wait()`` returns it.
    """

    def __init__(
        self,
        subscription_id: str | None,
        expires_at: float,
        forget: Callable[[ActivationExpectation], None],
    ) -> None:
        self.subscription_id = subscription_id
        self.expires_at = expires_at
        self.token: ActivationToken | None = None
        self._forget = forget
        self._answered: asyncio.Event | None = None

    def _answer(self, token: ActivationToken) -> None:
        self.token = token
        self._forget(self)
        if self._answered is not None:
            self._answered.set()

    async def wait(self) -> ActivationToken:
        """Wait for the handshake; return its token. Bound it with ``asyncio.timeout``."""
        if self.token is None:
            self._answered = self._answered or asyncio.Event()
            await self._answered.wait()
        assert self.token is not None
        return self.token

    def close(self) -> None:
        """Stop expecting the handshake (a late one is refused with 403)."""
        self._forget(self)

    def __enter__(self) -> ActivationExpectation:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "answered" if self.token is not None else "waiting"
        return f"ActivationExpectation(subscription_id={self.subscription_id!r}, {state})"
