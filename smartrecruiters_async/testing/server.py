"""``FakeSmartRecruiters``: a real aiohttp server that behaves like the Customer API."""

from __future__ import annotations

import random
from collections import deque
from collections.abc import Collection, Mapping
from types import TracebackType

from aiohttp import web

from .._oauth.channel import TOKEN_PATH
from .._protocol.routes import ROUTES
from ..governor.policies import Policies
from ._server_thread import LoopThread
from .faults import FaultQueue
from .gateway import Gateway, RateLimitHeaders, RecordedRequest, endpoint
from .handlers import HANDLERS, Handler
from .handlers.webhooks import webhooks_state
from .oauth import ALLOW_PATH, FakeOAuth
from .rate_windows import Algorithm
from .state import ServerData
from .stats import ServerStats
from .throttle import Throttle
from .webhook_sender import WebhookSender, WebhookSubscription

__all__ = ["FakeSmartRecruiters"]

_RECENT_REQUESTS = 1000
_SHUTDOWN_TIMEOUT = 1.0


def _bounds(name: str, value: tuple[float, float]) -> tuple[float, float]:
    low, high = value
    if not 0 <= low <= high:
        raise ValueError(f"{name} must be (low, high) with 0 <= low <= high, got {value!r}")
    return float(low), float(high)


class FakeSmartRecruiters:
    """The SmartRecruiters Customer API on ``127.0.0.1``, for tests, benchmarks and demos.

    Serves every operation of the route table (every API group of the client, the Reporting
    and Analytics APIs and the sunset ``/v1/offers``) with seeded, stateful data that validates
    request bodies as the real API documents, and enforces
    ``policies`` per the route table's classes with the rate ``algorithm`` ``"sliding"``,
    ``"fixed"`` or ``"token_bucket"``. Each request first waits a uniform random
    ``arrival_jitter`` (network delay; it is counted on arrival after that), is then throttled,
    then takes a uniform random ``latency`` of service time while in flight. ``seed`` fixes the
    data and the delays. ``api_keys``, when given, are the only ``X-SmartToken`` values
    accepted. ``analytics_bytes`` is the size of each Analytics API body. ``oauth`` (a
    ``FakeOAuth``) serves ``POST /identity/oauth/token`` and ``GET /identity/oauth/allow`` and
    makes API routes accept only the bearer tokens it issued and that have not expired.
    ``rate_limit_headers`` says when the ``X-RateLimit-*`` values of an accepted request are
    read: ``"arrival"`` (default) counts them as the request is admitted, ``"response"`` as its
    response starts, after the service time, so the requests in flight then include those that
    arrived meanwhile; the API does not say which it does, and a client must be right under
    both. ``threaded`` serves from a thread with an event loop of its own, as a remote server is
    apart from its client: the client's own work in its loop (decoding pages, writing files)
    then cannot delay when the server counts an arrival. ``port`` (default 0: any free one)
    fixes the TCP port, for an app configured with a fixed URL; it listens on 127.0.0.1 only.
    Read ``stats`` once the requests are done; the demo uses it.

    Use it as an async context manager (or ``await start()`` / ``await close()``)::

        async with FakeSmartRecruiters(postings=250) as server:
            async with aiohttp.ClientSession() as session:
                await session.get(f"{server.url}/v1/companies/acme/postings")
            assert server.stats.throttled == 0

    ``stats`` (``ServerStats``) records what happened, ``faults`` (``FaultQueue``) takes faults
    to inject, ``throttle`` is the live ``Throttle``, ``requests`` the most recent
    ``RecordedRequest`` values (headers included) and ``data`` the served ``ServerData``.
    """

    def __init__(
        self,
        *,
        policies: Policies | None = None,
        algorithm: Algorithm = "sliding",
        arrival_jitter: tuple[float, float] = (0.0, 0.0),
        latency: tuple[float, float] = (0.0, 0.0),
        seed: int = 0,
        postings: int = 5000,
        company: str = "acme",
        api_keys: Collection[str] | None = None,
        analytics_bytes: int = 200_000,
        candidates: int = 250,
        handlers: Mapping[str, Handler] = HANDLERS,
        oauth: FakeOAuth | None = None,
        threaded: bool = False,
        port: int = 0,
        rate_limit_headers: RateLimitHeaders = "arrival",
    ) -> None:
        if isinstance(port, bool) or not isinstance(port, int) or not 0 <= port <= 65535:
            raise ValueError(f"port must be 0 (any free port) to 65535, got {port!r}")
        unknown = set(handlers) - set(ROUTES)
        if unknown:
            raise ValueError(f"handlers for operations the route table lacks: {sorted(unknown)}")
        if rate_limit_headers not in ("arrival", "response"):
            raise ValueError("rate_limit_headers must be 'arrival' or 'response'")
        self.policies = policies if policies is not None else Policies()
        self.company = company
        self.stats = ServerStats()
        self.faults = FaultQueue()
        self.throttle = Throttle(self.policies, algorithm=algorithm)
        self.requests: deque[RecordedRequest] = deque(maxlen=_RECENT_REQUESTS)
        self.oauth = oauth
        self.data = ServerData.build(
            company=company,
            seed=seed,
            postings=postings,
            candidates=candidates,
            analytics_bytes=analytics_bytes,
        )
        self._gateway = Gateway(
            data=self.data,
            throttle=self.throttle,
            stats=self.stats,
            faults=self.faults,
            requests=self.requests,
            rng=random.Random(seed),
            arrival_jitter=_bounds("arrival_jitter", arrival_jitter),
            latency=_bounds("latency", latency),
            api_keys=frozenset(api_keys) if api_keys is not None else None,
            oauth=oauth,
            rate_limit_headers=rate_limit_headers,
        )
        self._handlers = dict(handlers)
        self._threaded = threaded
        self._requested_port = port
        self._thread: LoopThread | None = None
        self._runner: web.AppRunner | None = None
        self._port: int | None = None

    def make_app(self) -> web.Application:
        """A new aiohttp application serving this fake (``start`` runs one for you)."""
        app = web.Application(middlewares=[self._gateway])
        for operation_id, handler in self._handlers.items():
            route = ROUTES[operation_id]
            serve = endpoint(handler)
            # The overview itself writes list URLs with a trailing slash ("postings/?offset=").
            for path in (route.path, route.path + "/"):
                app.router.add_route(route.method, path, serve)
        if self.oauth is not None:
            app.router.add_route("POST", TOKEN_PATH, endpoint(self.oauth.token))
            app.router.add_route("GET", ALLOW_PATH, endpoint(self.oauth.allow))
        app.on_cleanup.append(self._close_stores)
        return app

    async def _close_stores(self, app: web.Application) -> None:
        # State that runs work of its own (the webhook sender's deliveries) stops with the app.
        for store in self.data.stores.values():
            close = getattr(store, "aclose", None)
            if close is not None:
                await close()

    async def start(self) -> FakeSmartRecruiters:
        """Listen on 127.0.0.1 at ``port`` or a free port (from a thread of its own if
        ``threaded``); return ``self``. Raises ``OSError`` (``EADDRINUSE``) if ``port`` is taken."""
        if self._runner is not None:
            raise RuntimeError("FakeSmartRecruiters is already started")
        if not self._threaded:
            self._runner = await self._listen()
            return self
        thread = LoopThread("fake-smartrecruiters")
        try:
            self._runner = await thread.run(self._listen())
        except BaseException:
            await thread.stop()
            raise
        self._thread = thread
        return self

    async def _listen(self) -> web.AppRunner:
        runner = web.AppRunner(
            self.make_app(),
            access_log=None,
            handle_signals=False,
            shutdown_timeout=_SHUTDOWN_TIMEOUT,
        )
        await runner.setup()
        try:
            site = web.TCPSite(runner, "127.0.0.1", self._requested_port)
            await site.start()
        except BaseException:
            await runner.cleanup()
            raise
        address = runner.addresses[0]
        self._port = int(address[1])
        return runner

    async def close(self) -> None:
        """Stop listening and end open connections; calling it again does nothing."""
        runner, self._runner = self._runner, None
        thread, self._thread = self._thread, None
        if thread is not None:
            try:
                if runner is not None:
                    await thread.run(runner.cleanup())
            finally:
                await thread.stop()
        elif runner is not None:
            await runner.cleanup()

    async def __aenter__(self) -> FakeSmartRecruiters:
        return await self.start()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.close()

    @property
    def webhooks(self) -> WebhookSender:
        """What sends this server's webhooks: retry schedule, timeouts, every event emitted,
        ``await settled()``; ``webhook_subscriptions`` are the subscriptions it serves."""
        return webhooks_state(self.data).sender

    @property
    def webhook_subscriptions(self) -> dict[str, WebhookSubscription]:
        """The webhook subscriptions by id (with their keys and callbacks logs)."""
        return webhooks_state(self.data).subscriptions

    @property
    def port(self) -> int:
        """The TCP port the server listens on (after ``start``)."""
        if self._port is None:
            raise RuntimeError("FakeSmartRecruiters is not started")
        return self._port

    @property
    def url(self) -> str:
        """The base URL, e.g. ``"http://127.0.0.1:54321"`` (no trailing slash)."""
        return f"http://127.0.0.1:{self.port}"

    def reset(self) -> None:
        """Clear the stats, the faults, the recorded requests and the throttle's state."""
        self.stats.reset()
        self.faults.clear()
        self.requests.clear()
        self.throttle.reset()
