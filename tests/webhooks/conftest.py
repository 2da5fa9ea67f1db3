"""Signed deliveries, a recording handler, and one driver per way a delivery reaches a receiver:
``receive`` itself, the aiohttp handler (aiohttp's test server) and the ASGI app (a minimal
ASGI server in-process)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Mapping
from typing import Any

import pytest
from aiohttp.test_utils import TestClient, TestServer
from multidict import CIMultiDict

from smartrecruiters_async.webhooks import SigningKey, WebhookEvent, WebhookReceiver, signed_headers
from tests.resources.conftest import client, server

__all__ = ["client", "server"]  # the fake server and its client, for fetch

SECRET = "receiver-signing-key-0123456789"
KEY = SigningKey(SECRET)
NOW = 1_800_000_000.0
API = "https://api.smartrecruiters.com"


def delivery(
    event_name: str = "job.created",
    payload: Mapping[str, Any] | None = None,
    *,
    event_id: str = "evt-1",
    link: str = f"<{API}/jobs/job-1>; rel=self",
    timestamp: float = NOW,
    key: SigningKey = KEY,
) -> tuple[bytes, dict[str, str]]:
    """A body and the headers SmartRecruiters would send with it."""
    body = json.dumps(payload if payload is not None else {"id": "job-1"}).encode()
    headers = signed_headers(
        key,
        body=body,
        event_id=event_id,
        event_name=event_name,
        link=link,
        timestamp=int(timestamp),
    )
    return body, headers


class Recorder:
    """The user's handler: records every event; raises for ids in ``fail``."""

    def __init__(self) -> None:
        self.events: list[WebhookEvent[Any]] = []
        self.fail: set[str] = set()

    async def __call__(self, event: WebhookEvent[Any]) -> None:
        if event.id in self.fail:
            raise RuntimeError(f"handler failed on {event.id}")
        self.events.append(event)


@pytest.fixture
def handler() -> Recorder:
    return Recorder()


@pytest.fixture
def receiver(handler: Recorder) -> WebhookReceiver:
    return WebhookReceiver(handler, keys=[KEY], api_base_url=API, clock=lambda: NOW)


Answer = tuple[int, str, CIMultiDict[str]]
Post = Callable[..., Awaitable[Answer]]


async def asgi_request(
    app: Any, body: bytes | Iterable[bytes], headers: Mapping[str, str], method: str = "POST"
) -> tuple[Answer, int]:
    """Run one HTTP request through an ASGI app; the answer and how many body chunks it read."""
    chunks = [body] if isinstance(body, bytes) else list(body)
    scope = {
        "type": "http",
        "method": method,
        "path": "/",
        "headers": [(k.lower().encode(), v.encode()) for k, v in headers.items()],
    }
    read = 0
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        nonlocal read
        read += 1
        if read > len(chunks):
            return {"type": "http.disconnect"}
        return {"type": "http.request", "body": chunks[read - 1], "more_body": read < len(chunks)}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    await app(scope, receive, send)
    start, end = sent
    answer_headers = CIMultiDict((k.decode(), v.decode()) for k, v in start["headers"])
    return (start["status"], end["body"].decode(), answer_headers), read


@pytest.fixture(params=["receive", "aiohttp", "asgi"])
async def post(request: pytest.FixtureRequest, receiver: WebhookReceiver) -> AsyncIterator[Post]:
    """POST a delivery to ``receiver`` one of three ways; ``(status, reason, headers)``."""
    if request.param == "receive":

        async def direct(body: bytes, headers: Mapping[str, str], method: str = "POST") -> Answer:
            outcome = await receiver.receive(body, headers)
            return outcome.status, outcome.reason, CIMultiDict(outcome.headers)

        yield direct
    elif request.param == "aiohttp":
        async with TestClient(TestServer(receiver.aiohttp_app("/"))) as http:

            async def through_aiohttp(
                body: bytes, headers: Mapping[str, str], method: str = "POST"
            ) -> Answer:
                async with http.request(method, "/", data=body, headers=headers) as response:
                    return response.status, await response.text(), CIMultiDict(response.headers)

            yield through_aiohttp
    else:

        async def through_asgi(
            body: bytes, headers: Mapping[str, str], method: str = "POST"
        ) -> Answer:
            answer, _ = await asgi_request(receiver.asgi, body, headers, method)
            return answer

        yield through_asgi
    await receiver.drain()
