"""The receiver in ``aiohttp.web``: read at most the size cap, then ``receive``."""

from __future__ import annotations

from aiohttp import web

from ._core import ReceiverCore

__all__ = ["AiohttpAdapter"]


class AiohttpAdapter(ReceiverCore):
    """``WebhookReceiver``'s aiohttp face."""

    async def aiohttp_handler(self, request: web.Request) -> web.StreamResponse:
        """An ``aiohttp.web`` handler: ``app.router.add_post("/webhooks", r.aiohttp_handler)``.

        Refuses other methods (405) and a body above ``max_body_size`` (413) before reading
        more of it than the cap; answers what ``receive`` returns.
        """
        return await _handle(self, request)

    def aiohttp_app(self, path: str = "/") -> web.Application:
        """An ``aiohttp.web.Application`` serving the receiver at ``path``; its cleanup waits
        for the running handlers."""

        async def drain(_: web.Application) -> None:
            await self.drain()

        app = web.Application()
        app.router.add_route("*", path, self.aiohttp_handler)
        app.on_cleanup.append(drain)
        return app


async def _handle(receiver: ReceiverCore, request: web.Request) -> web.StreamResponse:
    if request.method != "POST":
        outcome = receiver._refused(405, f"method {request.method} (deliveries are POSTs)")
        return web.Response(status=405, text=outcome.reason, headers={"Allow": "POST"})
    cap = receiver.max_body_size
    if request.content_length is not None and request.content_length > cap:
        outcome = receiver._refused(413, f"body above {cap} bytes", request.headers)
    else:
        body = await request.content.read(cap + 1)  # returns early at the end of the body
        while len(body) <= cap and not request.content.at_eof():
            chunk = await request.content.read(cap + 1 - len(body))
            if not chunk:
                break
            body += chunk
        if len(body) > cap:
            outcome = receiver._refused(413, f"body above {cap} bytes", request.headers)
        else:
            outcome = await receiver.receive(body, request.headers)
    return web.Response(status=outcome.status, text=outcome.reason, headers=outcome.headers)
