"""The way every request takes through the fake server, as one aiohttp middleware.

Network delay, then the arrival is counted and throttled (429 or on), then injected faults,
authentication, service time, and finally the endpoint writes its reply. The concurrency slot
is held from the counted arrival until the last byte of the body is written.
"""

from __future__ import annotations

import asyncio
import random
from collections import deque
from collections.abc import Awaitable, Callable, Collection
from http import HTTPStatus
from typing import Literal

import attrs
from aiohttp import web
from aiohttp.typedefs import Handler as AiohttpHandler
from multidict import CIMultiDict, CIMultiDictProxy

from .._protocol.routes import ROUTES, Route
from .credentials import is_authorized
from .faults import BAD_GATEWAY_HTML, Fault, FaultQueue
from .handlers import Handler
from .oauth import FakeOAuth
from .page_faults import Serve, bend_page, cut_json, echo_credentials
from .replies import Reply, write_reply
from .state import ServerData
from .stats import FORCED, Arrival, ServerStats
from .throttle import Throttle

__all__ = ["Gateway", "RateLimitHeaders", "RecordedRequest", "Serving", "endpoint"]

RateLimitHeaders = Literal["arrival", "response"]
"""When the ``X-RateLimit-*`` values are read: at the counted arrival, or as the response starts."""

MALFORMED_JSON = b'{"offset": 0, "limit": 10, "totalFound": 3, "content": [{"id": "1", "name": '
"""The body of an injected malformed response: JSON cut off mid-object."""


@attrs.frozen(kw_only=True)
class RecordedRequest:
    """What arrived: method, raw path, raw query string and the headers as sent."""

    method: str
    path: str
    query: str
    headers: CIMultiDictProxy[str]
    operation_id: str


Rewrite = Callable[[web.Request, Reply, Serve], Awaitable[Reply]]
"""Bends the handler's reply for a fault (``Serve`` runs the handler for another request)."""


@attrs.frozen(kw_only=True)
class Serving:
    """What the gateway hands the endpoint: data, headers to add, how to write the body."""

    data: ServerData
    headers: dict[str, str]
    truncate: bool
    on_bytes: Callable[[int], None]
    rewrite: Rewrite | None = None


SERVING = web.RequestKey("smartrecruiters_async.serving", Serving)


def endpoint(handler: Handler) -> AiohttpHandler:
    """The aiohttp handler of one operation: runs ``handler`` and writes its reply.

    Only valid behind the ``Gateway``, which supplies the ``Serving`` context.
    """

    async def serve(request: web.Request) -> web.StreamResponse:
        serving = request[SERVING]
        reply = await handler(request, serving.data)
        if serving.rewrite is not None:

            async def serve_other(other: web.Request) -> Reply:
                return await handler(other, serving.data)

            reply = await serving.rewrite(request, reply, serve_other)
        return await write_reply(
            request,
            reply,
            headers=serving.headers,
            truncate=serving.truncate,
            on_bytes=serving.on_bytes,
        )

    return serve


def _status_reply(fault: Fault) -> Reply:
    if fault.body is not None:
        text = fault.body.lstrip()
        content_type = "text/html" if text.startswith("<") else "application/json"
        return Reply(status=fault.status, body=fault.body.encode(), content_type=content_type)
    if fault.status == 502:
        return Reply(status=502, body=BAD_GATEWAY_HTML.encode(), content_type="text/html")
    try:
        phrase = HTTPStatus(fault.status).phrase
    except ValueError:
        phrase = "Error"
    return Reply.error(fault.status, phrase.upper().replace(" ", "_"), phrase)


def _fault_reply(fault: Fault, request: web.Request) -> Reply | None:
    """The reply that replaces the real one, or ``None`` when the fault alters the real one."""
    if fault.kind == "status":
        return _status_reply(fault)
    if fault.kind == "malformed":
        return Reply(body=MALFORMED_JSON)
    if fault.kind == "rate_limit":
        reply = Reply.error(429, "TOO_MANY_REQUESTS", "Too many requests (injected)")
        return attrs.evolve(reply, headers={"Retry-After": str(fault.retry_after)})
    if fault.kind == "redirect":
        location = f"{fault.location}{request.raw_path}"
        return Reply(status=fault.status, content_type=None, headers={"Location": location})
    if fault.kind == "echo_credentials":
        return echo_credentials(fault, request)
    return None


def _rewrite(fault: Fault | None) -> Rewrite | None:
    """How ``fault`` bends the real reply, or ``None`` when it leaves it alone."""
    if fault is None:
        return None
    if fault.kind == "cut_json":

        async def cut(request: web.Request, reply: Reply, serve: Serve) -> Reply:
            return cut_json(reply)

        return cut
    if fault.kind == "page" and fault.shape is not None:
        shape = fault.shape

        async def bend(request: web.Request, reply: Reply, serve: Serve) -> Reply:
            return await bend_page(shape, request, reply, serve)

        return bend
    return None


class Gateway:
    """aiohttp middleware applying the fake server's policies to every request."""

    __middleware_version__ = 1

    def __init__(
        self,
        *,
        data: ServerData,
        throttle: Throttle,
        stats: ServerStats,
        faults: FaultQueue,
        requests: deque[RecordedRequest],
        rng: random.Random,
        arrival_jitter: tuple[float, float],
        latency: tuple[float, float],
        api_keys: Collection[str] | None,
        oauth: FakeOAuth | None = None,
        rate_limit_headers: RateLimitHeaders = "arrival",
    ) -> None:
        self.data = data
        self.throttle = throttle
        self.stats = stats
        self.faults = faults
        self.requests = requests
        self.rng = rng
        self.arrival_jitter = arrival_jitter
        self.latency = latency
        self.api_keys = api_keys
        self.oauth = oauth
        self.rate_limit_headers = rate_limit_headers
        self._extra_routes = oauth.routes() if oauth is not None else {}

    def _delay(self, bounds: tuple[float, float]) -> float:
        """A uniform random delay within ``bounds`` (seeded, so runs repeat)."""
        low, high = bounds
        return self.rng.uniform(low, high) if high > 0 else 0.0

    async def _pause(self, bounds: tuple[float, float], extra: float = 0.0) -> None:
        seconds = self._delay(bounds) + extra
        if seconds > 0:
            await asyncio.sleep(seconds)

    def _charger(self, route: Route) -> Callable[[int], None]:
        def charge(nbytes: int) -> None:
            self.throttle.charge(route, nbytes)
            self.stats.record_bytes(self.throttle.clock(), route.operation_id, nbytes)

        return charge

    async def _arrive(self) -> float:
        """Wait out the simulated network delay; return the arrival time it models.

        The arrival is counted at receipt + delay, not when the sleep returns: an overshooting
        timer on a busy machine is the test's own scheduling, not network jitter, and counting
        it would add an unbounded delay the ``arrival_jitter`` bounds promise not to.
        """
        arrival = self.throttle.clock() + self._delay(self.arrival_jitter)
        wait = arrival - self.throttle.clock()
        if wait > 0:
            await asyncio.sleep(wait)
        return arrival

    async def __call__(self, request: web.Request, handler: AiohttpHandler) -> web.StreamResponse:
        """Delay, count, throttle, then serve ``request`` (or fault it)."""
        arrival_time = await self._arrive()
        route = self._extra_routes.get((request.method, request.path)) or ROUTES.classify(
            request.method, request.rel_url.raw_path
        )
        self.requests.append(
            RecordedRequest(
                method=request.method,
                path=request.rel_url.raw_path,
                query=request.rel_url.raw_query_string,
                headers=CIMultiDictProxy(CIMultiDict(request.headers)),
                operation_id=route.operation_id,
            )
        )
        admission = self.throttle.admit(route, at=arrival_time)
        arrival = self.stats.record_arrival(
            Arrival(
                time=admission.at,
                operation_id=route.operation_id,
                method=request.method,
                path=request.rel_url.raw_path,
                rate_classes=route.rate_classes,
                accepted=admission.accepted,
                reason=admission.reason,
            )
        )
        headers = admission.headers()
        if not admission.accepted:
            assert admission.reason is not None
            self.stats.record_rejection(admission.reason)
            arrival.status = 429
            message = f"Too many requests: {admission.reason} policy violated"
            return await write_reply(
                request, Reply.error(429, "TOO_MANY_REQUESTS", message), headers=headers
            )
        self.stats.record_in_flight(dict(self.throttle.in_flight))
        try:
            response = await self._serve(request, handler, route, headers, arrival)
        except Exception:
            if arrival.status is None:
                arrival.status = 500
            raise
        finally:
            self.throttle.release(admission)
        return response

    async def _serve(
        self,
        request: web.Request,
        handler: AiohttpHandler,
        route: Route,
        headers: dict[str, str],
        arrival: Arrival,
    ) -> web.StreamResponse:
        fault = self.faults.take(route.operation_id, request.query)
        arrival.fault = fault.kind if fault is not None else None
        extra = fault.delay if fault is not None and fault.kind == "delay" else 0.0
        await self._pause(self.latency, extra)
        if fault is not None and fault.kind == "list_change":
            self.data.change_postings(
                inserts=fault.inserts, deletes=fault.deletes, at=fault.at, rng=self.rng
            )
        if self.rate_limit_headers == "response":
            # Counted now, the requests in flight include those that arrived during this one.
            headers.update(self.throttle.usage_headers(route))
        if fault is not None and fault.kind == "reset":
            if request.transport is not None:
                request.transport.abort()
            return web.Response(status=500)
        reply = _fault_reply(fault, request) if fault is not None else None
        unrouted = request.match_info.http_exception
        if reply is None and unrouted is not None:
            code = unrouted.reason.upper().replace(" ", "_")
            message = f"{unrouted.reason}: {request.method} {request.path}"
            reply = Reply.error(unrouted.status, code, message)
        bearer = self.oauth.authorized_bearer if self.oauth is not None else None
        if reply is None and not is_authorized(route, request.headers, self.api_keys, bearer):
            reply = Reply.error(401, "UNAUTHORIZED", "Missing or invalid credentials")
        if reply is None and self.oauth is not None:
            reply = self.oauth.scope_refusal(route, request.headers)
        if reply is not None:
            if reply.status == 429:
                self.stats.record_rejection(FORCED)
            arrival.status = reply.status
            return await write_reply(request, reply, headers=headers)
        request[SERVING] = Serving(
            data=self.data,
            headers=headers,
            truncate=fault is not None and fault.kind == "truncate",
            on_bytes=self._charger(route),
            rewrite=_rewrite(fault),
        )
        response = await handler(request)
        arrival.status = response.status
        return response
