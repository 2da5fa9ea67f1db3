"""``SmartRecruiters``: the client. Owns config, auth, governor, transport and the resources."""

from __future__ import annotations

import asyncio
import contextlib
import copy
import enum
import json
import logging
from collections.abc import AsyncIterator, Mapping
from types import TracebackType
from typing import Any, Literal, TypeVar, cast, overload
from urllib.parse import parse_qsl, quote, urlsplit

import aiohttp
import attrs

from . import _converter
from ._attempt import Attempt, Target, is_redirect
from ._auth import Anonymous, ApiKey, Auth
from ._config import DEFAULT_TIMEOUT, ClientConfig
from ._deprecation import warn_if_deprecated
from ._download import Download
from ._errors import APIConnectionError, ResponseDecodeError
from ._files import Multipart
from ._oauth.channel import TokenChannel
from ._paginator import AsyncPaginator
from ._protocol._wire import DOT_SEGMENT, encode_query
from ._protocol.decode import RateLimitInfo, decode_json, error_for_status
from ._protocol.paging import PageData, parse_page, with_cursor
from ._protocol.routes import ROUTES, AuthMode, Body, Paging, Route, RouteError
from ._raw_responses import Recording, record
from ._redaction import Redactor
from ._retry import Outcome, RetryBudget, backoff, outcome_of, should_retry
from ._transport import NOT_PARSED, AsyncTransport, QueryParams, RawResponse, Transport
from .governor import Governor, Lease, Priority, shared_governor
from .json_patch import JsonPatch
from .resources.analytics import Analytics
from .resources.applications import Applications
from .resources.approvals import Approvals
from .resources.assessment_offers import AssessmentOffers
from .resources.assessments import AssessmentOrders, AssessmentPartner
from .resources.audit import Audit
from .resources.candidates import Candidates
from .resources.configuration import Configuration
from .resources.feed import Feed
from .resources.hiring_events import HiringEvents
from .resources.interview_templates import InterviewTemplates
from .resources.interviews import Interviews
from .resources.job_applications import JobApplications
from .resources.jobs import Jobs
from .resources.message_templates import MessageTemplates
from .resources.messages import Messages
from .resources.notification_preferences import NotificationPreferences
from .resources.offers import Offers
from .resources.partner_tools import AppsIntegrations, UrlShortener
from .resources.partners_public import PartnersPublic
from .resources.postings import Postings
from .resources.reports import Reports
from .resources.reviews import Reviews
from .resources.self_scheduling import SelfScheduling
from .resources.smartonboard import SmartOnboard
from .resources.users import Users
from .resources.webhooks import Webhooks

__all__ = ["SmartRecruiters"]

logger = logging.getLogger("smartrecruiters_async")

R = TypeVar("R")
E = TypeVar("E", bound=BaseException)

# The credential's headers: set by the auth after the grant, never by extra_headers.
_CREDENTIAL_HEADERS = frozenset({"x-smarttoken", "authorization"})


class _Unset(enum.Enum):
    """Marks an option not given, where ``None`` is a value (``governor_timeout=None``)."""

    UNSET = enum.auto()


_UNSET = _Unset.UNSET

# A segment that is "." or "..", however its dots are written: RFC 3986 makes "%2E" equal to
# ".", so a proxy that normalises the path treats "/jobs/.%2e/users" as "/users".


class SmartRecruiters:
    """Async client for the SmartRecruiters Customer API.

    ``api_key`` (sent as ``X-SmartToken``) or ``auth`` (any ``Auth``) identify the API user; with
    neither, only the public Posting API works. Every request passes the credential's governor
    (shared by all clients of that credential in the process unless ``governor`` is given), so
    throttling limits are never exceeded. ``session`` lends an ``aiohttp.ClientSession`` that the
    client then never closes. Use as ``async with SmartRecruiters(...) as client:`` or call
    ``await client.aclose()``; a closed client may be used again (it reopens lazily), which is
    what lets one client serve several ``asyncio.run()`` calls or notebook cells. ``base_url``
    defaults to ``$SMARTRECRUITERS_BASE_URL`` if set (a sandbox, the fake server), else the
    production API. ``transport`` replaces the HTTP layer with any ``AsyncTransport`` (as
    ``testing.MockTransport``); it excludes ``session``. ``timeout``, ``max_retries``,
    ``max_rate_limited_retries``, ``max_redirects``, ``governor_timeout`` and ``user_agent`` are
    the ``ClientConfig`` settings; a bad value raises ``ValueError`` naming the argument.
    ``with_options()`` derives a client with other options for every call made through it.
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        auth: Auth | None = None,
        base_url: str | None = None,
        governor: Governor | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        max_retries: int = 5,
        max_rate_limited_retries: int = 16,
        max_redirects: int = 5,
        governor_timeout: float | None = None,
        user_agent: str | None = None,
        session: aiohttp.ClientSession | None = None,
        transport: AsyncTransport | None = None,
    ) -> None:
        if api_key is not None and auth is not None:
            raise ValueError("pass api_key or auth, not both")
        if auth is not None and not isinstance(auth, Auth):
            raise TypeError(f"auth must be an Auth instance, not {type(auth).__name__}")
        if session is not None and not isinstance(session, aiohttp.ClientSession):
            raise TypeError("session must be an aiohttp.ClientSession")
        if transport is not None and not isinstance(transport, AsyncTransport):
            raise TypeError("transport must have request(), stream() and aclose() (AsyncTransport)")
        if transport is not None and session is not None:
            raise ValueError("pass session or transport, not both")
        self._auth: Auth = auth or (ApiKey(api_key) if api_key is not None else Anonymous())
        self._config = ClientConfig(
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            max_rate_limited_retries=max_rate_limited_retries,
            max_redirects=max_redirects,
            governor_timeout=governor_timeout,
            **({} if user_agent is None else {"user_agent": user_agent}),
        )
        key = self._auth.credential_key
        self.governor: Governor = (
            governor.bind(key)
            if governor is not None
            else shared_governor(key, self._config.base_url)
        )
        self._transport: AsyncTransport = transport or Transport(
            session=session, timeout=self._config.timeout, user_agent=self._config.user_agent
        )
        self._token_channel = TokenChannel(
            transport=self._transport, governor=self.governor, config=self._config
        )
        self._auth._attached(self._config.base_url)
        self._priority: Priority | None = None
        self._extra_headers: Mapping[str, str] = {}
        self._bind_resources()

    def _bind_resources(self) -> None:
        self.postings = Postings(self)
        self.applications = Applications(self)
        self.jobs = Jobs(self)
        self.candidates = Candidates(self)
        self.job_applications = JobApplications(self)
        self.offers = Offers(self)
        self.assessment_offers = AssessmentOffers(self)
        self.users = Users(self)
        self.configuration = Configuration(self)
        self.interviews = Interviews(self)
        self.messages = Messages(self)
        self.reports = Reports(self)
        self.analytics = Analytics(self)
        self.smartonboard = SmartOnboard(self)
        self.message_templates = MessageTemplates(self)
        self.notification_preferences = NotificationPreferences(self)
        self.assessments = AssessmentOrders(self)
        self.url_shortener = UrlShortener(self)
        # Marketplace partners' APIs (their own tokens): job boards, vendors, assessments.
        self.feed = Feed(self)
        self.partners = PartnersPublic(self)
        self.assessment_partner = AssessmentPartner(self)
        self.apps_integrations = AppsIntegrations(self)
        self.audit = Audit(self)
        self.approvals = Approvals(self)
        self.reviews = Reviews(self)
        self.self_scheduling = SelfScheduling(self)
        self.hiring_events = HiringEvents(self)
        self.interview_templates = InterviewTemplates(self)
        self.webhooks = Webhooks(self)

    def with_options(
        self,
        *,
        priority: Priority | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        max_rate_limited_retries: int | None = None,
        max_redirects: int | None = None,
        governor_timeout: float | _Unset | None = _UNSET,
    ) -> SmartRecruiters:
        """A client for the same credential with other options for every call made through it.

        The returned client shares this one's credential and token cache, governor (so its
        requests are paced together with this one's), retry budget and transport or session;
        its resources (``.jobs``, ``.postings``...) are bound to it. Options not given keep this
        client's values, so calls can be chained: ``client.with_options(timeout=10)
        .with_options(max_retries=0)``.

        ``priority`` replaces the governor priority of every request: single calls default to
        ``Priority.INTERACTIVE`` and a paginator's prefetches to ``Priority.BULK``; given here,
        it applies to both (``BULK`` keeps a background job's single calls behind interactive
        work, ``INTERACTIVE`` lets a listing a user waits on overtake bulk jobs).
        ``timeout`` bounds each attempt; ``extra_headers`` are added to every request (a call's
        own headers win over them, and the credential's headers are never overridden: setting
        ``X-SmartToken`` or ``Authorization`` here raises ``ValueError``). ``max_retries``,
        ``max_rate_limited_retries``, ``max_redirects`` and ``governor_timeout`` (``None``: wait
        without limit) are as on the constructor. Closing either client closes the shared
        session; it reopens lazily. Raises ``ValueError``/``TypeError`` naming a bad argument.
        """
        changes: dict[str, Any] = {
            name: value
            for name, value in (
                ("timeout", timeout),
                ("max_retries", max_retries),
                ("max_rate_limited_retries", max_rate_limited_retries),
                ("max_redirects", max_redirects),
            )
            if value is not None
        }
        if not isinstance(governor_timeout, _Unset):
            changes["governor_timeout"] = governor_timeout
        if priority is not None and not isinstance(priority, Priority):
            raise TypeError(f"priority must be a Priority, not {type(priority).__name__}")
        derived = copy.copy(self)
        derived._config = attrs.evolve(self._config, **changes)
        derived._priority = self._priority if priority is None else priority
        derived._extra_headers = {**self._extra_headers, **_checked_headers(extra_headers)}
        derived._bind_resources()
        return derived

    def __repr__(self) -> str:
        return f"SmartRecruiters(base_url={self._config.base_url!r}, auth={self._auth!r})"

    @property
    def config(self) -> ClientConfig:
        """The client's frozen settings."""
        return self._config

    @property
    def retry_budget(self) -> RetryBudget:
        """The retry budget of this credential and host, shared through the governor by every
        client that uses them (an outage does not multiply traffic by the client count)."""
        return self.governor.retry_budget

    async def __aenter__(self) -> SmartRecruiters:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the HTTP session this client opened in the running loop (not a lent one)."""
        await self._transport.aclose()

    def raw_responses(self, *, maxlen: int | None = None) -> Recording:
        """Record the raw response of every call made inside a ``with`` block.

        ``with client.raw_responses() as responses: job = await client.jobs.get(id)`` then
        ``responses.last`` has the status, headers and body (``.json()``) that ``job`` was built
        from. Calls made by tasks started inside the block (a paginator's prefetches) are
        recorded too; other tasks' calls are not. ``maxlen`` keeps only the newest responses.
        Raises ``ValueError`` for a ``maxlen`` that is not a positive int.
        """
        return Recording(maxlen)

    # -- the escape hatch -------------------------------------------------------------------

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
    ) -> Any:
        """Send any request through the same governor, retries and error mapping.

        ``path`` is relative to ``base_url`` (``"/jobs/123/publication"``); it is classified by
        the route table, so throttling classes and idempotency still apply. Returns the decoded
        JSON (``None`` for an empty body). Raises ``ValueError`` for an absolute URL or dot
        segments (``.``/``..``, also percent-encoded: ``%2e%2E``, ``.%2E``), and the
        ``APIStatusError`` family for error statuses.
        """
        if not isinstance(method, str) or not method.isalpha():
            raise ValueError(f"method must be an HTTP method name, got {method!r}")
        if not isinstance(path, str) or not path.startswith("/") or "://" in path:
            raise ValueError("path must be relative to base_url and start with '/'")
        parts = urlsplit(path)
        if any(DOT_SEGMENT.fullmatch(segment) for segment in parts.path.split("/")):
            raise ValueError("path must not contain '.' or '..' segments, plain or encoded")
        if parts.query and params:
            raise ValueError("pass query parameters in the path or in params, not both")
        encoded = quote(parts.path, safe="/%:@!$&'()*+,;=~")
        query = encode_query(params) if params else parse_qsl(parts.query, keep_blank_values=True)
        route = ROUTES.classify(method, encoded)
        body = _encode_body(json)
        raw = await self._send(route, encoded, query, body, Priority.INTERACTIVE)
        return self._decode(route, raw)

    # -- used by resources ------------------------------------------------------------------

    async def _get_link(self, relative: str) -> Any:
        """GET ``relative`` (a checked path and query under ``base_url``) as the route table
        knows it: its model when the route has one, else the JSON (``request``)."""
        path, _, query = relative.partition("?")
        route = ROUTES.match("GET", path)
        if route is None or route.response_model is None:
            return await self.request("GET", relative)
        raw = await self._send(
            route, path, parse_qsl(query, keep_blank_values=True), None, Priority.INTERACTIVE
        )
        return self._structure(self._decode(route, raw), route.response_model, route, raw)

    async def _call(
        self,
        route: Route[R],
        *,
        path: Mapping[str, object] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Any = None,
        headers: Mapping[str, str] | None = None,
        priority: Priority = Priority.INTERACTIVE,
        timeout: float | None = None,
    ) -> R:
        """Send ``route`` and decode its answer into the type the route declares.

        ``query`` holds the route's declared parameters by their Python names; ``body`` may be
        a model, a list of models, a ``JsonPatch``, plain JSON or a ``Multipart``. ``timeout``
        bounds each attempt (default: the client's). A route that declares no answer returns
        ``None``, as does a 204 on an ``empty_is_none`` route. A deprecated route warns first;
        one this client cannot send raises ``RouteError`` before anything is sent
        (``_refuse_unsendable``).
        """
        self._refuse_unsendable(route)
        warn_if_deprecated(route)
        raw = await self._send(
            route,
            route.expand(path or {}),
            encode_query(route.wire_query(query or {})),
            _encode_body(body),
            priority,
            headers=headers,
            timeout=timeout,
        )
        if route.response_model is None or (route.empty_is_none and raw.status == 204):
            return cast(R, None)
        data = self._decode(route, raw)
        try:
            return cast(R, self._structure(data, route.response_model, route, raw))
        except ResponseDecodeError as exc:
            raise self._redacted(exc) from None

    @contextlib.asynccontextmanager
    async def _download(
        self,
        route: Route,
        *,
        path: Mapping[str, object] | None = None,
        query: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        priority: Priority = Priority.INTERACTIVE,
    ) -> AsyncIterator[Download]:
        """Open ``route`` as a streamed ``Download``; retried until the body starts.

        ``query`` holds the route's declared parameters by their Python names. Lazy streams warn
        of a deprecated route themselves, when the user's call is made (``warn_if_deprecated``).
        """
        self._refuse_unsendable(route)
        download = await self._send(
            route,
            route.expand(path or {}),
            encode_query(route.wire_query(query or {})),
            None,
            priority,
            headers=headers,
            stream=True,
        )
        assert isinstance(download, Download)
        try:
            yield download
        finally:
            await download.aclose()

    def _paginate(
        self,
        route: Route[R],
        *,
        path: Mapping[str, object] | None = None,
        query: Mapping[str, Any],
        headers: Mapping[str, str] | None = None,
        max_items: int | None = None,
        cursor: str | None = None,
    ) -> AsyncPaginator[R]:
        """An ``AsyncPaginator`` over ``route``'s pages, each item decoded into the route's type.

        ``query`` holds the route's declared parameters by their Python names; ``cursor``
        starts a cursor-paged list at that page (a ``nextPageId`` an earlier walk returned:
        how the CLI resumes an export), whether or not the route declares its cursor
        parameter. A deprecated route warns when the paginator is made.
        """
        self._refuse_unsendable(route)
        warn_if_deprecated(route)
        model = route.response_model
        expanded = route.expand(path or {})  # validates ids now, before any request

        async def fetch(params: dict[str, Any], priority: Priority) -> PageData:
            raw = await self._send(
                route, expanded, encode_query(params), None, priority, headers=headers
            )
            data = self._decode(route, raw)
            try:
                return parse_page(
                    route.paging,
                    data,
                    raw.headers,
                    bare_array=route.bare_array,
                    items_key=route.items_key,
                    url=raw.url,
                    status=raw.status,
                )
            except ValueError as exc:
                raise self._redacted(_decode_error(str(exc), route, raw)) from None

        def convert(item: Any) -> R:
            try:
                return cast(R, _converter.structure(item, model))
            except _converter.DecodeError as exc:
                raise ResponseDecodeError(
                    f"a page item is not a {model.__name__}: {exc}",
                    method=route.method,
                    url=self._config.base_url + expanded,
                    status=200,
                    raw_body=json.dumps(item, default=str)[:2000],
                    path=exc.path,
                ) from None

        params = route.wire_query(query or {})
        if cursor is not None:
            if route.paging in (Paging.NONE, Paging.OFFSET):
                raise ValueError(f"{route.operation_id} is not cursor-paged: it has no cursor")
            params = with_cursor(route.paging, params, cursor)
        return AsyncPaginator(
            style=route.paging,
            params=params,
            fetch=fetch,
            convert=convert,
            max_items=max_items,
            operation_id=route.operation_id,
            item_key=route.item_key,
        )

    def _refuse_unsendable(self, route: Route) -> None:
        """Raise ``RouteError`` for what this client must not send: an operation partners
        implement on their own hosts, or a bearer-only one with an API key or no credential
        (the server would answer 401 after a governed round trip)."""
        if route.partner_implements:
            raise RouteError(
                f"{route.operation_id} is implemented by assessment partners and sent by "
                "SmartRecruiters, not by clients: serve it with "
                "smartrecruiters_async.partner_app.AssessmentPartnerApp"
            )
        if route.auth is AuthMode.BEARER_ONLY and isinstance(self._auth, ApiKey | Anonymous):
            raise RouteError(
                f"{route.operation_id} accepts only an OAuth bearer token, not "
                f"{type(self._auth).__name__}: use OAuthClientCredentials or another OAuth auth"
            )

    def _structure(self, data: Any, model: Any, route: Route, raw: RawResponse) -> Any:
        try:
            return _converter.structure(data, model)
        except _converter.DecodeError as exc:
            name = getattr(model, "__name__", str(model))
            raise _decode_error(f"not a {name}: {exc}", route, raw, path=exc.path) from None

    def _decode(self, route: Route, raw: RawResponse) -> Any:
        """The JSON of a successful ``raw``; ``ResponseDecodeError`` (redacted) when it is not."""
        if raw.json is not NOT_PARSED:
            return raw.json
        try:
            return decode_json(body=raw.body, status=raw.status, method=route.method, url=raw.url)
        except ResponseDecodeError as exc:
            raise self._redacted(exc) from None

    def _redacted(self, exc: E) -> E:
        """``exc`` with every secret value of the credential in use redacted, in place, from its
        message, error body, body excerpt, headers and URL, whatever the server echoed."""
        return Redactor(self._auth.secret_values()).error(exc)

    def _redacted_text(self, text: str) -> str:
        return Redactor(self._auth.secret_values()).text(text)

    @overload
    async def _send(
        self,
        route: Route,
        path: str,
        query: QueryParams,
        body: Any,
        priority: Priority,
        *,
        headers: Mapping[str, str] | None = ...,
        stream: Literal[False] = ...,
        timeout: float | None = ...,
    ) -> RawResponse: ...

    @overload
    async def _send(
        self,
        route: Route,
        path: str,
        query: QueryParams,
        body: Any,
        priority: Priority,
        *,
        headers: Mapping[str, str] | None = ...,
        stream: Literal[True],
        timeout: float | None = ...,
    ) -> Download: ...

    async def _send(
        self,
        route: Route,
        path: str,
        query: QueryParams,
        body: Any,
        priority: Priority,
        *,
        headers: Mapping[str, str] | None = None,
        stream: bool = False,
        timeout: float | None = None,
    ) -> RawResponse | Download:
        """One logical request: attempts until one settles it (see ``_settle``).

        With ``stream`` a 2xx response is returned as an open ``Download`` that keeps the
        request's permits until it is closed; anything else is read whole. ``timeout`` bounds
        each attempt (default: the client's ``timeout``).
        """
        target = Target.start(
            route,
            base_url=self._config.base_url,
            path=path,
            query=query,
            body=body,
            headers={**self._extra_headers, **(headers or {})},
        )
        if self._priority is not None:
            priority = self._priority
        limit = self._config.timeout if timeout is None else timeout
        self.retry_budget.earn()
        while True:
            attempt = await self._attempt(target, priority, stream=stream, timeout=limit)
            if isinstance(attempt, Download):
                return attempt
            self._log_attempt(target, attempt)
            settled = await self._settle(target, attempt)
            if settled is not None:
                return settled

    async def _attempt(
        self, target: Target, priority: Priority, *, stream: bool, timeout: float
    ) -> Attempt | Download:
        """One attempt: the grant (credentials added after it), the exchange, the governor's
        feedback, and the permits released on every exit path except a ``Download`` handed
        over (it releases them when closed)."""
        sent_headers = dict(target.headers)
        lease = await self._granted(
            target.route, priority, sent_headers, same_origin=target.same_origin
        )
        handed_over = False
        try:
            if stream:
                opened = await self._open_stream(target, sent_headers, lease, timeout)
                if isinstance(opened, Download):
                    handed_over = True
                    record(
                        method=target.method,
                        url=opened.url,
                        status=opened.status,
                        headers=opened.headers,
                        body=None,
                    )
                    return opened
                return Attempt(raw=opened, failure=None, sent_headers=sent_headers)
            raw = await self._transport.request(
                target.method,
                target.url,
                params=target.query,
                headers=sent_headers,
                body=target.body,
                on_bytes=lease.charge,
                on_send=lease.mark_sent,
                timeout=timeout,
            )
            lease.feedback(status=raw.status, rate_limit=RateLimitInfo.from_headers(raw.headers))
            return Attempt(raw=raw, failure=None, sent_headers=sent_headers)
        except APIConnectionError as exc:
            return Attempt(raw=None, failure=exc, sent_headers=sent_headers)
        finally:
            if not handed_over:
                await lease.release()

    def _log_attempt(self, target: Target, attempt: Attempt) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            raw, failure = attempt.raw, attempt.failure
            outcome = str(raw.status) if raw else self._redacted_text(str(failure))
            logger.debug(
                "%s %s -> %s (retry %d)", target.method, target.path, outcome, target.retries
            )

    async def _settle(self, target: Target, attempt: Attempt) -> RawResponse | None:
        """What an attempt's answer means: the response to return, ``None`` to send again (a
        redirect, a 401 replay, a retry), or the error raised."""
        raw = attempt.raw
        if raw is not None and is_redirect(raw):
            self._follow_redirect(target, raw)
            return None
        if await self._replays_unauthorized(target, attempt):
            return None
        undecodable: ResponseDecodeError | None = None
        if raw is not None and raw.status < 400:
            parsed = _parsed(target.route, target.method, raw)
            if not isinstance(parsed, ResponseDecodeError):
                record(
                    method=target.method,
                    url=parsed.url,
                    status=parsed.status,
                    headers=parsed.headers,
                    body=parsed.body,
                )
                return parsed
            undecodable = parsed
        if await self._retries(target, attempt, undecodable):
            return None
        if undecodable is not None:
            raise self._redacted(undecodable)
        if attempt.failure is not None:
            raise self._redacted(attempt.failure)
        assert raw is not None
        raise self._status_error(target, raw)

    def _follow_redirect(self, target: Target, raw: RawResponse) -> None:
        """Point ``target`` at the redirect's location; past ``max_redirects`` the redirect
        itself is the error."""
        target.redirects += 1
        if target.redirects > self._config.max_redirects:
            raise self._status_error(target, raw)
        target.follow(raw.status, raw.headers["Location"])

    async def _replays_unauthorized(self, target: Target, attempt: Attempt) -> bool:
        """Whether a 401 is replayed once with a renewed credential (OAuth; never an API key,
        never after another origin took over, never a body that cannot be sent twice)."""
        raw = attempt.raw
        if raw is None or raw.status != 401:
            return False
        if not target.same_origin or target.retries != 0 or not target.replayable:
            return False
        if not await self._auth.unauthorized(attempt.sent_headers, self._token_channel):
            return False
        target.retries += 1
        return True

    async def _retries(
        self, target: Target, attempt: Attempt, undecodable: ResponseDecodeError | None
    ) -> bool:
        """Whether the request is sent again, after waiting when it must.

        429s wait in the governor's pause and count against ``max_rate_limited_retries``; the
        rest (5xx, connection failures, an undecodable 2xx: idempotent routes only) spend the
        shared retry budget and back off, honouring ``Retry-After``.
        """
        raw, failure = attempt.raw, attempt.failure
        outcome = (
            Outcome.UNDECODABLE
            if undecodable is not None
            else outcome_of(raw.status if raw is not None else None, failure)
        )
        if not target.replayable or not should_retry(
            outcome,
            idempotent=target.route.idempotent,
            retries=target.retries,
            rate_limited_retries=target.rate_limited,
            max_retries=self._config.max_retries,
            max_rate_limited_retries=self._config.max_rate_limited_retries,
        ):
            return False
        if outcome is Outcome.RATE_LIMITED:
            target.rate_limited += 1  # the governor's pause is the wait
            return True
        if not self.retry_budget.spend():
            return False
        await self._back_off(target, attempt)
        target.retries += 1
        return True

    async def _back_off(self, target: Target, attempt: Attempt) -> None:
        raw = attempt.raw
        info = RateLimitInfo.from_headers(raw.headers) if raw is not None else None
        delay = backoff(target.retries, retry_after=info.retry_after if info else None)
        # INFO, so an app sees retries only if it asks; the CLI shows them live.
        reason = (
            attempt.failure or f"{raw.status if raw else '?'} from {target.method} {target.url}"
        )
        logger.info(
            "retry %d of %d in %.1f s: %s",
            target.retries + 1,
            self._config.max_retries,
            delay,
            self._redacted_text(str(reason)),
        )
        await asyncio.sleep(delay)

    def _status_error(self, target: Target, raw: RawResponse) -> Exception:
        """The redacted ``APIStatusError`` for ``raw``, naming the attempt's method and URL."""
        return self._redacted(
            error_for_status(
                status=raw.status,
                method=target.method,
                url=target.url,
                body=raw.body,
                headers=raw.headers,
                forbidden_hint=target.route.forbidden_hint,
            )
        )

    async def _granted(
        self,
        route: Route,
        priority: Priority,
        sent_headers: dict[str, str],
        *,
        same_origin: bool,
    ) -> Lease:
        """The governor's lease for one attempt; credentials go into ``sent_headers`` after the
        grant, just before sending, since a queued request may outwait its token."""
        requeued = False
        while True:
            # Fetched or renewed before queueing, holding nothing: a token request that takes
            # the governor's permits could otherwise wait for the very slot this one holds.
            prepared = await self._auth.headers(self._token_channel) if same_origin else {}
            lease = await self.governor.acquire(
                route, priority=priority, timeout=self._config.governor_timeout
            )
            if not same_origin:
                return lease
            try:
                current = self._auth.current_headers(prepared, self._token_channel)
            except BaseException:
                await lease.release()
                raise
            if current is None and not requeued:
                # The credential ran out while the request waited: give the permits back,
                # renew and queue again. Once only: a token that is stale as soon as it is
                # granted (a zero lifetime) is sent rather than renewed for ever; a 401 then
                # renews it once more.
                requeued = True
                await lease.release()
                continue
            sent_headers.update(prepared if current is None else current)
            return lease

    async def _open_stream(
        self, target: Target, headers: dict[str, str], lease: Lease, timeout: float
    ) -> Download | RawResponse:
        """Open a streamed exchange: a 2xx becomes a ``Download`` owning ``lease``; any other
        status is read whole (it is an error body or a redirect) and returned as a response.
        The body may take as long as it takes; ``timeout`` bounds each read."""
        exchange = self._transport.stream(
            target.method,
            target.url,
            params=target.query,
            headers=headers,
            on_bytes=lease.charge,
            on_send=lease.mark_sent,
            timeout=None,
            read_timeout=timeout,
        )
        response = await exchange.__aenter__()
        try:
            lease.feedback(
                status=response.status, rate_limit=RateLimitInfo.from_headers(response.headers)
            )
            if 200 <= response.status < 300:

                async def close() -> None:
                    try:
                        await exchange.__aexit__(None, None, None)
                    finally:
                        await lease.release()

                return Download(
                    status=response.status,
                    headers=response.headers,
                    url=response.url,
                    chunks=response.chunks,
                    close=close,
                )
            body = b"".join([chunk async for chunk in response.chunks])
        except BaseException as exc:
            await exchange.__aexit__(type(exc), exc, exc.__traceback__)
            raise
        await exchange.__aexit__(None, None, None)
        return RawResponse(
            status=response.status, headers=response.headers, body=body, url=response.url
        )


def _checked_headers(headers: Mapping[str, str] | None) -> dict[str, str]:
    """``extra_headers`` as a dict, refused when it would set a credential header or is not
    a mapping of strings (a header value with a line break would split the request)."""
    if headers is None:
        return {}
    if not isinstance(headers, Mapping):
        raise TypeError(f"extra_headers must be a mapping, not {type(headers).__name__}")
    for name, value in headers.items():
        if not isinstance(name, str) or not isinstance(value, str):
            raise TypeError("extra_headers must map str names to str values")
        if name.lower() in _CREDENTIAL_HEADERS:
            raise ValueError(f"extra_headers must not set the credential header {name!r}")
        if any(c in name + value for c in "\r\n"):
            raise ValueError(f"extra_headers: header {name!r} contains a line break")
    return dict(headers)


def _encode_body(body: Any) -> Any:
    if body is None or isinstance(body, Multipart | bytes | str):
        return body
    if isinstance(body, JsonPatch):
        return body.to_json()
    return _converter.unstructure(body)


def _parsed(route: Route, method: str, raw: RawResponse) -> RawResponse | ResponseDecodeError:
    """``raw`` with its 2xx JSON body parsed, or the error that body raises.

    Parsed here, before the response is handed back, so that a gateway's "Please wait" page
    or a body cut short behind a complete response is retried like a 5xx on idempotent routes
    instead of ending the call; the callers then read ``raw.json`` instead of parsing again.
    """
    if route.response_body is not Body.JSON or not 200 <= raw.status < 300:
        return raw
    try:
        data = decode_json(body=raw.body, status=raw.status, method=method, url=raw.url)
    except ResponseDecodeError as exc:
        return exc
    return attrs.evolve(raw, json=data)


def _decode_error(
    message: str, route: Route, raw: RawResponse, *, path: str | None = None
) -> ResponseDecodeError:
    return ResponseDecodeError(
        message,
        method=route.method,
        url=raw.url,
        status=raw.status,
        raw_body=raw.body[:2000].decode("utf-8", "replace"),
        path=path,
    )
