"""Webhook Subscription API: ``webhooks.json`` (``client.webhooks``), and replay of the
callbacks log through a receiver."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import urlsplit

import attrs

from .._paginator import AsyncPaginator
from .._protocol.paging import check_limit
from .._protocol.routes import check_path_value
from .._protocol.routes import webhooks as routes
from ..models.webhook_subscriptions import (
    CallbackRequest,
    CallbackStatus,
    HeaderCallbackAuth,
    SecretKey,
    Subscription,
    SubscriptionEvent,
    SubscriptionInput,
)
from ._resource import Resource
from ._values import aware, instance_of, non_empty, optional_enum

if TYPE_CHECKING:
    from ..webhooks import ReceiveOutcome

__all__ = ["LOG_DAYS", "MIN_ACTIVATION_TIMEOUT", "ReplayReport", "WebhookReceiving", "Webhooks"]

MIN_ACTIVATION_TIMEOUT = 20.0
"""Seconds SmartRecruiters gives the receiver to answer the handshake while the PUT waits."""

LOG_DAYS = 30
"""How far back the callbacks log reaches."""


class WebhookReceiving(Protocol):
    """What replay needs of a receiver (``WebhookReceiver``): take one delivery as it came
    over HTTP, ``replay=True`` saying it comes from the callbacks log."""

    async def receive(
        self, body: bytes, headers: Mapping[str, str], *, replay: bool = False
    ) -> ReceiveOutcome:
        """Verify and handle one delivery; return its outcome."""
        ...


@attrs.frozen(kw_only=True)
class ReplayReport:
    """What ``Webhooks.replay`` did: ``entries`` read from the log in the range, ``events``
    among them (by ``event-id``), ``skipped`` events that succeeded already (``failed_only``),
    and the receiver's outcome of each event replayed, oldest first (``outcomes``)."""

    entries: int
    events: int
    skipped: int
    outcomes: list[ReceiveOutcome] = attrs.field(factory=list, repr=False)

    @property
    def replayed(self) -> int:
        """Events handed to the receiver."""
        return len(self.outcomes)

    @property
    def refused(self) -> list[ReceiveOutcome]:
        """Outcomes the receiver did not accept (bad signature, a handler that raised...)."""
        return [outcome for outcome in self.outcomes if not outcome.accepted]


def _check_subscription(subscription: SubscriptionInput) -> SubscriptionInput:
    instance_of(subscription, SubscriptionInput, "subscription")
    url = urlsplit(non_empty(subscription.callback_url, "callback_url"))
    if url.scheme not in ("http", "https") or not url.hostname:
        raise ValueError(f"callback_url must be an absolute http(s) URL, got {url.geturl()!r}")
    if isinstance(subscription.events, str) or not subscription.events:
        raise ValueError("events must be a non-empty list of event names")
    for event in subscription.events:
        name = event.name if isinstance(event, SubscriptionEvent) else event
        non_empty(name, "each event name")
    email = subscription.alerting_email_address
    if email is not None and "@" not in non_empty(email, "alerting_email_address"):
        raise ValueError(f"alerting_email_address is not an e-mail address: {email!r}")
    auth = subscription.callback_authentication
    if isinstance(auth, HeaderCallbackAuth) and not auth.header_name.lower().startswith("x-"):
        raise ValueError("the callback authentication header's name must start with 'x-'")
    return subscription


def _log_range(
    after: dt.datetime | None, before: dt.datetime | None, now: dt.datetime
) -> tuple[dt.datetime | None, dt.datetime | None]:
    aware(after, "after")
    aware(before, "before")
    oldest = now - dt.timedelta(days=LOG_DAYS)
    for name, value in (("after", after), ("before", before)):
        if value is not None and value < oldest:
            raise ValueError(f"{name} must be within the last {LOG_DAYS} days (the log's reach)")
    if after is not None and before is not None and before <= after:
        raise ValueError("before must be later than after")
    return after, before


def _header_text(value: Any) -> str:
    return ", ".join(map(str, value)) if isinstance(value, list) else str(value)


def _event_key(entry: CallbackRequest) -> str:
    """The ``event-id`` of a logged callback, else a digest of what it sent."""
    details = entry.request_details
    headers = details.headers if details else {}
    for name, value in headers.items():
        if name.lower() == "event-id" and value:
            return "id:" + _header_text(value)
    sent = json.dumps([details.body if details else None, headers], sort_keys=True, default=str)
    return "sent:" + hashlib.sha256(sent.encode()).hexdigest()


class Webhooks(Resource):
    """``client.webhooks``: webhook subscriptions (``webhooks-api/v201907``, OAuth scope
    ``webhooks_manage``), their signing keys and callbacks log, and replay of that log."""

    async def create(self, subscription: SubscriptionInput) -> Subscription:
        """Subscribe a callback URL to events: ``POST /subscriptions``.

        The new subscription is ``inactive`` until ``activate``. Returns the ``Subscription``.
        Not retried after an ambiguous failure (it would subscribe twice). Raises
        ``TypeError``/``ValueError`` before sending for a callback URL that is not absolute
        http(s), no events, a blank event name, an e-mail address without ``@`` or an
        authentication header not named ``x-...``; ``BadRequestError`` for what the API refuses.
        """
        return await self._client._call(routes.CREATE, body=_check_subscription(subscription))

    def list(
        self, *, limit: int = 20, max_items: int | None = None
    ) -> AsyncPaginator[Subscription]:
        """The credential's subscriptions: ``GET /subscriptions`` (``page_id`` cursor).

        A user may have up to 20 subscriptions, so the default ``limit`` (1-100) holds them in
        one page. Returns an ``AsyncPaginator``. Raises ``ValueError`` for a bad ``limit``.
        """
        query = {"limit": check_limit(limit)}
        return self._client._paginate(routes.LIST, query=query, max_items=max_items)

    async def get(self, subscription_id: str) -> Subscription:
        """One subscription: ``GET /subscriptions/{id}``. Returns the ``Subscription``. Raises
        ``NotFoundError``."""
        return await self._client._call(routes.GET, path={"subscription_id": subscription_id})

    async def delete(self, subscription_id: str) -> None:
        """Delete a subscription: ``DELETE /subscriptions/{id}``; its pending retries stop.
        Returns nothing. Raises ``NotFoundError``."""
        await self._client._call(routes.DELETE, path={"subscription_id": subscription_id})

    async def activate(self, subscription_id: str, *, timeout: float = 30.0) -> None:
        """Activate a subscription: ``PUT /subscriptions/{id}/activation``.

        SmartRecruiters answers only after it has POSTed ``X-Hook-Secret`` to the callback URL
        and the receiver echoed it (within 20 s), so ``timeout`` (per attempt) must be longer
        than that. Only this task waits: a receiver served by the same event loop answers the
        handshake meanwhile. Returns nothing once the subscription is active. Raises
        ``ValueError`` for ``timeout`` of 20 s or less, ``NotFoundError``, and the
        ``APIStatusError`` the API answers when the handshake fails.
        """
        if isinstance(timeout, bool) or not isinstance(timeout, int | float):
            raise TypeError(f"timeout must be a number of seconds, not {type(timeout).__name__}")
        if not timeout > MIN_ACTIVATION_TIMEOUT:
            raise ValueError(
                f"timeout must be more than {MIN_ACTIVATION_TIMEOUT:g} s: SmartRecruiters waits "
                "that long for the receiver's handshake before it answers"
            )
        path = {"subscription_id": subscription_id}
        await self._client._call(routes.ACTIVATE, path=path, timeout=float(timeout))

    async def generate_secret_key(self, subscription_id: str) -> SecretKey:
        """Make a new signing key: ``POST /subscriptions/{id}/secret-key``.

        Deliveries are signed from then on; the key it replaces stays valid 24 hours. Not
        retried after an ambiguous failure. Returns the ``SecretKey``. Raises ``NotFoundError``.
        """
        path = {"subscription_id": subscription_id}
        return await self._client._call(routes.GENERATE_SECRET_KEY, path=path)

    async def secret_key(self, subscription_id: str) -> SecretKey:
        """The latest signing key: ``GET /subscriptions/{id}/secret-key``.

        Returns the ``SecretKey``. Raises ``NotFoundError`` (also when none was generated).
        """
        path = {"subscription_id": subscription_id}
        return await self._client._call(routes.GET_SECRET_KEY, path=path)

    def callbacks_log(
        self,
        subscription_id: str,
        *,
        status: CallbackStatus | str | None = None,
        after: dt.datetime | None = None,
        before: dt.datetime | None = None,
        limit: int = 100,
        max_items: int | None = None,
    ) -> AsyncPaginator[CallbackRequest]:
        """Callbacks sent to a subscription, newest first: ``GET /subscriptions/{id}/
        callbacks-log`` (``page_id`` cursor).

        ``status`` keeps ``successful`` or ``failed`` ones; ``after``/``before`` (aware, within
        the last 30 days) bound when they were sent. Returns an ``AsyncPaginator``. Raises
        ``ValueError`` before sending for a bad status, limit or range.
        """
        check_path_value("subscription_id", subscription_id)
        after, before = _log_range(after, before, dt.datetime.now(dt.UTC))
        query = {
            "status": optional_enum(status, CallbackStatus, "status"),
            "after": after,
            "before": before,
            "limit": check_limit(limit),
        }
        return self._client._paginate(
            routes.CALLBACKS_LOG,
            path={"subscription_id": subscription_id},
            query=query,
            max_items=max_items,
        )

    async def replay(
        self,
        subscription_id: str,
        receiver: WebhookReceiving,
        *,
        since: dt.datetime,
        until: dt.datetime | None = None,
        failed_only: bool = True,
    ) -> ReplayReport:
        """Deliver again, through ``receiver.receive``, the callbacks logged between ``since``
        and ``until`` (default: now), oldest first, each event once; the log is read with
        ``GET /subscriptions/{id}/callbacks-log``.

        Callbacks of one event (by ``event-id``) are one event: the latest attempt's body and
        headers are replayed as SmartRecruiters sent them (the body is the log's text, UTF-8
        encoded: the log does not say it is the exact bytes sent, and a signature over other
        bytes fails), so the receiver verifies the signature (with no timestamp tolerance) and
        drops an event it handled already, as for a live delivery. With ``failed_only``
        (default) events that any logged attempt delivered are skipped. Returns a
        ``ReplayReport``. Raises ``ValueError`` for a range outside the log's 30 days, and
        what the log's requests raise; a logged callback without a body raises
        ``ValueError`` (it cannot be replayed as sent).
        """
        if not callable(getattr(receiver, "receive", None)):
            raise TypeError("receiver must have an async receive(body, headers) method")
        entries = [
            entry async for entry in self.callbacks_log(subscription_id, after=since, before=until)
        ]
        attempts: dict[str, list[CallbackRequest]] = {}
        for entry in reversed(entries):  # the log is newest first
            attempts.setdefault(_event_key(entry), []).append(entry)
        outcomes: list[ReceiveOutcome] = []
        skipped = 0
        for tries in attempts.values():
            if failed_only and any(t.status is CallbackStatus.SUCCESSFUL for t in tries):
                skipped += 1
                continue
            details = tries[-1].request_details
            if details is None or not isinstance(details.body, str):
                raise ValueError("a logged callback has no body as text to replay")
            headers = {name: _header_text(value) for name, value in details.headers.items()}
            body = details.body.encode()
            outcomes.append(await receiver.receive(body, headers, replay=True))
        return ReplayReport(
            entries=len(entries), events=len(attempts), skipped=skipped, outcomes=outcomes
        )
