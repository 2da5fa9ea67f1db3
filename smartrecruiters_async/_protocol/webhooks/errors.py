"""The webhook errors: why a delivery was refused, and the HTTP status a receiver answers.

Every message names what was wrong (a header, the content type, the size) and never a secret,
a signature value or the body.
"""

from __future__ import annotations

from ..._errors import SmartRecruitersError

__all__ = [
    "WebhookAuthenticationError",
    "WebhookBodyTooLargeError",
    "WebhookContentTypeError",
    "WebhookError",
    "WebhookHeaderError",
    "WebhookLinkError",
    "WebhookPayloadError",
    "WebhookSignatureError",
    "WebhookTimestampError",
]


class WebhookError(SmartRecruitersError):
    """Base class of every refused webhook delivery; ``status`` is the 4xx a receiver answers."""

    status: int = 400


class WebhookHeaderError(WebhookError):
    """A delivery header is missing, repeated with different values, or malformed (400)."""


class WebhookSignatureError(WebhookError):
    """No ``v1`` segment of ``smartrecruiters-signature`` matches a live signing key (401)."""

    status = 401


class WebhookTimestampError(WebhookError):
    """``smartrecruiters-timestamp`` is older than the tolerance or too far ahead (401).

    Raised only after the signature matched, so it never tells a forger anything.
    """

    status = 401


class WebhookContentTypeError(WebhookError):
    """The delivery is not ``application/json`` (415)."""

    status = 415


class WebhookBodyTooLargeError(WebhookError):
    """The body exceeds the receiver's size cap; it was refused before being read whole (413)."""

    status = 413


class WebhookPayloadError(WebhookError):
    """The body is not a JSON object, so no event can be built from it (400)."""


class WebhookAuthenticationError(WebhookError):
    """The delivery lacks the callback authentication the receiver expects: the subscription's
    Basic credentials, header or bearer token (401)."""

    status = 401


class WebhookLinkError(WebhookError):
    """The ``link`` header points at another host than the API's, so it is never followed (400)."""
