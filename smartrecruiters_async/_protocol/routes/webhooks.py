"""Webhook Subscription API: ``webhooks.json`` (prefix ``/webhooks-api/v201907``, OAuth scope
``webhooks_manage``).

The list and the callbacks log page with a snake-case ``page_id`` and answer bare JSON arrays;
where the next ``page_id`` comes from is not documented, so a ``Link: rel=next`` header is
followed when one is sent (``parse_page``) and a bare array without one is the whole list.
"""

from __future__ import annotations

import datetime as dt

from ...models.webhook_subscriptions import (
    CallbackRequest,
    CallbackStatus,
    SecretKey,
    Subscription,
    SubscriptionInput,
)
from ._route import Paging, RouteGroup, param

_GROUP = RouteGroup("webhooks", spec="webhooks.json")
_PREFIX = "/webhooks-api/v201907/subscriptions"
_ONE = f"{_PREFIX}/{{subscription_id}}"
_PAGE = (param("page_id", wire="page_id"), param("limit", int))

CREATE = _GROUP.route(
    "POST", "subscriptions.create", _PREFIX, returns=Subscription, body=SubscriptionInput
)
LIST = _GROUP.route(
    "GET",
    "subscriptions.getAll",
    _PREFIX,
    returns=Subscription,
    paging=Paging.SNAKE_CURSOR,
    bare_array=True,
    query=_PAGE,
)
GET = _GROUP.route("GET", "subscriptions.get", _ONE, returns=Subscription)
DELETE = _GROUP.route("DELETE", "subscriptions.delete", _ONE)
# Blocks while SmartRecruiters calls the callback URL (up to 20 s); idempotent.
ACTIVATE = _GROUP.route("PUT", "subscriptions.activate", f"{_ONE}/activation")
# Not idempotent: every call makes a new key (and starts the old one's 24 hours).
GENERATE_SECRET_KEY = _GROUP.route(
    "POST", "subscriptions.generateSecretKey", f"{_ONE}/secret-key", returns=SecretKey
)
GET_SECRET_KEY = _GROUP.route(
    "GET", "subscriptions.getSecretKey", f"{_ONE}/secret-key", returns=SecretKey
)
CALLBACKS_LOG = _GROUP.route(
    "GET",
    "subscriptions.searchCallbackLog",
    f"{_ONE}/callbacks-log",
    returns=CallbackRequest,
    paging=Paging.SNAKE_CURSOR,
    bare_array=True,
    query=(
        *_PAGE,
        param("status", CallbackStatus, wire="callbackStatus"),
        param("after", dt.datetime),
        param("before", dt.datetime),
    ),
)

ROUTES = _GROUP.routes
