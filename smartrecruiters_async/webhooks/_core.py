"""What the HTTP adapters need of a receiver, so they do not import the receiver module."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Mapping

from .outcome import ReceiveOutcome

__all__ = ["ReceiverCore"]


class ReceiverCore(ABC):
    """The transport-free half of ``WebhookReceiver`` that its adapters call."""

    max_body_size: int

    @abstractmethod
    async def receive(
        self, body: bytes, headers: Mapping[str, str], *, replay: bool = False
    ) -> ReceiveOutcome:
        """Check one delivery; see ``WebhookReceiver.receive``."""

    @abstractmethod
    def _refused(
        self, status: int, reason: str, headers: Mapping[str, str] | None = None
    ) -> ReceiveOutcome:
        """Count and log a refusal made before ``receive`` (method, size)."""

    @abstractmethod
    async def drain(self) -> None:
        """Wait for the running handlers."""
