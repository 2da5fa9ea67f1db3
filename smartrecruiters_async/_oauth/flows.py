"""OAuth 2.0 credentials: client credentials, and authorization code with rotating refresh tokens.

Both keep one ``TokenSet`` per credential and renew it in a single flight: however many requests
find the token expired (or get a 401 with it), exactly one token request runs and all of them use
its result. A request's token is chosen after the governor's grant (``current_headers``), not when
it queued, since a bulk job's queue can outlast a token. The renewal runs as its own task, so a
cancelled request cannot abandon a refresh half-way and lose the rotated refresh token.
"""

from __future__ import annotations

import abc
import asyncio
import contextlib
import hashlib
import inspect
import json
import logging
import time
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar
from urllib.parse import urlsplit

from .._auth import Auth, check_secret, credential_key
from .._errors import APIConnectionError, ResponseDecodeError
from .authorize import DEFAULT_AUTHORIZE_URL, AuthorizationRequest, PendingStates, authorize_url
from .channel import TOKEN_PATH, TokenChannel
from .errors import AuthorizationRequiredError, RefreshTokenRevokedError, token_error
from .store import MemoryTokenStore, TokenStore
from .tokens import TokenSet

if TYPE_CHECKING:
    from .._client import SmartRecruiters

__all__ = ["OAuthAuthorizationCode", "OAuthClientCredentials", "OnRotate"]

logger = logging.getLogger("smartrecruiters_async")

OnRotate = Callable[[TokenSet], Awaitable[None] | None]
"""Called with every new ``TokenSet`` after the store saved it (sync or async)."""

DEFAULT_RENEW_BEFORE = 60.0
"""Seconds before expiry a token is renewed (SmartRecruiters access tokens live 30 minutes)."""

_RETIRED_KEPT = 8
"""Replaced tokens still redacted: a request sent with one may fail after the renewal."""


def _check_url(name: str, value: str) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a string, not {type(value).__name__}")
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc or "@" in parts.netloc:
        raise ValueError(f"{name} must be an http(s) URL without credentials, got {value!r}")
    return value


def _check_scopes(scopes: Iterable[str] | None) -> tuple[str, ...] | None:
    if scopes is None:
        return None
    if isinstance(scopes, str):
        scopes = scopes.split()
    checked = tuple(scopes)
    for scope in checked:
        if not isinstance(scope, str) or not scope or any(ch.isspace() for ch in scope):
            raise ValueError(f"each scope must be a non-empty word, got {scope!r}")
    if not checked:
        raise ValueError("scopes must not be empty; pass None for the credential's defaults")
    return checked


def _fingerprint(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class _OAuth2(Auth):
    """What both grants share: the token, its store, single-flight renewal, 401 handling."""

    _grant: ClassVar[str]

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        *,
        scopes: Iterable[str] | None = None,
        token_url: str | None = None,
        counts_against_budget: bool = False,
        store: TokenStore | None = None,
        on_rotate: OnRotate | None = None,
        renew_before: float = DEFAULT_RENEW_BEFORE,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._client_id = check_secret("client_id", client_id)
        self._client_secret = check_secret("client_secret", client_secret)
        self._scopes = _check_scopes(scopes)
        self._token_url = None if token_url is None else _check_url("token_url", token_url)
        self._counts_against_budget = bool(counts_against_budget)
        if store is not None and not isinstance(store, TokenStore):
            raise TypeError("store must implement TokenStore (async load() and save())")
        self._store: TokenStore = store if store is not None else MemoryTokenStore()
        if on_rotate is not None and not callable(on_rotate):
            raise TypeError("on_rotate must be callable")
        self._on_rotate = on_rotate
        if not renew_before >= 0:
            raise ValueError("renew_before must be a non-negative number of seconds")
        self._renew_before = float(renew_before)
        self._clock = clock
        self._credential_key = credential_key("oauth", client_id)
        self._client_base_urls: set[str] = set()
        self._token: TokenSet | None = None
        self._retired: deque[str] = deque(maxlen=_RETIRED_KEPT)
        self._unsaved = False
        self._renewal: tuple[asyncio.AbstractEventLoop, asyncio.Task[TokenSet]] | None = None
        self._background_for: TokenSet | None = None  # the token renewed in the background

    # -- public read-only facts -----------------------------------------------------------

    @property
    def client_id(self) -> str:
        """The OAuth client id (not a secret)."""
        return self._client_id

    @property
    def scopes(self) -> tuple[str, ...] | None:
        """The scopes requested (``None``: the credential's defaults)."""
        return self._scopes

    @property
    def store(self) -> TokenStore:
        """Where the tokens are kept."""
        return self._store

    @property
    def counts_against_budget(self) -> bool:
        """Whether token requests take the governor's permits like API requests."""
        return self._counts_against_budget

    @property
    def credential_key(self) -> str:
        """The governor key: a hash of the client id, so each app has its own budget."""
        return self._credential_key

    def __repr__(self) -> str:
        return f"{type(self).__name__}(client_id={self._client_id!r})"

    def secret_values(self) -> tuple[str, ...]:
        """The client secret, the current access and refresh tokens and recently replaced ones."""
        token = self._token
        current = (token.access_token, token.refresh_token) if token is not None else ()
        return tuple(s for s in (self._client_secret, *current, *self._retired) if s)

    # -- Auth -----------------------------------------------------------------------------

    async def headers(self, channel: TokenChannel) -> dict[str, str]:
        """``Authorization: Bearer <access token>``, fetching or renewing the token if due.

        Raises ``OAuthError`` subclasses when the token endpoint refuses, and
        ``APIConnectionError`` when it cannot be reached.
        """
        token = await self._valid_token(channel, stale=None)
        return _bearer(token)

    def current_headers(
        self, prepared: dict[str, str], channel: TokenChannel
    ) -> dict[str, str] | None:
        """The current token once the request's permits are granted, ``prepared`` or newer.

        A request may wait in the governor's queue longer than its token lives, so the token is
        chosen here, just before sending. Past its renewal time the token is still sent, and
        one renewal starts in the background so the requests after it find a new token; from
        halfway between the renewal time and the expiry on (a margin for the request's way to
        the server) ``None`` sends the request back to ``headers``, which renews.
        """
        token = self._token
        if token is None or self._unsaved:
            return None
        now = self._clock()
        send_by = _send_by(token, self._renew_before)
        if send_by is not None and now >= send_by:
            return None
        renew_at = token.renew_at(self._renew_before)
        if renew_at is not None and now >= renew_at and self._background_for is not token:
            # Once per token: a renewal that fails here is left to `headers`, whose callers see
            # the error, instead of being retried by every request granted meanwhile.
            self._background_for = token
            self._renewal_task(channel, stale=None)
        return _bearer(token)

    async def unauthorized(self, sent: dict[str, str], channel: TokenChannel) -> bool:
        """A 401 answered the token in ``sent``: renew it unless another request already did."""
        scheme, _, stale = sent.get("Authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not stale:
            return False
        await self._valid_token(channel, stale=stale)
        return True

    # -- single flight --------------------------------------------------------------------

    def _usable(self, token: TokenSet | None, stale: str | None) -> bool:
        if token is None or token.access_token == stale:
            return False
        renew_at = token.renew_at(self._renew_before)
        return renew_at is None or self._clock() < renew_at

    async def _valid_token(self, channel: TokenChannel, *, stale: str | None) -> TokenSet:
        current = self._token
        if not self._unsaved and current is not None and self._usable(current, stale):
            return current
        # A renewal started for another reason may hand back `stale` itself: one more try.
        for _ in range(2):
            token = await asyncio.shield(self._renewal_task(channel, stale=stale))
            if token.access_token != stale:
                break
        return token

    def _renewal_task(self, channel: TokenChannel, *, stale: str | None) -> asyncio.Task[TokenSet]:
        """The running loop's renewal in flight, started now if there is none: the single
        flight every request that needs a new token joins."""
        loop = asyncio.get_running_loop()
        running = self._renewal
        # A renewal of another loop (a finished asyncio.run(), an earlier notebook cell) is
        # never awaited here: its loop may be gone.
        if running is None or running[0] is not loop or running[1].done():
            task = loop.create_task(self._renew(channel, stale), name="smartrecruiters-oauth")
            task.add_done_callback(_consume_exception)
            self._renewal = running = (loop, task)
        return running[1]

    async def _renew(self, channel: TokenChannel, stale: str | None) -> TokenSet:
        if self._unsaved and self._token is not None:
            await self._persist(self._token)  # a save that failed earlier: before any use
        # Re-read the store: another process sharing it may have rotated the tokens already.
        stored = await self._store.load()
        if stored is not None and (
            self._token is None or stored.obtained_at > self._token.obtained_at
        ):
            self._retire(self._token)
            self._token = stored
        if self._usable(self._token, stale):
            assert self._token is not None
            return self._token
        fresh = await self._fetch(channel, self._token)
        await self._adopt(fresh)
        return fresh

    async def _adopt(self, fresh: TokenSet) -> None:
        """Make ``fresh`` current: in memory at once (never lost), stored before any use."""
        self._retire(self._token)
        self._token = fresh
        self._unsaved = True
        await self._persist(fresh)
        if self._on_rotate is not None:
            try:
                result = self._on_rotate(fresh)
                if inspect.isawaitable(result):
                    await result
            except Exception:
                # The tokens are stored already; a failing hook must not fail every request.
                logger.exception("the on_rotate callback of %r failed", self)

    def _retire(self, token: TokenSet | None) -> None:
        if token is not None:
            self._retired.extend(t for t in (token.access_token, token.refresh_token) if t)

    async def _persist(self, token: TokenSet) -> None:
        await self._store.save(token)
        self._unsaved = False

    @abc.abstractmethod
    async def _fetch(self, channel: TokenChannel, current: TokenSet | None) -> TokenSet:
        """Ask the token endpoint for a new token set."""

    # -- the token endpoint ---------------------------------------------------------------

    async def _request_token(
        self,
        channel: TokenChannel,
        form: Mapping[str, str],
        *,
        grant: str,
        replayable: bool,
        keep_refresh_token: str | None = None,
    ) -> TokenSet:
        url = self._token_url or channel.base_url + TOKEN_PATH
        body = {
            **form,
            "client_id": self._client_id,
            "client_secret": self._client_secret,
        }
        raw = await channel.post(
            url, body, replayable=replayable, governed=self._counts_against_budget
        )
        if not 200 <= raw.status < 300:
            raise token_error(
                raw, grant=grant, method="POST", secrets=[self._client_secret, *form.values()]
            )
        data: Any
        try:
            data = json.loads(raw.body)
            if not isinstance(data, dict):
                raise ValueError("not an object")
            return TokenSet.from_response(data, now=self._clock(), refresh_token=keep_refresh_token)
        except ValueError as exc:
            # The body may hold tokens: describe it, never quote it.
            raise ResponseDecodeError(
                f"the token endpoint's answer is not a token response ({exc})",
                method="POST",
                url=raw.url,
                status=raw.status,
                raw_body="[redacted]",
            ) from None

    def _attached(self, base_url: str) -> None:
        self._client_base_urls.add(base_url)

    @contextlib.asynccontextmanager
    async def _channel_for(self, client: SmartRecruiters | None) -> AsyncIterator[TokenChannel]:
        if client is not None:
            yield client._token_channel
            return
        # Without a client, the host of the clients made with this credential (a sandbox, the
        # fake server), not the production host behind their back.
        if len(self._client_base_urls) > 1:
            raise ValueError(
                "clients with different base URLs use this credential; pass client= to say "
                "which host exchanges the code"
            )
        host = next(iter(self._client_base_urls), None)  # None: the default host
        async with TokenChannel.standalone(self._credential_key, base_url=host) as channel:
            yield channel


def _bearer(token: TokenSet) -> dict[str, str]:
    return {"Authorization": f"Bearer {token.access_token}"}


def _send_by(token: TokenSet, renew_before: float) -> float | None:
    """The last moment a request may leave with ``token``: halfway from its renewal time to its
    expiry, so it reaches the server before the token ends there (``None``: no lifetime)."""
    renew_at = token.renew_at(renew_before)
    if renew_at is None or token.expires_at is None:
        return None
    return (renew_at + token.expires_at) / 2


def _consume_exception(task: asyncio.Task[TokenSet]) -> None:
    # Every waiter sees the exception; this only stops asyncio reporting it as never retrieved
    # when all of them were cancelled first.
    if not task.cancelled():
        task.exception()


class OAuthClientCredentials(_OAuth2):
    """OAuth 2.0 client credentials: a customer's own integration (an "OAuth client ID" made
    in Settings > Apps & Integrations > Credential Manager).

    Pass it as ``SmartRecruiters(auth=...)``. The first request fetches a token with
    ``POST /identity/oauth/token`` (form-encoded ``grant_type=client_credentials``); it is
    reused until ``renew_before`` seconds before it expires, then renewed in a single flight
    (in the background while it is still good to send), and renewed at once if the API answers
    401. The token is attached when the governor grants a request, just before it is sent, so
    a request that waited in the queue longer than its token lives goes with a valid one.
    ``token_url`` defaults to the client's ``base_url`` + ``/identity/oauth/token`` (older
    integrations use ``https://www.smartrecruiters.com/identity/oauth/token``). ``scopes``
    (``None``: the credential's own) are sent space-separated. Token requests do not take the
    governor's permits unless ``counts_against_budget``. ``store`` (default in memory) keeps the
    token across processes; ``on_rotate`` is told of each new one. ``clock`` (seconds since the
    epoch) is for tests. The governor is keyed by ``client_id``: each app has its own budget.

    Raises ``ValueError`` for an empty or malformed client id, secret, scope or URL.
    """

    _grant = "client_credentials"

    async def _fetch(self, channel: TokenChannel, current: TokenSet | None) -> TokenSet:
        form = {"grant_type": "client_credentials"}
        if self._scopes is not None:
            form["scope"] = " ".join(self._scopes)
        # Minting another token is harmless, so any failure may be retried.
        return await self._request_token(channel, form, grant="client_credentials", replayable=True)


class OAuthAuthorizationCode(_OAuth2):
    """OAuth 2.0 authorization code: a Marketplace (partner) app acting for a customer.

    1. ``request = auth.authorization_url()``: send the user to ``request.url``
       (``GET https://www.smartrecruiters.com/identity/oauth/allow``); ``state`` is generated
       and remembered.
    2. At ``redirect_uri``: ``await auth.exchange_code(code, state=state)`` verifies the state
       and exchanges the code (``POST /identity/oauth/token``, ``grant_type=authorization_code``).
    3. Pass it as ``SmartRecruiters(auth=...)``: access tokens are renewed with the refresh
       token in a single flight. SmartRecruiters refresh tokens are single-use and rotate, so
       each new token set is saved to ``store`` (use ``FileTokenStore`` or your own
       ``TokenStore`` to survive restarts) before it is used, then ``on_rotate`` is called;
       a refresh token is never sent twice.

    Other options are those of ``OAuthClientCredentials``; ``authorize_url`` replaces the
    authorize endpoint (a sandbox). Raises ``ValueError`` for an unusable ``redirect_uri``
    (https, or http to localhost, as the app settings allow).
    """

    _grant = "authorization_code"

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        *,
        redirect_uri: str,
        scopes: Iterable[str] | None = None,
        store: TokenStore | None = None,
        on_rotate: OnRotate | None = None,
        token_url: str | None = None,
        authorize_url: str = DEFAULT_AUTHORIZE_URL,
        counts_against_budget: bool = False,
        renew_before: float = DEFAULT_RENEW_BEFORE,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(
            client_id,
            client_secret,
            scopes=scopes,
            token_url=token_url,
            counts_against_budget=counts_against_budget,
            store=store,
            on_rotate=on_rotate,
            renew_before=renew_before,
            clock=clock,
        )
        self._redirect_uri = _check_redirect_uri(redirect_uri)
        self._authorize_url = _check_url("authorize_url", authorize_url)
        self._states = PendingStates()
        self._spent: set[str] = set()

    @property
    def redirect_uri(self) -> str:
        """Where SmartRecruiters sends the user back with ``code`` and ``state``."""
        return self._redirect_uri

    def authorization_url(self, *, scopes: Iterable[str] | None = None) -> AuthorizationRequest:
        """The URL to send the user to, with a new ``state`` (valid for 10 minutes, once).

        ``scopes`` (default: the constructor's; ``None`` for both: the app's defaults) are
        joined by spaces. Returns an ``AuthorizationRequest`` (``url``, ``state``).
        """
        chosen = _check_scopes(scopes) if scopes is not None else self._scopes
        state = self._states.issue()
        url = authorize_url(
            self._authorize_url,
            client_id=self._client_id,
            redirect_uri=self._redirect_uri,
            scopes=chosen,
            state=state,
        )
        return AuthorizationRequest(url=url, state=state)

    async def exchange_code(
        self,
        code: str,
        *,
        state: str,
        expected_state: str | None = None,
        client: SmartRecruiters | None = None,
    ) -> TokenSet:
        """Exchange the ``code`` the redirect URI received for tokens, and store them.

        ``state`` (from the same callback) must be one ``authorization_url`` issued in this
        process, or equal ``expected_state`` when you kept it yourself (callbacks served by
        another process). The request goes through ``client``'s transport (host, governor)
        when given, else through a short-lived one to ``token_url``, or else to the host of the
        clients created with this auth (the default one if there are none yet; a
        ``ValueError`` if they have different hosts: then pass ``client``).
        ``POST /identity/oauth/token`` (``grant_type=authorization_code``). Returns the new
        ``TokenSet``. Raises ``OAuthStateError`` before any request for a wrong state,
        ``InvalidGrantError`` for a used or expired code, ``InvalidClientError`` for bad
        client credentials.
        """
        code = check_secret("code", code)
        self._states.verify(state, expected_state)
        async with self._channel_for(client) as channel:
            fresh = await self._request_token(
                channel,
                {
                    "grant_type": "authorization_code",
                    "code": code,
                    "redirect_uri": self._redirect_uri,
                },
                grant="authorization_code",
                replayable=False,  # a code is single-use
            )
        await self._adopt(fresh)
        return fresh

    async def _fetch(self, channel: TokenChannel, current: TokenSet | None) -> TokenSet:
        if current is None:
            raise AuthorizationRequiredError(
                "no token is stored for this app yet: send the user to authorization_url() "
                "and call exchange_code() with the code the redirect URI receives"
            )
        refresh = current.refresh_token
        if refresh is None:
            raise AuthorizationRequiredError(
                "the access token expired and no refresh token is stored: send the user "
                "through authorization_url() and exchange_code() again"
            )
        fingerprint = _fingerprint(refresh)
        if fingerprint in self._spent:
            raise RefreshTokenRevokedError(
                "this refresh token was already sent once and its answer was lost; "
                "SmartRecruiters refresh tokens are single-use, so send the user through "
                "authorization_url() and exchange_code() again"
            )
        self._spent.add(fingerprint)
        try:
            fresh = await self._request_token(
                channel,
                {"grant_type": "refresh_token", "refresh_token": refresh},
                grant="refresh_token",
                replayable=False,  # resent only if it certainly never left
                keep_refresh_token=refresh,
            )
        except APIConnectionError as exc:
            if not exc.request_sent:
                self._spent.discard(fingerprint)
            raise
        except RefreshTokenRevokedError:
            # Another process sharing the store may have rotated it between our read and our
            # request: its newer tokens are then the way on.
            stored = await self._store.load()
            if stored is None or stored.refresh_token in (None, refresh):
                raise
            if stored.obtained_at <= current.obtained_at:
                raise
            return stored if self._usable(stored, None) else await self._fetch(channel, stored)
        if fresh.refresh_token == refresh:
            # The server did not rotate it: per RFC 6749 the old one stays valid.
            self._spent.discard(fingerprint)
        return fresh


def _check_redirect_uri(value: str) -> str:
    _check_url("redirect_uri", value)
    parts = urlsplit(value)
    local = (parts.hostname or "") in ("localhost", "127.0.0.1", "::1")
    if parts.scheme != "https" and not local:
        raise ValueError("redirect_uri must be https (or http://localhost while developing)")
    if parts.fragment:
        raise ValueError("redirect_uri must not have a fragment")
    return value
