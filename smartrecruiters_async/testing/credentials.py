"""Which credentials the fake server accepts for a route."""

from __future__ import annotations

from collections.abc import Collection, Mapping

from .._protocol.routes import AuthMode, Route

__all__ = ["is_authorized"]


def _bearer(headers: Mapping[str, str]) -> bool:
    scheme, _, token = headers.get("Authorization", "").partition(" ")
    return scheme.lower() == "bearer" and bool(token.strip())


def _api_key(headers: Mapping[str, str], api_keys: Collection[str] | None) -> bool:
    token = headers.get("X-SmartToken", "").strip()
    return bool(token) and (api_keys is None or token in api_keys)


def is_authorized(
    route: Route, headers: Mapping[str, str], api_keys: Collection[str] | None = None
) -> bool:
    """True when ``headers`` carry a credential ``route`` accepts.

    Public routes need none. ``X-SmartToken`` must be non-empty, and one of ``api_keys`` when
    those are given; any non-empty ``Authorization: Bearer`` token is accepted. A route's
    ``auth`` (from the route table) says which of the two it takes.
    """
    if route.auth is AuthMode.PUBLIC:
        return True
    if route.auth is AuthMode.KEY_ONLY:
        return _api_key(headers, api_keys)
    if route.auth is AuthMode.BEARER_ONLY:
        return _bearer(headers)
    return _api_key(headers, api_keys) or _bearer(headers)
