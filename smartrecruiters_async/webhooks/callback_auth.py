"""The subscription's callback authentication, checked by the receiver on every delivery.

A subscription may make SmartRecruiters authenticate each callback (``callbackAuthentication``):
HTTP Basic, a header of the user's choice, or an OAuth2 bearer token from the user's own token
service. The receiver takes the same ``BasicCallbackAuth`` / ``HeaderCallbackAuth`` values the
subscription was created with, or for OAuth2 a function that says whether a bearer token is one
that service issued. Values are compared in constant time; a mismatch is a
``WebhookAuthenticationError`` (401) whose message never holds the credentials. The signature
is still checked: unlike it, these credentials do not bind the body.
"""

from __future__ import annotations

import base64
import hmac
from collections.abc import Callable, Mapping

from .._protocol.webhooks import WebhookAuthenticationError
from ..models.webhook_subscriptions import (
    BasicCallbackAuth,
    HeaderCallbackAuth,
    OAuth2CallbackAuth,
)

__all__ = [
    "BearerCheck",
    "CallbackAuthentication",
    "check_callback_authentication",
    "checked_expectation",
]

BearerCheck = Callable[[str], bool]
"""For ``oauth2``: given the bearer token of a callback, whether your token service issued it."""

CallbackAuthentication = BasicCallbackAuth | HeaderCallbackAuth | BearerCheck
"""What a receiver may require of each delivery (``WebhookReceiver(callback_authentication=)``)."""


def _same(sent: str | None, expected: str) -> bool:
    return sent is not None and hmac.compare_digest(sent.encode(), expected.encode())


def check_callback_authentication(
    expected: CallbackAuthentication, headers: Mapping[str, str]
) -> None:
    """Raise ``WebhookAuthenticationError`` unless ``headers`` (lower-case names) carry the
    ``expected`` credentials; return nothing when they do."""
    authorization = headers.get("authorization")
    if isinstance(expected, BasicCallbackAuth):
        pair = f"{expected.username}:{expected.password}".encode()
        if not _same(authorization, "Basic " + base64.b64encode(pair).decode()):
            raise WebhookAuthenticationError("missing or wrong HTTP Basic callback credentials")
    elif isinstance(expected, HeaderCallbackAuth):
        name = expected.header_name.lower()
        if not _same(headers.get(name), expected.header_value):
            raise WebhookAuthenticationError(f"missing or wrong callback header {name!r}")
    else:
        scheme, _, token = (authorization or "").partition(" ")
        if scheme.lower() != "bearer" or not token.strip() or expected(token.strip()) is not True:
            raise WebhookAuthenticationError("missing or refused callback bearer token")


def checked_expectation(value: object) -> CallbackAuthentication | None:
    """``value`` when it can be ``callback_authentication``; ``TypeError`` otherwise."""
    if value is None or isinstance(value, BasicCallbackAuth | HeaderCallbackAuth):
        return value
    if callable(value):
        return value  # a BearerCheck, called with the token
    if isinstance(value, OAuth2CallbackAuth):
        raise TypeError(
            "for oauth2, callback_authentication is a function taking the bearer token that "
            "says whether your token service issued it (the receiver cannot know its tokens)"
        )
    raise TypeError(
        "callback_authentication must be a BasicCallbackAuth, a HeaderCallbackAuth or a "
        f"function taking the bearer token, not {type(value).__name__}"
    )
