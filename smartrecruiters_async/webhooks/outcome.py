"""What a receiver answers to one delivery, and its counters."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from ._event import WebhookEvent

__all__ = ["ReceiveOutcome", "ReceiverStats"]


@attrs.frozen
class ReceiveOutcome:
    """What to answer: ``status`` (200 handshake, 202 accepted or duplicate, 4xx refused, 500
    a replayed event's handler failed), a one-line ``reason``, response ``headers`` (the
    handshake's ``X-Hook-Secret``) and the ``event`` when one was parsed."""

    status: int
    reason: str
    headers: Mapping[str, str] = attrs.field(factory=dict, repr=False)
    event: WebhookEvent[Any] | None = None

    @property
    def accepted(self) -> bool:
        """Whether SmartRecruiters will count the delivery as done (200 or 202)."""
        return self.status in (200, 202)


@attrs.define
class ReceiverStats:
    """Counts of what a receiver saw: every call to ``receive`` ends in exactly one of
    ``activations``, ``accepted``, ``duplicates`` or ``refused``; ``handled`` and ``failed``
    count handler runs that returned or raised."""

    activations: int = 0
    accepted: int = 0
    duplicates: int = 0
    refused: int = 0
    handled: int = 0
    failed: int = 0
