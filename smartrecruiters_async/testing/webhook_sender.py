"""How the fake server calls webhook receivers: the activation handshake, signed deliveries with
retries, and the callbacks log (webhooks.md sections 2-4).

``WebhookSender`` works on the subscriptions of one fake server (``WebhookSubscription``). A
delivery succeeds on **202** within ``ack_timeout``; anything else (200 included, a refused
connection, a timeout) fails and is retried after each of ``retry_delays``, SmartRecruiters'
schedule (1, 3, 10, 45, 120 ... 1440 minutes) compressed to milliseconds by default, so tests
never wait long and never sleep: they ``await sender.settled()``. Every attempt lands in the
subscription's callbacks log with the body and headers it sent.

Choices where SmartRecruiters documents nothing, each a guess the tests of a receiver should
not rely on: every attempt of one event keeps its ``event-id`` and is signed again with the
attempt's ``smartrecruiters-timestamp``; attempts of different events run concurrently (up to
``concurrency``), so arrival order is not event order; the handshake POST has an empty JSON body
and no signature. The fake calls only loopback addresses: any other callback URL fails without
a connection attempt.

The handshake and every attempt carry the subscription's ``callbackAuthentication``: HTTP Basic,
its header, or for ``oauth2`` a bearer token that the fake gets as SmartRecruiters documents it
(a form POST of ``client_id``, ``client_secret`` and ``grant_type=client_credentials`` to
``tokenServiceUrl``, loopback only; ``{access_token, expires_in}`` back, ``expires_in`` in
milliseconds) and reuses until it expires; a token service that gives none fails the attempt.
"""

from __future__ import annotations

import asyncio
import base64
import datetime as dt
import ipaddress
import json
import secrets
import time
import uuid
from collections.abc import Coroutine, Mapping
from typing import Any
from urllib.parse import urlsplit

import aiohttp
import attrs

from .._protocol.webhooks import SigningKey, sign

__all__ = [
    "DEFAULT_RETRY_DELAYS",
    "SentEvent",
    "WebhookSender",
    "WebhookSubscription",
]

Json = dict[str, Any]

# SmartRecruiters' schedule in minutes (steps 6-9 are not published; these fill the gap up to
# the documented 24 h), scaled so that one minute takes one millisecond.
_SCHEDULE_MINUTES = (1, 3, 10, 45, 120, 240, 480, 720, 1080, 1440)
DEFAULT_RETRY_DELAYS: tuple[float, ...] = tuple(m / 1000 for m in _SCHEDULE_MINUTES)


@attrs.define(kw_only=True, eq=False)
class WebhookSubscription:
    """A subscription as the fake keeps it: wire fields, live keys and its callbacks log
    (oldest first; the API lists it newest first)."""

    id: str
    callback_url: str
    events: list[Json]
    status: str = "inactive"
    alerting_email_address: str | None = None
    callback_authentication: Json | None = None
    keys: list[SigningKey] = attrs.field(factory=list)
    log: list[Json] = attrs.field(factory=list)

    def wire(self) -> Json:
        """The ``Subscription`` body."""
        return {
            "id": self.id,
            "callbackUrl": self.callback_url,
            "events": self.events,
            "status": self.status,
        }

    def version_of(self, event_name: str) -> str | None:
        """The version this subscription receives ``event_name`` in; ``None``: not subscribed."""
        return next((e["version"] for e in self.events if e["name"] == event_name), None)


@attrs.define(kw_only=True, eq=False)
class SentEvent:
    """One event on its way to one subscription: what is sent, and how it went so far."""

    event_id: str
    name: str
    version: str
    subscription_id: str
    body: bytes
    link: str
    attempts: int = 0
    delivered: bool = False
    given_up: bool = False


class _TokenRefused(Exception):
    """An ``oauth2`` callback authentication's token service gave no token."""


def _loopback(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class WebhookSender:
    """Sends one fake server's webhooks; see the module docstring.

    ``retry_delays`` (seconds before each re-delivery; their number is the number of retries),
    ``ack_timeout`` (5 s: the receiver's budget), ``handshake_timeout`` (20 s) and
    ``concurrency`` may be changed at any time. ``events`` is every event emitted, by
    ``event-id``; ``await settled()`` returns once none is waiting for an attempt.
    """

    def __init__(self) -> None:
        self.retry_delays: tuple[float, ...] = DEFAULT_RETRY_DELAYS
        self.ack_timeout = 5.0
        self.handshake_timeout = 20.0
        self.concurrency = 8
        self.events: dict[str, SentEvent] = {}
        self._tasks: set[asyncio.Task[None]] = set()
        self._session: aiohttp.ClientSession | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._slots: asyncio.Semaphore | None = None
        self._idle: asyncio.Event | None = None
        self._last_logged = dt.datetime.min.replace(tzinfo=dt.UTC)
        self._tokens: dict[str, tuple[str, float]] = {}  # subscription id: token, expiry
        self._token_locks: dict[str, asyncio.Lock] = {}

    def _bind(self) -> asyncio.AbstractEventLoop:
        loop = asyncio.get_running_loop()
        if self._loop is None or self._loop.is_closed():
            self._loop = loop
            self._slots = asyncio.Semaphore(self.concurrency)
            self._idle = asyncio.Event()
            self._idle.set()
            self._token_locks = {}  # locks belong to the loop they were first used in
        return self._loop

    def _client(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            # A connection per request, as from a fleet of senders: a receiver that restarts
            # never meets a pooled connection that died with it.
            self._session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(force_close=True))
        return self._session

    # -- the handshake ---------------------------------------------------------------------

    async def handshake(self, subscription: WebhookSubscription) -> str | None:
        """POST ``X-Hook-Secret`` to the callback URL; ``None`` when the receiver echoed it with
        200 within ``handshake_timeout``, else why not."""
        self._bind()
        if not _loopback(subscription.callback_url):
            return "the fake server calls only loopback callback URLs"
        token = secrets.token_hex(8)
        headers = {"X-Hook-Secret": token, "Content-Type": "application/json"}
        try:
            headers.update(await self._auth_headers(subscription))
        except _TokenRefused as refused:
            return str(refused)
        try:
            async with self._client().post(
                subscription.callback_url,
                data=b"{}",
                headers=headers,
                timeout=aiohttp.ClientTimeout(total=self.handshake_timeout),
            ) as response:
                echoed = response.headers.get("X-Hook-Secret")
                if response.status != 200 or echoed != token:
                    return f"the callback answered {response.status} without echoing X-Hook-Secret"
        except (aiohttp.ClientError, OSError, TimeoutError) as exc:
            return f"the callback could not be reached ({type(exc).__name__})"
        return None

    # -- deliveries ------------------------------------------------------------------------

    def emit(
        self, subscriptions: Mapping[str, WebhookSubscription], name: str, payload: Json, link: str
    ) -> list[SentEvent]:
        """Send event ``name`` with ``payload`` and ``link`` (a URL) to every active
        subscription of ``subscriptions`` that has it; return the events started."""
        started = []
        for subscription in subscriptions.values():
            version = subscription.version_of(name)
            if subscription.status != "active" or version is None:
                continue
            event = SentEvent(
                event_id=str(uuid.uuid4()),
                name=name,
                version=version,
                subscription_id=subscription.id,
                body=json.dumps(payload, separators=(",", ":")).encode(),
                link=f"<{link}>; rel=self",
            )
            self.events[event.event_id] = event
            started.append(event)
            self._start(self._deliver(subscription, event))
        return started

    def _start(self, work: Coroutine[Any, Any, None]) -> None:
        self._bind()
        assert self._idle is not None
        task = asyncio.ensure_future(work)
        self._tasks.add(task)
        self._idle.clear()
        task.add_done_callback(self._finished)

    def _finished(self, task: asyncio.Task[None]) -> None:
        self._tasks.discard(task)
        if not self._tasks and self._idle is not None:
            self._idle.set()

    async def settled(self) -> None:
        """Return once no event waits for an attempt (each delivered or given up)."""
        if self._idle is None:
            return
        loop = asyncio.get_running_loop()
        if self._loop is not None and loop is not self._loop:  # a threaded fake server
            future = asyncio.run_coroutine_threadsafe(self._idle.wait(), self._loop)
            await asyncio.wrap_future(future)
        else:
            await self._idle.wait()

    async def _deliver(self, subscription: WebhookSubscription, event: SentEvent) -> None:
        for attempt in range(len(self.retry_delays) + 1):
            if attempt:
                await asyncio.sleep(self.retry_delays[attempt - 1])
            if subscription.status != "active":
                break  # deleted meanwhile (or deactivated)
            assert self._slots is not None
            async with self._slots:
                event.attempts += 1
                if await self._attempt(subscription, event):
                    event.delivered = True
                    return
        event.given_up = True

    def _headers(self, subscription: WebhookSubscription, event: SentEvent) -> dict[str, str]:
        timestamp = int(time.time())
        headers = {
            "Content-Type": "application/json",
            "event-name": event.name,
            "event-version": event.version,
            "event-id": event.event_id,
            "link": event.link,
            "smartrecruiters-timestamp": str(timestamp),
        }
        live = [key for key in subscription.keys if key.is_live(timestamp)]
        if live:
            headers["smartrecruiters-signature"] = ";".join(
                sign(
                    key,
                    timestamp=timestamp,
                    body=event.body,
                    event_id=event.event_id,
                    event_name=event.name,
                    event_version=event.version,
                    link=event.link,
                )
                for key in live
            )
        return headers

    async def _auth_headers(self, subscription: WebhookSubscription) -> dict[str, str]:
        """The callback authentication's headers; ``_TokenRefused`` when an ``oauth2`` token
        service gives no token (the callback then fails without being sent)."""
        auth = subscription.callback_authentication or {}
        if auth.get("type") == "header":
            return {auth["headerName"]: auth["headerValue"]}
        if auth.get("type") == "basic":
            pair = f"{auth['username']}:{auth['password']}".encode()
            return {"Authorization": "Basic " + base64.b64encode(pair).decode()}
        if auth.get("type") == "oauth2":
            return {"Authorization": "Bearer " + await self._bearer(subscription.id, auth)}
        return {}

    async def _bearer(self, subscription_id: str, auth: Json) -> str:
        """A token of the subscription's token service, reused until its ``expires_in``
        (milliseconds, as SmartRecruiters documents it) runs out."""
        lock = self._token_locks.setdefault(subscription_id, asyncio.Lock())
        async with lock:  # concurrent attempts wait for one token instead of each asking
            cached = self._tokens.get(subscription_id)
            if cached is not None and time.monotonic() < cached[1]:
                return cached[0]
            return await self._new_token(subscription_id, auth)

    async def _new_token(self, subscription_id: str, auth: Json) -> str:
        url = auth["tokenServiceUrl"]
        if not _loopback(url):
            raise _TokenRefused("the fake server calls only loopback token services")
        form = {
            "client_id": auth["clientId"],
            "client_secret": auth["clientSecret"],
            "grant_type": "client_credentials",
        }
        try:
            async with self._client().post(
                url, data=form, timeout=aiohttp.ClientTimeout(total=self.ack_timeout)
            ) as response:
                answer = await response.json(content_type=None) if response.ok else None
        except (aiohttp.ClientError, OSError, TimeoutError, ValueError) as exc:
            raise _TokenRefused(f"the token service failed ({type(exc).__name__})") from None
        token = answer.get("access_token") if isinstance(answer, dict) else None
        expires_in = answer.get("expires_in") if isinstance(answer, dict) else None
        if not isinstance(token, str) or not token:
            raise _TokenRefused("the token service answered no access_token")
        if isinstance(expires_in, int | float) and not isinstance(expires_in, bool):
            self._tokens[subscription_id] = (token, time.monotonic() + expires_in / 1000)
        return token

    async def _attempt(self, subscription: WebhookSubscription, event: SentEvent) -> bool:
        headers = self._headers(subscription, event)
        ok = False
        try:
            headers.update(await self._auth_headers(subscription))
        except _TokenRefused:
            self._log(subscription, event, headers, ok)
            return ok
        if _loopback(subscription.callback_url):
            try:
                async with self._client().post(
                    subscription.callback_url,
                    data=event.body,
                    headers=headers,
                    timeout=aiohttp.ClientTimeout(total=self.ack_timeout),
                ) as response:
                    await response.read()
                    ok = response.status == 202
            except (aiohttp.ClientError, OSError, TimeoutError):
                ok = False
        self._log(subscription, event, headers, ok)
        return ok

    def _log(
        self, subscription: WebhookSubscription, event: SentEvent, headers: Json, ok: bool
    ) -> None:
        # Strictly increasing, to the microsecond: entries of one log never share a timestamp.
        at = max(dt.datetime.now(dt.UTC), self._last_logged + dt.timedelta(microseconds=1))
        self._last_logged = at
        subscription.log.append(
            {
                "status": "successful" if ok else "failed",
                "timestamp": at.strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
                "requestDetails": {
                    "url": subscription.callback_url,
                    "body": event.body.decode(),
                    "headers": headers,
                },
            }
        )

    async def aclose(self) -> None:
        """Cancel pending deliveries and close the HTTP session."""
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)
        if self._session is not None:
            await self._session.close()
            self._session = None
