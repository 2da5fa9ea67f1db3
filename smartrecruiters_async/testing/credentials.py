"""Which credentials the fake server accepts for a route."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping

from .._protocol.routes import AuthMode, Route

__all__ = ["is_authorized"]


BearerCheck = Callable[[str], bool]


def _bearer(headers: Mapping[str, str], check: BearerCheck | None) -> bool:
    scheme, _, token = headers.get("Authorization", "").partition(" ")
    token = token.strip()
    return scheme.lower() == "bearer" and bool(token) and (check is None or check(token))


def _api_key(headers: Mapping[str, str], api_keys: Collection[str] | None) -> bool:
    token = headers.get("X-SmartToken", "").strip()
    return bool(token) and (api_keys is None or token in api_keys)


def is_authorized(
    route: Route,
    headers: Mapping[str, str],
    api_keys: Collection[str] | None = None,
    bearer: BearerCheck | None = None,
) -> bool:
    """True when ``headers`` carry a credential ``route`` accepts.

    Public routes need none. ``X-SmartToken`` must be non-empty, and one of ``api_keys`` when
    those are given; a non-empty ``Authorization: Bearer`` token is accepted if ``bearer``
    (the fake OAuth server's check, when enabled) accepts it. A route's ``auth`` (from the
    route table) says which of the two it takes.
    """
    if route.auth is AuthMode.PUBLIC:
        return True
    if route.auth is AuthMode.KEY_ONLY:
        return _api_key(headers, api_keys)
    if route.auth is AuthMode.BEARER_ONLY:
        return _bearer(headers, bearer)
    return _api_key(headers, api_keys) or _bearer(headers, bearer)
