"""OAuth 2.0 for the fake server: a token endpoint, an authorize endpoint, bearer validation.

Like the real one, it issues access tokens that expire, refresh tokens that are single-use and
rotate (presenting one twice is refused and counted), and codes that are single-use. Lifetimes
are configurable so tests can cross an expiry; ``expire_access_tokens`` ends them at once.
"""

from __future__ import annotations

import base64
import json
import secrets
import time
from collections import Counter
from collections.abc import Callable, Collection, Mapping
from urllib.parse import urlencode

import attrs
from aiohttp import web

from .._oauth.channel import TOKEN_PATH, TOKEN_ROUTE
from .._protocol.routes import AuthMode, Route
from .replies import Reply
from .state import ServerData

__all__ = ["ALLOW_PATH", "FakeOAuth", "OAuthStats"]

ALLOW_PATH = "/identity/oauth/allow"
CODE_LIFETIME = 600.0


@attrs.define(kw_only=True)
class _App:
    client_secret: str
    scopes: frozenset[str] | None  # None: any scope may be requested
    redirect_uris: tuple[str, ...] | None  # None: any


@attrs.define(kw_only=True)
class _Grant:
    client_id: str
    scopes: tuple[str, ...]
    expires_at: float
    used: bool = False
    redirect_uri: str | None = None


@attrs.define(kw_only=True)
class OAuthStats:
    """What the token endpoint saw.

    ``token_requests`` counts requests that reached it; ``grants`` counts them by
    ``grant_type``; ``refused`` by OAuth error code; ``refresh_tokens_presented`` lists every
    refresh token presented, in order, and ``reused_refresh_tokens`` how many of them had
    been presented before.
    """

    token_requests: int = 0
    grants: Counter[str] = attrs.field(factory=Counter)
    refused: Counter[str] = attrs.field(factory=Counter)
    refresh_tokens_presented: list[str] = attrs.field(factory=list)
    reused_refresh_tokens: int = 0
    bearer_rejected: int = 0


def _oauth_error(status: int, error: str, description: str) -> Reply:
    return Reply.json({"error": error, "error_description": description}, status=status)


class FakeOAuth:
    """The fake server's OAuth 2.0 authorization server; pass it as
    ``FakeSmartRecruiters(oauth=...)``, and API routes then accept only bearer tokens it issued
    and that have not expired (``X-SmartToken`` still works as before).

    ``clients`` maps client ids to secrets (more with ``register``). ``access_token_lifetime``
    and ``refresh_token_lifetime`` are in seconds (30 minutes and 28 days by default, as
    documented). ``rotate_refresh_tokens`` (default True, as SmartRecruiters does) makes every
    refresh return a new refresh token and kills the old one. ``counts_against_budget`` puts the
    token endpoint under the throttling policies (default off). ``required_scopes`` maps
    operationIds to the scope a bearer token needs for them (403 ``OAuthPermissionsException``
    without it). ``clock`` is monotonic seconds.
    """

    def __init__(
        self,
        *,
        clients: Mapping[str, str] | None = None,
        access_token_lifetime: float = 1800.0,
        refresh_token_lifetime: float = 28 * 86400.0,
        rotate_refresh_tokens: bool = True,
        counts_against_budget: bool = False,
        required_scopes: Mapping[str, str] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if not access_token_lifetime > 0 or not refresh_token_lifetime > 0:
            raise ValueError("token lifetimes must be positive")
        self.access_token_lifetime = access_token_lifetime
        self.refresh_token_lifetime = refresh_token_lifetime
        self.rotate_refresh_tokens = rotate_refresh_tokens
        self.counts_against_budget = counts_against_budget
        self.required_scopes = dict(required_scopes or {})
        self.clock = clock
        self.stats = OAuthStats()
        self._apps: dict[str, _App] = {}
        self._access: dict[str, _Grant] = {}
        self._refresh: dict[str, _Grant] = {}
        self._codes: dict[str, _Grant] = {}
        for client_id, secret in (clients or {}).items():
            self.register(client_id, secret)

    def register(
        self,
        client_id: str,
        client_secret: str,
        *,
        scopes: Collection[str] | None = None,
        redirect_uris: Collection[str] | None = None,
    ) -> None:
        """Accept ``client_id`` with ``client_secret``; ``scopes`` and ``redirect_uris``, when
        given, are the only ones it may request."""
        self._apps[client_id] = _App(
            client_secret=client_secret,
            scopes=frozenset(scopes) if scopes is not None else None,
            redirect_uris=tuple(redirect_uris) if redirect_uris is not None else None,
        )

    # -- what tests drive -----------------------------------------------------------------

    def authorize(
        self, client_id: str, *, redirect_uri: str, scopes: Collection[str] | None = None
    ) -> str:
        """A code as if the user approved ``client_id`` at the authorize page."""
        code = "code-" + secrets.token_urlsafe(16)
        self._codes[code] = _Grant(
            client_id=client_id,
            scopes=tuple(scopes or ()),
            expires_at=self.clock() + CODE_LIFETIME,
            redirect_uri=redirect_uri,
        )
        return code

    def expire_access_tokens(self) -> None:
        """End every access token issued so far, now (as if their lifetime ran out)."""
        now = self.clock()
        for grant in self._access.values():
            grant.expires_at = min(grant.expires_at, now)

    def revoke_refresh_tokens(self) -> None:
        """Kill every refresh token issued so far (the customer disconnected the app)."""
        for grant in self._refresh.values():
            grant.used = True

    def valid(self, token: str) -> bool:
        """True when ``token`` is an access token this server issued and it has not expired."""
        grant = self._access.get(token)
        return grant is not None and self.clock() < grant.expires_at

    # -- what the server wires -----------------------------------------------------------

    def routes(self) -> dict[tuple[str, str], Route]:
        """The routes of the endpoints, for throttling: outside the policies unless counted."""
        token = TOKEN_ROUTE
        allow = Route(
            operation_id="identity.oauthAllow",
            method="GET",
            path=ALLOW_PATH,
            group="identity",
            auth=AuthMode.PUBLIC,
            rate_classes=(),
            concurrency_classes=(),
        )
        if not self.counts_against_budget:
            token = attrs.evolve(token, rate_classes=(), concurrency_classes=())
        return {("POST", TOKEN_PATH): token, ("GET", ALLOW_PATH): allow}

    def authorized_bearer(self, token: str) -> bool:
        """``valid``, counting rejections in ``stats.bearer_rejected``."""
        if self.valid(token):
            return True
        self.stats.bearer_rejected += 1
        return False

    def scope_refusal(self, route: Route, headers: Mapping[str, str]) -> Reply | None:
        """The 403 for a bearer token that lacks the scope ``route`` needs, else ``None``."""
        needed = self.required_scopes.get(route.operation_id)
        scheme, _, token = headers.get("Authorization", "").partition(" ")
        grant = self._access.get(token.strip()) if scheme.lower() == "bearer" else None
        if needed is None or grant is None or needed in grant.scopes:
            return None
        message = f"Access denied: the token lacks the {needed} scope"
        return Reply.error(403, "OAuthPermissionsException", message)

    async def allow(self, request: web.Request, data: ServerData) -> Reply:
        """``GET /identity/oauth/allow``: the user approves at once; 302 to ``redirect_uri``
        with ``code`` and ``state`` (or with ``error`` when the request is unusable)."""
        query = request.query
        client_id = query.get("client_id", "")
        redirect_uri = query.get("redirect_uri", "")
        app = self._apps.get(client_id)
        if app is None or not redirect_uri:
            return Reply.error(400, "INVALID_REQUEST", "unknown client_id or no redirect_uri")
        if app.redirect_uris is not None and redirect_uri not in app.redirect_uris:
            return Reply.error(400, "INVALID_REQUEST", "redirect_uri is not registered")
        params: dict[str, str] = {}
        scope = query.get("scope")
        refused = scope is not None and (
            not scope.strip() or (app.scopes is not None and not set(scope.split()) <= app.scopes)
        )
        if refused:
            params["error"] = "invalid_scope"
        else:
            scopes = scope.split() if scope else sorted(app.scopes or ())
            params["code"] = self.authorize(client_id, redirect_uri=redirect_uri, scopes=scopes)
        if "state" in query:
            params["state"] = query["state"]
        location = f"{redirect_uri}{'&' if '?' in redirect_uri else '?'}{urlencode(params)}"
        return Reply(status=302, content_type=None, headers={"Location": location})

    async def token(self, request: web.Request, data: ServerData) -> Reply:
        """``POST /identity/oauth/token``: the client credentials, authorization code and
        refresh token grants, form-encoded, answering OAuth JSON."""
        self.stats.token_requests += 1
        reply = await self._token(request)
        if reply.status >= 400:
            error = _error_code(reply)
            self.stats.refused[error] += 1
        return reply

    async def _token(self, request: web.Request) -> Reply:
        if request.content_type != "application/x-www-form-urlencoded":
            return _oauth_error(400, "invalid_request", "the body must be form-encoded")
        form = {key: str(value) for key, value in (await request.post()).items()}
        client_id, secret = _client_auth(request, form)
        app = self._apps.get(client_id)
        if app is None or not secrets.compare_digest(app.client_secret, secret):
            return _oauth_error(401, "invalid_client", "Client authentication failed")
        grant_type = form.get("grant_type", "")
        self.stats.grants[grant_type] += 1
        if grant_type == "client_credentials":
            requested = form.get("scope")
            scopes = tuple(requested.split()) if requested else tuple(sorted(app.scopes or ()))
            if requested is not None and not scopes:
                return _oauth_error(400, "invalid_scope", "scope must not be empty")
            if app.scopes is not None and not set(scopes) <= app.scopes:
                return _oauth_error(400, "invalid_scope", "a requested scope is not granted")
            return self._issue(client_id, scopes, refresh=False)
        if grant_type == "authorization_code":
            code = self._codes.get(form.get("code", ""))
            if code is None or code.used or code.client_id != client_id:
                return _oauth_error(400, "invalid_grant", "Invalid authorization code")
            code.used = True
            if self.clock() >= code.expires_at:
                return _oauth_error(400, "invalid_grant", "Authorization code expired")
            if form.get("redirect_uri") != code.redirect_uri:
                return _oauth_error(400, "invalid_grant", "redirect_uri does not match")
            return self._issue(client_id, code.scopes, refresh=True)
        if grant_type == "refresh_token":
            presented = form.get("refresh_token", "")
            if presented in self.stats.refresh_tokens_presented:
                self.stats.reused_refresh_tokens += 1
            self.stats.refresh_tokens_presented.append(presented)
            grant = self._refresh.get(presented)
            if grant is None or grant.client_id != client_id:
                return _oauth_error(400, "invalid_grant", "Invalid refresh token")
            if grant.used:
                return _oauth_error(400, "invalid_grant", "Refresh token already used or revoked")
            if self.clock() >= grant.expires_at:
                return _oauth_error(400, "invalid_grant", "Refresh token expired")
            if self.rotate_refresh_tokens:
                grant.used = True
                return self._issue(client_id, grant.scopes, refresh=True)
            return self._issue(client_id, grant.scopes, refresh=False)
        return _oauth_error(400, "unsupported_grant_type", f"unsupported grant_type {grant_type!r}")

    def _issue(self, client_id: str, scopes: tuple[str, ...], *, refresh: bool) -> Reply:
        now = self.clock()
        access = "at-" + secrets.token_urlsafe(24)
        self._access[access] = _Grant(
            client_id=client_id, scopes=scopes, expires_at=now + self.access_token_lifetime
        )
        body: dict[str, object] = {
            "access_token": access,
            "token_type": "bearer",
            "expires_in": self.access_token_lifetime,
        }
        if scopes:
            body["scope"] = " ".join(scopes)
        if refresh:
            token = "rt-" + secrets.token_urlsafe(24)
            self._refresh[token] = _Grant(
                client_id=client_id, scopes=scopes, expires_at=now + self.refresh_token_lifetime
            )
            body["refresh_token"] = token
        return Reply.json(body, headers={"Cache-Control": "no-store"})


def _client_auth(request: web.Request, form: Mapping[str, str]) -> tuple[str, str]:
    """Client id and secret from the form (client_secret_post) or HTTP Basic."""
    header = request.headers.get("Authorization", "")
    scheme, _, encoded = header.partition(" ")
    if scheme.lower() == "basic" and encoded:
        try:
            client_id, _, secret = base64.b64decode(encoded).decode().partition(":")
        except ValueError:
            return "", ""
        return client_id, secret
    return form.get("client_id", ""), form.get("client_secret", "")


def _error_code(reply: Reply) -> str:
    try:
        return str(json.loads(reply.body).get("error", "unknown"))
    except ValueError:
        return "unknown"
