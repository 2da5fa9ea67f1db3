"""Sans-I/O webhooks: signing keys, the ``v1`` signature and the delivery headers.

Nothing here reads a socket or runs a loop, so the HTTP adapters, the replay of the callbacks log
and the fake server's deliveries all share one verifier (webhooks.md section 4).
"""

from .errors import (
    WebhookAuthenticationError,
    WebhookBodyTooLargeError,
    WebhookContentTypeError,
    WebhookError,
    WebhookHeaderError,
    WebhookLinkError,
    WebhookPayloadError,
    WebhookSignatureError,
    WebhookTimestampError,
)
from .headers import Delivery, parse_delivery, parse_link, relative_link
from .keys import MAX_LIVE_KEYS, ROTATION_OVERLAP, ActivationToken, KeySet, SigningKey
from .signature import (
    DEFAULT_TOLERANCE,
    FUTURE_SKEW,
    SCHEME,
    sign,
    signed_headers,
    signed_message,
    verify,
)

__all__ = [
    "DEFAULT_TOLERANCE",
    "FUTURE_SKEW",
    "MAX_LIVE_KEYS",
    "ROTATION_OVERLAP",
    "SCHEME",
    "ActivationToken",
    "Delivery",
    "KeySet",
    "SigningKey",
    "WebhookAuthenticationError",
    "WebhookBodyTooLargeError",
    "WebhookContentTypeError",
    "WebhookError",
    "WebhookHeaderError",
    "WebhookLinkError",
    "WebhookPayloadError",
    "WebhookSignatureError",
    "WebhookTimestampError",
    "parse_delivery",
    "parse_link",
    "relative_link",
    "sign",
    "signed_headers",
    "signed_message",
    "verify",
]
