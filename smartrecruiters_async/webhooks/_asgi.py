"""The receiver as an ASGI 3 application (no aiohttp server needed)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from multidict import CIMultiDict

from ._core import ReceiverCore
from .outcome import ReceiveOutcome

__all__ = ["AsgiAdapter", "Receive", "Scope", "Send"]

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]


class AsgiAdapter(ReceiverCore):
    """``WebhookReceiver``'s ASGI face."""

    async def asgi(self, scope: Scope, receive: Receive, send: Send) -> None:
        """The receiver as an ASGI 3 app, for Starlette/FastAPI (``app.mount("/webhooks",
        receiver.asgi)``) or any ASGI server. Refuses other methods (405) and bodies above
        ``max_body_size`` (413) before reading more than the cap; answers lifespan events
        (shutdown waits for the running handlers)."""
        await _serve(self, scope, receive, send)


async def _serve(receiver: ReceiverCore, scope: Scope, receive: Receive, send: Send) -> None:
    if scope["type"] == "lifespan":
        await _lifespan(receiver, receive, send)
        return
    if scope["type"] != "http":
        raise ValueError(f"the webhook receiver serves HTTP, not {scope['type']!r}")
    # As aiohttp decodes them, so the signature covers the bytes that were sent.
    headers = CIMultiDict(
        (name.decode("latin-1"), value.decode("utf-8", "surrogateescape"))
        for name, value in scope.get("headers", ())
    )
    if scope.get("method") != "POST":
        outcome = receiver._refused(405, f"method {scope.get('method')} (deliveries are POSTs)")
        await _answer(send, outcome, {"Allow": "POST"})
        return
    cap = receiver.max_body_size
    length = headers.get("content-length", "")
    if length.isdigit() and int(length) > cap:
        await _answer(send, receiver._refused(413, f"body above {cap} bytes", headers))
        return
    body = bytearray()
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            return
        body += message.get("body", b"")
        if len(body) > cap:
            await _answer(send, receiver._refused(413, f"body above {cap} bytes", headers))
            return
        if not message.get("more_body", False):
            break
    await _answer(send, await receiver.receive(bytes(body), headers))


async def _answer(send: Send, outcome: ReceiveOutcome, extra: dict[str, str] | None = None) -> None:
    text = outcome.reason.encode()
    headers = {**outcome.headers, **(extra or {})}
    await send(
        {
            "type": "http.response.start",
            "status": outcome.status,
            "headers": [
                (b"content-type", b"text/plain; charset=utf-8"),
                (b"content-length", str(len(text)).encode()),
                *(
                    (name.lower().encode(), value.encode("utf-8", "surrogateescape"))
                    for name, value in headers.items()
                ),
            ],
        }
    )
    await send({"type": "http.response.body", "body": text})


async def _lifespan(receiver: ReceiverCore, receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await receiver.drain()
            await send({"type": "lifespan.shutdown.complete"})
            return
