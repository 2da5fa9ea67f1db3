"""Receiving SmartRecruiters webhooks: verify, answer in time, drop duplicates, type events.

``WebhookReceiver`` holds the signing keys and the handler; ``receive(body, headers)`` is the
one entry point, served by ``receiver.aiohttp_handler`` / ``aiohttp_app()`` and ``receiver.asgi``.
``sign``/``verify`` are the sans-I/O ``v1`` signature. ``RedisDedupeStore`` needs the ``redis``
extra and is imported on first use.
"""

from typing import TYPE_CHECKING, Any

from .._protocol.webhooks import (
    DEFAULT_TOLERANCE,
    ActivationToken,
    Delivery,
    KeySet,
    SigningKey,
    WebhookAuthenticationError,
    WebhookBodyTooLargeError,
    WebhookContentTypeError,
    WebhookError,
    WebhookHeaderError,
    WebhookLinkError,
    WebhookPayloadError,
    WebhookSignatureError,
    WebhookTimestampError,
    sign,
    signed_headers,
    verify,
)
from ._event import parse_event
from .activation import ActivationExpectation
from .dedupe import DedupeStore, MemoryDedupeStore
from .events import *  # noqa: F403
from .events import __all__ as _events
from .receiver import DEFAULT_MAX_BODY, Handler, ReceiveOutcome, ReceiverStats, WebhookReceiver

if TYPE_CHECKING:
    from .redis_dedupe import RedisDedupeStore


def __getattr__(name: str) -> Any:
    # RedisDedupeStore needs the optional ``redis`` extra: import it only when asked for.
    if name == "RedisDedupeStore":
        try:
            from .redis_dedupe import RedisDedupeStore
        except ModuleNotFoundError as exc:
            if (exc.name or "").partition(".")[0] != "redis":
                raise
            raise ImportError(
                "RedisDedupeStore needs the redis extra: pip install 'smartrecruiters-async[redis]'"
            ) from exc
        return RedisDedupeStore
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "DEFAULT_MAX_BODY",
    "DEFAULT_TOLERANCE",
    "ActivationExpectation",
    "ActivationToken",
    "DedupeStore",
    "Delivery",
    "Handler",
    "KeySet",
    "MemoryDedupeStore",
    "ReceiveOutcome",
    "ReceiverStats",
    "RedisDedupeStore",
    "SigningKey",
    "WebhookAuthenticationError",
    "WebhookBodyTooLargeError",
    "WebhookContentTypeError",
    "WebhookError",
    "WebhookHeaderError",
    "WebhookLinkError",
    "WebhookPayloadError",
    "WebhookReceiver",
    "WebhookSignatureError",
    "WebhookTimestampError",
    "parse_event",
    "sign",
    "signed_headers",
    "verify",
    *_events,
]
