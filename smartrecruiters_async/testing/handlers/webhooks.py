"""Fake-server handlers of the Webhook Subscription API, and ``emit`` for the other handlers.

Subscriptions start ``inactive``; ``PUT .../activation`` runs the handshake against the callback
URL (``WebhookSender.handshake``) and answers 204 once the receiver echoed ``X-Hook-Secret``.
What the real API answers when the handshake fails is not documented: the fake answers 400
``CALLBACK_HANDSHAKE_FAILED`` saying why. A user has at most ``MAX_SUBSCRIPTIONS``; a 21st is
refused with 400 (the real status is not documented either).

The list and the callbacks log answer bare JSON arrays, as the API does; when more items follow,
the fake sends ``Link: <...?page_id=...>; rel="next"`` (where the real API puts the next
``page_id`` is not documented). ``emit(data, name, payload, path)`` is what the fake's other
handlers call where their objects change, so a test goes from an API call to its event.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from typing import Any

import attrs
from aiohttp import web

from ..._protocol.routes import webhooks as routes
from ..._protocol.webhooks import SigningKey
from ..replies import Handler, Reply
from ..state import ServerData
from ..webhook_sender import SentEvent, WebhookSender, WebhookSubscription
from . import params
from .checks import (
    Refusal,
    bad_request,
    found,
    json_object,
    optional_string,
    refusals_as_replies,
    required_string,
)

__all__ = ["HANDLERS", "MAX_SUBSCRIPTIONS", "WebhooksState", "emit", "webhooks_state"]

Json = dict[str, Any]

MAX_SUBSCRIPTIONS = 20
_AUTH_FIELDS = {
    "basic": ("username", "password"),
    "header": ("headerName", "headerValue"),
    "oauth2": ("clientId", "clientSecret", "tokenServiceUrl"),
}
_LOG_DAYS = 30


@attrs.define(kw_only=True, eq=False)
class WebhooksState:
    """Subscriptions by id, the sender that calls their receivers, and the fake's own URL
    (learnt from the first subscription request, for the events' ``link``)."""

    subscriptions: dict[str, WebhookSubscription] = attrs.field(factory=dict)
    sender: WebhookSender = attrs.field(factory=WebhookSender)
    origin: str = ""

    async def aclose(self) -> None:
        """Stop sending (the server calls it when it closes)."""
        await self.sender.aclose()


def webhooks_state(data: ServerData) -> WebhooksState:
    """The webhook state of one fake server (built on first use)."""
    return data.store("webhooks", lambda _: WebhooksState())


def emit(data: ServerData, name: str, payload: Json, path: str) -> list[SentEvent]:
    """Send event ``name`` (``payload``: its ids, snake_case) to the subscriptions that have it,
    with a ``link`` to ``path`` on this fake server; return the events started."""
    state = webhooks_state(data)
    if not state.subscriptions:
        return []
    return state.sender.emit(state.subscriptions, name, payload, state.origin + path)


def _events(body: Json) -> list[Json]:
    events = body.get("events")
    if not isinstance(events, list) or not events:
        raise bad_request("events must be a non-empty array")
    out = []
    for event in events:
        if isinstance(event, dict):  # a pinned version
            name, version = event.get("name"), event.get("version") or "v1"
        else:
            name, version = event, "v1"
        if not isinstance(name, str) or not name.strip() or not isinstance(version, str):
            raise bad_request("each event must be a name or {name, version}")
        out.append({"name": name, "version": version})
    return out


def _authentication(body: Json) -> Json | None:
    auth = body.get("callbackAuthentication")
    if auth is None:
        return None
    if not isinstance(auth, dict) or auth.get("type") not in _AUTH_FIELDS:
        raise bad_request(f"callbackAuthentication.type must be one of {sorted(_AUTH_FIELDS)}")
    for key in _AUTH_FIELDS[auth["type"]]:
        required_string(auth, key, where="callbackAuthentication.")
    if auth["type"] == "header" and not auth["headerName"].lower().startswith("x-"):
        raise bad_request("callbackAuthentication.headerName must start with 'x-'")
    return dict(auth)


def _subscription(request: web.Request, data: ServerData) -> WebhookSubscription:
    subscriptions = webhooks_state(data).subscriptions
    return found(subscriptions, request.match_info["subscription_id"], "Subscription")


def _page(request: web.Request, items: list[Json], listing: str) -> Reply:
    limit = params.integer(request.query, "limit", 10, low=1, high=100)
    offset = params.page_offset(request.query, listing, name="page_id")
    headers = {}
    if offset + limit < len(items):
        after = request.url.update_query(page_id=params.page_id(listing, offset + limit))
        headers["Link"] = f'<{after}>; rel="next"'
    return Reply.json(items[offset : offset + limit], headers=headers)


@refusals_as_replies()
async def create(request: web.Request, data: ServerData) -> Reply:
    """``POST /subscriptions``: validate; 201 with the new, ``inactive`` subscription."""
    state = webhooks_state(data)
    state.origin = str(request.url.origin())
    body = await json_object(request)
    url = required_string(body, "callbackUrl")
    if not url.startswith(("http://", "https://")):
        raise bad_request("callbackUrl must be an absolute http(s) URL")
    email = optional_string(body, "alertingEmailAddress")
    if email is not None and "@" not in email:
        raise bad_request("alertingEmailAddress must be an e-mail address")
    if len(state.subscriptions) >= MAX_SUBSCRIPTIONS:
        raise bad_request(f"a user may have at most {MAX_SUBSCRIPTIONS} subscriptions")
    subscription = WebhookSubscription(
        id=str(uuid.uuid4()),
        callback_url=url,
        events=_events(body),
        alerting_email_address=email,
        callback_authentication=_authentication(body),
    )
    state.subscriptions[subscription.id] = subscription
    return Reply.json(subscription.wire(), status=201)


@refusals_as_replies()
async def list_subscriptions(request: web.Request, data: ServerData) -> Reply:
    """``GET /subscriptions``: a bare array page (``page_id``, ``limit`` 1-100, default 10)."""
    params.declared(request.query, routes.LIST)
    items = [s.wire() for s in webhooks_state(data).subscriptions.values()]
    return _page(request, items, "subscriptions")


@refusals_as_replies()
async def get(request: web.Request, data: ServerData) -> Reply:
    """``GET /subscriptions/{id}``."""
    return Reply.json(_subscription(request, data).wire())


@refusals_as_replies()
async def delete(request: web.Request, data: ServerData) -> Reply:
    """``DELETE /subscriptions/{id}``: 204; pending retries stop."""
    subscription = _subscription(request, data)
    subscription.status = "deleted"
    del webhooks_state(data).subscriptions[subscription.id]
    return Reply.empty()


@refusals_as_replies()
async def activate(request: web.Request, data: ServerData) -> Reply:
    """``PUT /subscriptions/{id}/activation``: the handshake, then 204 (400 if it failed)."""
    subscription = _subscription(request, data)
    failure = await webhooks_state(data).sender.handshake(subscription)
    if failure is not None:
        raise Refusal(400, "CALLBACK_HANDSHAKE_FAILED", f"activation failed: {failure}")
    subscription.status = "active"
    return Reply.empty()


@refusals_as_replies()
async def generate_secret_key(request: web.Request, data: ServerData) -> Reply:
    """``POST /subscriptions/{id}/secret-key``: a new key; the others stay valid 24 hours."""
    subscription = _subscription(request, data)
    now = dt.datetime.now(dt.UTC).timestamp()
    live = [key.replaced(now) for key in subscription.keys if key.is_live(now)]
    key = SigningKey(uuid.uuid4().hex)
    subscription.keys = [*live[-15:], key]  # at most 16 live keys
    return Reply.json({"secretKey": key.secret})


@refusals_as_replies()
async def get_secret_key(request: web.Request, data: ServerData) -> Reply:
    """``GET /subscriptions/{id}/secret-key``: the latest key (404 before the first)."""
    subscription = _subscription(request, data)
    if not subscription.keys:
        raise Refusal(404, "NOT_FOUND", "the subscription has no secret key")
    return Reply.json({"secretKey": subscription.keys[-1].secret})


@refusals_as_replies()
async def callbacks_log(request: web.Request, data: ServerData) -> Reply:
    """``GET /subscriptions/{id}/callbacks-log``: newest first, filtered by ``callbackStatus``,
    ``after`` and ``before`` (no earlier than 30 days ago); bare array pages."""
    subscription = _subscription(request, data)
    query = params.declared(request.query, routes.CALLBACKS_LOG)
    oldest = dt.datetime.now(dt.UTC) - dt.timedelta(days=_LOG_DAYS)
    after, before = query.get("after"), query.get("before")
    if any(bound is not None and bound < oldest for bound in (after, before)):
        raise bad_request(f"after and before must be within the last {_LOG_DAYS} days")

    def kept(entry: Json) -> bool:
        at = dt.datetime.fromisoformat(entry["timestamp"])
        return (
            query.get("status") in (None, entry["status"])
            and (after is None or at > after)
            and (before is None or at < before)
        )

    entries = [entry for entry in reversed(subscription.log) if kept(entry)]
    return _page(request, entries, f"log-{subscription.id}")


HANDLERS: Mapping[str, Handler] = {
    "subscriptions.create": create,
    "subscriptions.getAll": list_subscriptions,
    "subscriptions.get": get,
    "subscriptions.delete": delete,
    "subscriptions.activate": activate,
    "subscriptions.generateSecretKey": generate_secret_key,
    "subscriptions.getSecretKey": get_secret_key,
    "subscriptions.searchCallbackLog": callbacks_log,
}
