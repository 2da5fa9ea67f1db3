"""The receiver through ``receive``, aiohttp and ASGI alike: handshake, 202 then the handler,
duplicates dropped, every bad input a clear 4xx with one log line and no handler call."""

from __future__ import annotations

import asyncio
import io
import logging
from collections.abc import AsyncIterator

import pytest
from multidict import CIMultiDict

from smartrecruiters_async.webhooks import (
    JobCreated,
    KeySet,
    SigningKey,
    UnknownEvent,
    WebhookReceiver,
)

from .conftest import API, KEY, NOW, SECRET, Post, Recorder, asgi_request, delivery


async def test_a_verified_delivery_is_acknowledged_202_then_handled(
    post: Post, receiver: WebhookReceiver, handler: Recorder
) -> None:
    status, reason, _ = await post(*delivery())
    assert (status, reason) == (202, "accepted")
    await receiver.drain()
    (event,) = handler.events
    assert isinstance(event, JobCreated)
    assert (event.id, event.payload.id, event.url) == ("evt-1", "job-1", f"{API}/jobs/job-1")
    assert receiver.stats.accepted == receiver.stats.handled == 1


async def test_the_ack_does_not_wait_for_the_handler(receiver: WebhookReceiver) -> None:
    release = asyncio.Event()
    seen: list[str] = []

    async def slow(event: object) -> None:
        await release.wait()
        seen.append("handled")

    slow_receiver = WebhookReceiver(slow, keys=[KEY], api_base_url=API, clock=lambda: NOW)
    outcome = await slow_receiver.receive(*delivery())
    assert outcome.status == 202
    assert seen == []  # answered while the handler still waits
    release.set()
    await slow_receiver.drain()
    assert seen == ["handled"]


async def test_a_duplicate_event_id_is_acknowledged_but_not_handled_again(
    post: Post, receiver: WebhookReceiver, handler: Recorder
) -> None:
    body, headers = delivery()
    assert (await post(body, headers))[0] == 202
    assert (await post(body, headers))[:2] == (202, "duplicate event-id, already received")
    assert (await post(*delivery(event_id="evt-2")))[0] == 202
    await receiver.drain()
    assert [event.id for event in handler.events] == ["evt-1", "evt-2"]
    assert receiver.stats.duplicates == 1


async def test_a_failed_handler_releases_the_event_for_a_retry(
    receiver: WebhookReceiver, handler: Recorder, caplog: pytest.LogCaptureFixture
) -> None:
    handler.fail.add("evt-1")
    body, headers = delivery()
    assert (await receiver.receive(body, headers)).status == 202
    await receiver.drain()
    assert "webhook handler failed for job.created 'evt-1'" in caplog.text
    handler.fail.clear()
    assert (await receiver.receive(body, headers)).reason == "accepted"  # not a duplicate
    await receiver.drain()
    assert [event.id for event in handler.events] == ["evt-1"]
    assert (receiver.stats.failed, receiver.stats.handled) == (1, 1)


async def test_a_replay_ignores_the_tolerance_and_awaits_the_handler(
    receiver: WebhookReceiver, handler: Recorder
) -> None:
    old = delivery(timestamp=NOW - 20 * 86400)
    assert (await receiver.receive(*old)).status == 401  # too old for a live delivery
    outcome = await receiver.receive(*old, replay=True)
    assert (outcome.status, outcome.reason) == (202, "handled")
    assert [event.id for event in handler.events] == ["evt-1"]  # already done, no drain
    handler.fail.add("evt-2")
    failed = await receiver.receive(*delivery(event_id="evt-2"), replay=True)
    assert failed.status == 500


async def test_an_unknown_event_name_still_reaches_the_handler(
    post: Post, receiver: WebhookReceiver, handler: Recorder
) -> None:
    await post(*delivery("talent-pool.created", {"pool_id": "p-1"}))
    await receiver.drain()
    (event,) = handler.events
    assert isinstance(event, UnknownEvent)
    assert (event.name, event.version, event.payload) == (
        "talent-pool.created",
        "v1",
        {"pool_id": "p-1"},
    )


def _bad_inputs() -> dict[str, tuple[bytes, dict[str, str], int, str]]:
    body, headers = delivery()
    other = SigningKey("not-the-receivers-key")
    without = {k: v for k, v in headers.items() if k != "smartrecruiters-signature"}
    cases = {
        "no signature": (body, without, 400, "missing header(s): smartrecruiters-signature"),
        "malformed signature": (
            body,
            {**headers, "smartrecruiters-signature": "sha256=abc;garbage"},
            400,
            "not 'v1=<hex>",
        ),
        "wrong key": (*delivery(key=other), 401, "matches none of the 1 live"),
        "changed body": (body.replace(b"job-1", b"job-2"), headers, 401, "matches none"),
        "wrong content type": (
            body,
            {**headers, "content-type": "text/plain"},
            415,
            "not application/json",
        ),
        "no content type": (
            body,
            {k: v for k, v in headers.items() if k != "content-type"},
            415,
            "not application/json",
        ),
        "old timestamp": (*delivery(timestamp=NOW - 4 * 86400), 401, "beyond the"),
        "not a JSON object": (*_signed_body(b"[1, 2]"), 400, "not a JSON object"),
        "not JSON": (*_signed_body(b"{oops"), 400, "not JSON"),
        "link to another host": (
            *delivery(link="<https://evil.example/jobs/job-1>; rel=self"),
            400,
            "points at https://evil.example",
        ),
        "malformed link": (*delivery(link="https://no-brackets"), 400, "link header"),
    }
    return cases


def _signed_body(body: bytes) -> tuple[bytes, dict[str, str]]:
    from smartrecruiters_async.webhooks import signed_headers

    return body, signed_headers(
        KEY, body=body, event_id="evt-x", event_name="job.created", timestamp=int(NOW)
    )


BAD = _bad_inputs()


@pytest.mark.parametrize("case", BAD)
async def test_bad_input_is_a_clear_4xx_with_a_log_line_and_no_handler_call(
    case: str,
    post: Post,
    receiver: WebhookReceiver,
    handler: Recorder,
    caplog: pytest.LogCaptureFixture,
) -> None:
    body, headers, expected, reason = BAD[case]
    with caplog.at_level(logging.INFO, "smartrecruiters_async.webhooks"):
        status, text, _ = await post(body, headers)
    await receiver.drain()
    assert (status, handler.events) == (expected, [])
    assert reason in text
    refusals = [r for r in caplog.records if r.getMessage().startswith("webhook refused")]
    assert len(refusals) == 1
    assert reason in refusals[0].getMessage()
    assert not [r for r in caplog.records if r.exc_info]
    assert SECRET not in caplog.text
    assert receiver.stats.refused == 1


@pytest.mark.parametrize("with_length", [True, False], ids=["content-length", "chunked"])
async def test_a_10_mb_body_is_refused_before_it_is_read_whole(
    with_length: bool, receiver: WebhookReceiver, handler: Recorder
) -> None:
    body, headers = delivery()
    chunk = b" " * 65536
    chunks = [body[:-1], *([chunk] * 160), b"}"]  # 10 MB of JSON whitespace
    if with_length:
        headers["content-length"] = str(sum(map(len, chunks)))
    (status, reason, _), read = await asgi_request(receiver.asgi, chunks, headers)
    assert (status, handler.events) == (413, [])
    assert "body above 65536 bytes" in reason
    assert read <= 2 if not with_length else read == 0


@pytest.mark.parametrize("with_length", [True, False], ids=["content-length", "chunked"])
async def test_a_10_mb_body_through_aiohttp_is_refused(
    with_length: bool, receiver: WebhookReceiver, handler: Recorder
) -> None:
    from aiohttp.test_utils import TestClient, TestServer

    body, headers = delivery()
    big = body[:-1] + b" " * (10 * 1024 * 1024) + b"}"

    async def stream() -> AsyncIterator[bytes]:
        for start in range(0, len(big), 65536):
            yield big[start : start + 65536]

    data = io.BytesIO(big) if with_length else stream()
    async with (
        TestClient(TestServer(receiver.aiohttp_app("/"))) as http,
        http.post("/", data=data, headers=headers) as response,
    ):
        assert response.status == 413
    assert handler.events == []


async def test_receive_refuses_a_body_above_the_cap_too(receiver: WebhookReceiver) -> None:
    body, headers = delivery()
    assert (await receiver.receive(body + b" " * 70000, headers)).status == 413


@pytest.mark.parametrize("adapter", ["aiohttp", "asgi"])
async def test_other_methods_are_405(adapter: str, receiver: WebhookReceiver) -> None:
    from aiohttp.test_utils import TestClient, TestServer

    if adapter == "asgi":
        (status, _, headers), _ = await asgi_request(receiver.asgi, b"", {}, "GET")
    else:
        async with (
            TestClient(TestServer(receiver.aiohttp_app("/"))) as http,
            http.get("/") as response,
        ):
            status, headers = response.status, CIMultiDict(response.headers)
    assert (status, headers["Allow"]) == (405, "POST")


HANDSHAKE = {"X-Hook-Secret": "4jn8fs9011jj8"}


async def test_an_expected_handshake_is_answered_200_with_the_token(
    post: Post, receiver: WebhookReceiver, handler: Recorder, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO), receiver.expect_activation("sub-1") as expected:
        status, _, headers = await post(b"", HANDSHAKE)
        assert (status, headers["X-Hook-Secret"]) == (200, "4jn8fs9011jj8")
        token = await asyncio.wait_for(expected.wait(), 1)
    assert token.value == "4jn8fs9011jj8"
    assert "for subscription sub-1" in caplog.text
    assert "4jn8fs9011jj8" not in caplog.text + repr(expected) + repr(token)
    # Answered once: the next handshake is not expected.
    assert (await post(b"", HANDSHAKE))[0] == 403
    assert handler.events == []


async def test_an_unexpected_handshake_is_refused(
    post: Post, receiver: WebhookReceiver, caplog: pytest.LogCaptureFixture
) -> None:
    status, reason, headers = await post(b"", HANDSHAKE)
    assert (status, "X-Hook-Secret" in headers) == (403, False)
    assert "activation handshake not expected" in reason
    assert "webhook refused with 403" in caplog.text


async def test_an_expectation_expires_and_answer_activations_answers_all(
    handler: Recorder,
) -> None:
    now = [NOW]
    receiver = WebhookReceiver(handler, keys=[KEY], api_base_url=API, clock=lambda: now[0])
    receiver.expect_activation(within=20)
    now[0] += 21
    assert (await receiver.receive(b"", HANDSHAKE)).status == 403
    receiver.answer_activations = True
    assert (await receiver.receive(b"", HANDSHAKE)).headers == HANDSHAKE


async def test_keys_rotate_on_a_running_receiver(
    receiver: WebhookReceiver, handler: Recorder
) -> None:
    new = SigningKey("the-new-signing-key")
    assert (await receiver.receive(*delivery(key=new))).status == 401
    receiver.keys = receiver.keys.rotate(new, now=lambda: NOW)
    assert (await receiver.receive(*delivery(key=new, event_id="a"))).status == 202
    assert (await receiver.receive(*delivery(event_id="b"))).status == 202  # old key: < 24 h
    await receiver.drain()
    assert len(handler.events) == 2


def test_secrets_never_show_in_the_receivers_repr(receiver: WebhookReceiver) -> None:
    receiver.keys = KeySet.of(SECRET).rotate("second-secret", now=lambda: NOW)
    assert SECRET not in repr(receiver)
    assert "second-secret" not in repr(receiver)
    assert KEY.fingerprint in repr(receiver)


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"keys": []}, "at least one signing key"),
        ({"keys": [KEY], "tolerance": 3600, "dedupe_window": 60}, "at least the tolerance"),
        ({"keys": [KEY], "max_body_size": 0}, "at least 1 byte"),
        ({"keys": [KEY], "api_base_url": "ftp://x"}, "http"),
    ],
)
def test_bad_configuration_is_refused(kwargs: dict[str, object], error: str) -> None:
    with pytest.raises(ValueError, match=error):
        WebhookReceiver(Recorder(), **kwargs)  # type: ignore[arg-type]


class BrokenStore:
    async def claim(self, key: str, ttl: float) -> bool:
        raise ConnectionError("redis is down")

    async def release(self, key: str) -> None:
        raise ConnectionError("redis is down")


async def test_a_failing_dedupe_store_is_a_503_so_smartrecruiters_retries(
    post: Post, handler: Recorder, caplog: pytest.LogCaptureFixture
) -> None:
    receiver = WebhookReceiver(
        handler, keys=[KEY], dedupe=BrokenStore(), api_base_url=API, clock=lambda: NOW
    )
    outcome = await receiver.receive(*delivery())
    assert (outcome.status, handler.events) == (503, [])
    assert "dedupe store failed (ConnectionError): answered 503" in caplog.text


async def test_no_secret_reaches_the_log_on_any_path(
    receiver: WebhookReceiver, handler: Recorder, caplog: pytest.LogCaptureFixture
) -> None:
    handler.fail.add("evt-2")
    with caplog.at_level(logging.DEBUG):
        with receiver.expect_activation():
            await receiver.receive(b"", {"X-Hook-Secret": "one-time-token-value"})
        for headers in (delivery()[1], delivery()[1], delivery(event_id="evt-2")[1]):
            await receiver.receive(delivery()[0], headers)
        await receiver.receive(*delivery(key=SigningKey("wrong-key-value")))
        await receiver.drain()
    assert len(caplog.records) >= 5
    for secret in (SECRET, "one-time-token-value", "wrong-key-value"):
        assert secret not in caplog.text
