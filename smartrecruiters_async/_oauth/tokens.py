"""``TokenSet``: what the token endpoint granted, in a form that can be stored and restored."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

import attrs

__all__ = ["TokenSet"]


def _check_token(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or not value or any(ch.isspace() for ch in value):
        raise ValueError(f"{attribute.name} must be a non-empty string without whitespace")


def _check_optional_token(
    instance: object, attribute: attrs.Attribute[str | None], value: str | None
) -> None:
    if value is not None:
        _check_token(instance, attribute, value)  # type: ignore[arg-type]


def _words(value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        return tuple(value.split())
    return tuple(str(word) for word in value or ())  # type: ignore[attr-defined]


@attrs.frozen(kw_only=True)
class TokenSet:
    """An access token, when it expires, and the refresh token that renews it (if any).

    ``expires_at`` and ``obtained_at`` are seconds since the epoch (``None``: the server gave no
    lifetime, so the token is used until a 401). ``repr`` and ``str`` never show the tokens.
    """

    access_token: str = attrs.field(repr=False, validator=_check_token)
    token_type: str = "bearer"  # noqa: S105 - the token type, not a token
    obtained_at: float
    expires_at: float | None = None
    refresh_token: str | None = attrs.field(
        default=None, repr=False, validator=_check_optional_token
    )
    scopes: tuple[str, ...] = attrs.field(default=(), converter=_words)

    @classmethod
    def from_response(
        cls, data: Mapping[str, Any], *, now: float, refresh_token: str | None = None
    ) -> TokenSet:
        """Build from a token endpoint's JSON (``access_token``, ``expires_in``, ...).

        ``refresh_token`` is kept when the response brings no new one. Raises ``ValueError``
        when the response lacks a usable ``access_token``.
        """
        expires_in = data.get("expires_in")
        if isinstance(expires_in, str) and expires_in.strip().isdigit():
            expires_in = int(expires_in)
        lifetime = (
            float(expires_in)
            if isinstance(expires_in, int | float)
            and not isinstance(expires_in, bool)
            and math.isfinite(expires_in)
            and expires_in >= 0
            else None
        )
        scope = data.get("scope")
        return cls(
            access_token=data.get("access_token"),  # type: ignore[arg-type]  # validated
            token_type=str(data.get("token_type") or "bearer"),
            obtained_at=now,
            expires_at=None if lifetime is None else now + lifetime,
            refresh_token=data.get("refresh_token") or refresh_token,
            scopes=tuple(scope.split()) if isinstance(scope, str) else (),
        )

    def renew_at(self, renew_before: float) -> float | None:
        """When to renew: ``renew_before`` seconds before expiry, but never earlier than half
        the lifetime, so very short lifetimes (tests, odd servers) do not renew on every use."""
        if self.expires_at is None:
            return None
        lifetime = max(0.0, self.expires_at - self.obtained_at)
        return self.expires_at - min(renew_before, lifetime / 2)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-able dict (contains the tokens: store it as a secret)."""
        return {
            "access_token": self.access_token,
            "token_type": self.token_type,
            "obtained_at": self.obtained_at,
            "expires_at": self.expires_at,
            "refresh_token": self.refresh_token,
            "scopes": list(self.scopes),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TokenSet:
        """The inverse of ``to_dict``; raises ``ValueError`` for a malformed record."""
        try:
            expires_at = data.get("expires_at")
            return cls(
                access_token=data["access_token"],
                token_type=str(data.get("token_type") or "bearer"),
                obtained_at=float(data["obtained_at"]),
                expires_at=None if expires_at is None else float(expires_at),
                refresh_token=data.get("refresh_token"),
                scopes=tuple(str(s) for s in data.get("scopes") or ()),
            )
        except (KeyError, TypeError, ValueError) as exc:
            # The record holds tokens: name the problem, never echo the content.
            raise ValueError(f"not a stored token set ({type(exc).__name__})") from None
