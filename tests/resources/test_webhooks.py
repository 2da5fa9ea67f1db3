"""The Webhook Subscription API against the fake server, which calls a receiver served by the
test's own event loop: the handshake, signed deliveries, retries, the callbacks log, the events
the fake's own objects cause, and replay."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator, Callable, Mapping
from typing import Any

import attrs
import pytest
from aiohttp import web
from multidict import CIMultiDict

import smartrecruiters_async as sr
from smartrecruiters_async._protocol.webhooks import SigningKey, verify
from smartrecruiters_async.models import (
    BasicCallbackAuth,
    CallbackStatus,
    HeaderCallbackAuth,
    OAuth2CallbackAuth,
    SubscriptionEvent,
    SubscriptionInput,
    SubscriptionStatus,
)
from smartrecruiters_async.testing import FakeSmartRecruiters
from smartrecruiters_async.webhooks import ReceiveOutcome

NOW = dt.datetime.now(dt.UTC)


@attrs.define
class Callback:
    """A receiver: echoes the handshake (unless ``echo`` is off), answers deliveries with the
    next of ``statuses`` (then 202), and records what came."""

    url: str = ""
    echo: bool = True
    statuses: list[int] = attrs.field(factory=list)
    handshakes: list[dict[str, str]] = attrs.field(factory=list)
    deliveries: list[tuple[bytes, Mapping[str, str]]] = attrs.field(factory=list)
    token_requests: list[dict[str, str]] = attrs.field(factory=list)
    token_status: int = 200

    async def token(self, request: web.Request) -> web.Response:
        """A token service for ``oauth2`` callback authentication (``expires_in`` in ms)."""
        self.token_requests.append(dict(await request.post()))  # type: ignore[arg-type]
        answer = {"access_token": f"tok-{len(self.token_requests)}", "expires_in": 3_600_000}
        return web.json_response(answer, status=self.token_status)

    async def handle(self, request: web.Request) -> web.Response:
        token = request.headers.get("X-Hook-Secret")
        if token is not None:
            self.handshakes.append(dict(request.headers))
            return web.Response(status=200, headers={"X-Hook-Secret": token} if self.echo else {})
        self.deliveries.append((await request.read(), CIMultiDict(request.headers)))
        return web.Response(status=self.statuses.pop(0) if self.statuses else 202)

    async def receive(self, body: bytes, headers: Mapping[str, str], *, replay: bool) -> Any:
        self.deliveries.append((body, CIMultiDict(headers)))
        return ReceiveOutcome(202, headers["event-id"])


@pytest.fixture
async def callback() -> AsyncIterator[Callback]:
    receiver = Callback()
    app = web.Application()
    app.router.add_post("/hook", receiver.handle)
    app.router.add_post("/token", receiver.token)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    receiver.url = f"http://127.0.0.1:{runner.addresses[0][1]}/hook"
    yield receiver
    await runner.cleanup()


@pytest.fixture(autouse=True)
def fast_retries(server: FakeSmartRecruiters) -> None:
    server.webhooks.retry_delays = (0.0, 0.0)


def subscription(url: str, *events: str, **options: Any) -> SubscriptionInput:
    return SubscriptionInput(
        callback_url=url, events=list(events or ["candidate.created"]), **options
    )


async def active(client: sr.SmartRecruiters, callback: Callback, *events: str) -> str:
    created = await client.webhooks.create(subscription(callback.url, *events))
    await client.webhooks.activate(created.id)
    return created.id


async def test_create_list_get_delete(client: sr.SmartRecruiters, callback: Callback) -> None:
    made = [await client.webhooks.create(subscription(callback.url, f"e{i}")) for i in range(3)]
    assert all(s.status is SubscriptionStatus.INACTIVE for s in made)
    assert made[0].events == [SubscriptionEvent(name="e0", version="v1")]
    # limit=2: the second page is found through the Link header of a bare-array page.
    assert [s.id async for s in client.webhooks.list(limit=2)] == [s.id for s in made]
    assert await client.webhooks.get(made[1].id) == made[1]
    await client.webhooks.delete(made[1].id)
    with pytest.raises(sr.NotFoundError):
        await client.webhooks.get(made[1].id)


@pytest.mark.parametrize(
    ("auth", "wire", "secret"),
    [
        (BasicCallbackAuth(username="u", password="pw-1"), {"type": "basic"}, "pw-1"),
        (HeaderCallbackAuth(header_name="x-k", header_value="hv-2"), {"headerName": "x-k"}, "hv-2"),
        (
            OAuth2CallbackAuth(client_id="c", client_secret="cs-3", token_service_url="https://t"),
            {"type": "oauth2", "tokenServiceUrl": "https://t"},
            "cs-3",
        ),
    ],
)
async def test_callback_authentication_shapes(
    client: sr.SmartRecruiters,
    server: FakeSmartRecruiters,
    callback: Callback,
    auth: Any,
    wire: dict[str, str],
    secret: str,
) -> None:
    body = subscription(callback.url, callback_authentication=auth, alerting_email_address="a@b.c")
    assert secret not in repr(body)
    made = await client.webhooks.create(body)
    stored = server.webhook_subscriptions[made.id]
    assert wire.items() <= (stored.callback_authentication or {}).items()
    assert stored.alerting_email_address == "a@b.c"


@pytest.mark.parametrize(
    ("auth", "header", "sent"),
    [
        (BasicCallbackAuth(username="u", password="pw"), "Authorization", "Basic dTpwdw=="),
        (HeaderCallbackAuth(header_name="x-k", header_value="hv"), "x-k", "hv"),
        (None, "Authorization", "Bearer tok-1"),  # oauth2, at the callback's token service
    ],
    ids=["basic", "header", "oauth2"],
)
async def test_the_handshake_and_every_delivery_carry_the_callback_authentication(
    client: sr.SmartRecruiters,
    server: FakeSmartRecruiters,
    callback: Callback,
    auth: Any,
    header: str,
    sent: str,
) -> None:
    token_url = callback.url.replace("/hook", "/token")
    auth = auth or OAuth2CallbackAuth(
        client_id="c", client_secret="cs", token_service_url=token_url
    )
    body = subscription(callback.url, callback_authentication=auth)
    made = await client.webhooks.create(body)
    await client.webhooks.activate(made.id)
    for _ in range(2):
        server.webhooks.emit(server.webhook_subscriptions, "candidate.created", {"id": "c"}, "h")
    await server.webhooks.settled()
    assert [h[header] for h in callback.handshakes] == [sent]
    assert [h[header] for _, h in callback.deliveries] == [sent, sent]
    if isinstance(auth, OAuth2CallbackAuth):  # one token, reused until its expires_in
        assert callback.token_requests == [
            {"client_id": "c", "client_secret": "cs", "grant_type": "client_credentials"}
        ]


async def test_concurrent_first_deliveries_share_one_token(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters, callback: Callback
) -> None:
    token_url = callback.url.replace("/hook", "/token")
    auth = OAuth2CallbackAuth(client_id="c", client_secret="cs", token_service_url=token_url)
    made = await client.webhooks.create(subscription(callback.url, callback_authentication=auth))
    server.webhook_subscriptions[made.id].status = "active"  # no handshake: no token yet
    for _ in range(5):
        server.webhooks.emit(server.webhook_subscriptions, "candidate.created", {"id": "c"}, "h")
    await server.webhooks.settled()
    assert len(callback.token_requests) == 1
    assert {h["Authorization"] for _, h in callback.deliveries} == {"Bearer tok-1"}
    assert len(callback.deliveries) == 5


async def test_a_token_service_that_gives_no_token_fails_the_callback(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters, callback: Callback
) -> None:
    token_url = callback.url.replace("/hook", "/token")
    auth = OAuth2CallbackAuth(client_id="c", client_secret="cs", token_service_url=token_url)
    made = await client.webhooks.create(subscription(callback.url, callback_authentication=auth))
    callback.token_status = 401
    with pytest.raises(sr.BadRequestError, match="token service"):
        await client.webhooks.activate(made.id)
    assert (callback.handshakes, len(callback.token_requests)) == ([], 1)


def create(url: str = "http://h", events: Any = ("e",), **options: Any) -> Any:
    body = SubscriptionInput(callback_url=url, events=list(events), **options)
    return lambda webhooks: webhooks.create(body)


BAD_HEADER = HeaderCallbackAuth(header_name="k", header_value="v")


@pytest.mark.parametrize(
    ("call", "error", "match"),
    [
        (create("/relative"), ValueError, "absolute"),
        (create("ftp://h/x"), ValueError, "absolute"),
        (create(events=[]), ValueError, "events"),
        (create(events=[" "]), ValueError, "event name"),
        (create(alerting_email_address="nobody"), ValueError, "e-mail"),
        (create(callback_authentication=BAD_HEADER), ValueError, "x-"),
        (lambda w: w.create({"callbackUrl": "http://h"}), TypeError, "SubscriptionInput"),
        (lambda w: w.activate("s", timeout=20), ValueError, "more than 20"),
        (lambda w: w.activate(""), ValueError, "non-empty"),
        (lambda w: w.callbacks_log("s", after=NOW - dt.timedelta(days=31)), ValueError, "30 days"),
        (lambda w: w.callbacks_log("s", after=NOW, before=NOW), ValueError, "later"),
        (lambda w: w.callbacks_log("s", after=dt.datetime(2026, 1, 1)), ValueError, "aware"),
        (lambda w: w.callbacks_log("s", status="late"), ValueError, "successful"),
        (lambda w: w.list(limit=0), ValueError, "between 1 and 100"),
    ],
)
async def test_bad_input_is_refused_before_any_request(
    client: sr.SmartRecruiters,
    server: FakeSmartRecruiters,
    call: Callable[[Any], Any],
    error: type[Exception],
    match: str,
) -> None:
    with pytest.raises(error, match=match):
        await call(client.webhooks)
    assert len(server.requests) == 0


async def test_activation_is_the_handshake_with_a_receiver_in_this_loop(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters, callback: Callback
) -> None:
    subscription_id = await active(client, callback)
    assert len(callback.handshakes) == 1
    assert (await client.webhooks.get(subscription_id)).status is SubscriptionStatus.ACTIVE
    callback.echo = False
    other = await client.webhooks.create(subscription(callback.url))
    with pytest.raises(sr.BadRequestError, match="X-Hook-Secret"):
        await client.webhooks.activate(other.id)
    assert (await client.webhooks.get(other.id)).status is SubscriptionStatus.INACTIVE


async def test_secret_keys_sign_deliveries_with_every_live_key(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters, callback: Callback
) -> None:
    subscription_id = await active(client, callback)
    first = await client.webhooks.generate_secret_key(subscription_id)
    second = await client.webhooks.generate_secret_key(subscription_id)
    assert first.secret_key not in repr(first)
    assert await client.webhooks.secret_key(subscription_id) == second
    await client.candidates.create(
        sr.models.CandidateInput(first_name="A", last_name="B", email="a@b.example")
    )
    await server.webhooks.settled()
    (body, headers), *_ = callback.deliveries
    assert headers["smartrecruiters-signature"].count("v1=") == 2
    for key in (first, second):  # the replaced key verifies for its 24 hours
        verify(body, headers, [SigningKey(key.secret_key)])


async def test_failed_deliveries_are_retried_and_logged(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters, callback: Callback
) -> None:
    subscription_id = await active(client, callback)
    callback.statuses = [500, 200]  # 200 is a failure too: only 202 acknowledges
    before = dt.datetime.now(dt.UTC)
    (event,) = server.webhooks.emit(
        server.webhook_subscriptions, "candidate.created", {"id": "c"}, "http://x/c"
    )
    await server.webhooks.settled()
    assert (event.attempts, event.delivered) == (3, True)
    assert {h["event-id"] for _, h in callback.deliveries} == {event.event_id}
    log = [e async for e in client.webhooks.callbacks_log(subscription_id, limit=1)]
    assert [e.status for e in log] == [CallbackStatus.SUCCESSFUL] + [CallbackStatus.FAILED] * 2
    assert log[0].request_details is not None
    assert log[0].request_details.body == '{"id":"c"}'
    failures = client.webhooks.callbacks_log(subscription_id, status="failed", after=before)
    assert len([e async for e in failures]) == 2
    gone = client.webhooks.callbacks_log(subscription_id, before=before)
    assert [e async for e in gone] == []

    callback.statuses = [500, 500, 500]
    (lost,) = server.webhooks.emit(
        server.webhook_subscriptions, "candidate.created", {"id": "d"}, "http://x/d"
    )
    await server.webhooks.settled()
    assert (lost.attempts, lost.delivered, lost.given_up) == (3, False, True)


async def test_the_fakes_own_changes_send_events(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters, callback: Callback
) -> None:
    await active(client, callback, "candidate.created", "application.status.updated", "job.created")
    candidate = await client.candidates.create(
        sr.models.CandidateInput(first_name="A", last_name="B", email="a@b.example")
    )
    await server.webhooks.settled()
    body, headers = callback.deliveries[-1]
    assert headers["event-name"] == "candidate.created"
    assert body == f'{{"id":"{candidate.id}"}}'.encode()
    assert headers["link"] == f"<{server.url}/candidates/{candidate.id}>; rel=self"


async def test_replay_redelivers_failed_events_once_each(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters, callback: Callback
) -> None:
    subscription_id = await active(client, callback)
    since = dt.datetime.now(dt.UTC)
    callback.statuses = [500, 500, 500]  # the first event is lost after its two retries
    emit = server.webhooks.emit
    (lost,) = emit(server.webhook_subscriptions, "candidate.created", {"id": "1"}, "http://x/1")
    await server.webhooks.settled()
    (kept,) = emit(server.webhook_subscriptions, "candidate.created", {"id": "2"}, "http://x/2")
    await server.webhooks.settled()
    callback.deliveries.clear()
    report = await client.webhooks.replay(subscription_id, callback, since=since)
    assert (report.entries, report.events, report.skipped) == (4, 2, 1)
    assert report.outcomes == [ReceiveOutcome(202, lost.event_id)]
    assert callback.deliveries[0][0] == b'{"id":"1"}'
    everything = await client.webhooks.replay(
        subscription_id, callback, since=since, failed_only=False
    )
    assert [o.reason for o in everything.outcomes] == [lost.event_id, kept.event_id]
