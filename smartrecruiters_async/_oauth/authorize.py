"""The first leg of the authorization code flow: the authorize URL and its ``state``."""

from __future__ import annotations

import hmac
import secrets
import time
from collections.abc import Callable, Sequence
from urllib.parse import quote, urlencode, urlsplit

import attrs

from .errors import OAuthStateError

__all__ = ["DEFAULT_AUTHORIZE_URL", "AuthorizationRequest", "PendingStates", "authorize_url"]

DEFAULT_AUTHORIZE_URL = "https://www.smartrecruiters.com/identity/oauth/allow"
STATE_LIFETIME = 600.0
"""Seconds a generated ``state`` stays acceptable: long enough for a user to log in."""
_MAX_PENDING = 1000


@attrs.frozen(kw_only=True)
class AuthorizationRequest:
    """Where to send the user (``url``) and the ``state`` that must come back with the code.

    Keep ``state`` in the user's session when callbacks may reach another process, and pass it
    to ``exchange_code(expected_state=...)``.
    """

    url: str
    state: str


def authorize_url(
    base: str,
    *,
    client_id: str,
    redirect_uri: str,
    scopes: Sequence[str] | None,
    state: str,
) -> str:
    """``base`` with ``client_id``, ``redirect_uri``, space-separated ``scope`` and ``state``.

    ``scope`` is omitted when ``scopes`` is ``None`` (the app's default scopes apply); an empty
    ``scope=`` would be refused by the server.
    """
    params = [("client_id", client_id), ("redirect_uri", redirect_uri)]
    if scopes is not None:
        params.append(("scope", " ".join(scopes)))
    params.append(("state", state))
    # quote, not quote_plus: scopes joined by %20, the form the documentation shows.
    separator = "&" if urlsplit(base).query else "?"
    return f"{base}{separator}{urlencode(params, quote_via=quote)}"


class PendingStates:
    """The ``state`` values this process issued and has not seen back yet (each used once)."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._issued: dict[str, float] = {}

    def issue(self) -> str:
        """A new unguessable state, remembered for ``STATE_LIFETIME`` seconds."""
        self._forget_expired()
        while len(self._issued) >= _MAX_PENDING:  # abandoned logins must not grow without bound
            del self._issued[next(iter(self._issued))]
        state = secrets.token_urlsafe(32)
        self._issued[state] = self._clock() + STATE_LIFETIME
        return state

    def verify(self, state: str, expected: str | None = None) -> None:
        """Accept ``state`` once: it must equal ``expected`` when given, else be one this
        process issued and not yet used. Raises ``OAuthStateError`` otherwise."""
        if not isinstance(state, str) or not state:
            raise OAuthStateError("the callback carried no state; restart the authorization")
        if expected is not None:
            self._issued.pop(expected, None)
            if not hmac.compare_digest(state.encode(), expected.encode()):
                raise OAuthStateError(
                    "the callback's state does not match the one issued for this session; "
                    "the code was not exchanged: restart the authorization"
                )
            return
        self._forget_expired()
        if self._issued.pop(state, None) is None:
            raise OAuthStateError(
                "the callback's state was not issued by this process, was already used or "
                "expired; restart the authorization (or pass expected_state= when callbacks "
                "reach another process)"
            )

    def _forget_expired(self) -> None:
        now = self._clock()
        for state in [s for s, deadline in self._issued.items() if deadline <= now]:
            del self._issued[state]
