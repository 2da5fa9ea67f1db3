"""Webhook Subscription API models (``webhooks-api/v201907``): subscriptions, secret keys and the
callbacks log.

Wire names are those of the schema (``Subscription``, ``SubscriptionRequest``,
``Callback{Basic,Header,OAuth2}Auth``, ``SecretKeyPayload``, ``CallbackRequest``). Credentials
(the callback's password, header value and client secret, the signing key) never appear in a
repr: they show as ``'***'``.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

import attrs

from ._base import ExtraFields, extra_fields, model

__all__ = [
    "BasicCallbackAuth",
    "CallbackRequest",
    "CallbackRequestDetails",
    "CallbackStatus",
    "HeaderCallbackAuth",
    "OAuth2CallbackAuth",
    "SecretKey",
    "Subscription",
    "SubscriptionEvent",
    "SubscriptionInput",
    "SubscriptionStatus",
]


def _hidden(default: Any = attrs.NOTHING) -> Any:
    return attrs.field(default=default, repr=lambda value: "'***'")


class SubscriptionStatus(enum.Enum):
    """Whether SmartRecruiters delivers events to a subscription (after the handshake)."""

    INACTIVE = "inactive"
    ACTIVE = "active"


class CallbackStatus(enum.Enum):
    """The outcome of one callback request in the log (``CallbackRequestStatus``)."""

    SUCCESSFUL = "successful"
    FAILED = "failed"


@model
class SubscriptionEvent:
    """One event of a subscription: its name (``job.created``) and version (opaque: ``v1``,
    ``1.0.0`` and ``v201910`` are all seen). A subscription request may pin a version with it."""

    name: str
    version: str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class BasicCallbackAuth:
    """``callbackAuthentication`` of type ``basic``: SmartRecruiters sends HTTP Basic with these
    credentials on every callback."""

    username: str
    password: str = _hidden()
    type: str = attrs.field(default="basic", init=False)


@model
class HeaderCallbackAuth:
    """``callbackAuthentication`` of type ``header``: SmartRecruiters adds ``header_name:
    header_value`` to every callback; the name must start with ``x-``."""

    header_name: str
    header_value: str = _hidden()
    type: str = attrs.field(default="header", init=False)


@model
class OAuth2CallbackAuth:
    """``callbackAuthentication`` of type ``oauth2``: SmartRecruiters gets a token from
    ``token_service_url`` with the client-credentials grant and sends it as a bearer token.
    The token service must answer ``{access_token, expires_in}``, ``expires_in`` in
    milliseconds as SmartRecruiters documents it."""

    client_id: str
    client_secret: str = _hidden()
    token_service_url: str
    type: str = attrs.field(default="oauth2", init=False)


CallbackAuth = BasicCallbackAuth | HeaderCallbackAuth | OAuth2CallbackAuth


@model
class SubscriptionInput:
    """The body of ``webhooks.create`` (``SubscriptionRequest``).

    ``events`` are names (``"job.created"``, sent as plain strings, as both public callers do)
    or ``SubscriptionEvent`` values to pin a version. ``alerting_email_address`` is told of
    failed deliveries.
    """

    callback_url: str
    events: list[str | SubscriptionEvent]
    alerting_email_address: str | None = None
    callback_authentication: CallbackAuth | None = None


@model
class Subscription:
    """A webhook subscription: where events go, which events, and whether it is active."""

    id: str
    callback_url: str | None = None
    events: list[SubscriptionEvent] = attrs.field(factory=list)
    status: SubscriptionStatus | str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class SecretKey:
    """A signing key of a subscription (``SecretKeyPayload``); its value never shows in a repr."""

    secret_key: str = _hidden()
    extra_fields: ExtraFields = extra_fields()


@model
class CallbackRequestDetails:
    """What was sent in one callback: the URL, the raw body as text and the headers.

    The headers hold the callback's credentials when ``callbackAuthentication`` is set, so they
    never show in a repr. Whether a header value may be a list is not documented; it is kept as
    sent.
    """

    url: str | None = None
    body: str | None = None
    headers: dict[str, Any] = attrs.field(factory=dict, repr=False)
    extra_fields: ExtraFields = extra_fields()


@model
class CallbackRequest:
    """One entry of the callbacks log: outcome, when, and the request as sent."""

    status: CallbackStatus | str | None = None
    timestamp: dt.datetime | None = None
    request_details: CallbackRequestDetails | None = None
    extra_fields: ExtraFields = extra_fields()
