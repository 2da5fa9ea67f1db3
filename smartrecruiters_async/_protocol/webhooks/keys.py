"""Signing keys, the set of live keys during a rotation, and the activation token.

A subscription's ``secretKey`` (``POST /subscriptions/{id}/secret-key``) signs deliveries; the
``X-Hook-Secret`` of the activation handshake is a one-time token that signs nothing. They are
two types so that one can never be passed where the other belongs (webhooks.md section 2: a
published receiver checks signatures with the handshake token, so its check never runs).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, overload

import attrs

__all__ = ["MAX_LIVE_KEYS", "ROTATION_OVERLAP", "ActivationToken", "KeySet", "SigningKey"]

#: SmartRecruiters keeps up to 16 non-expired keys per subscription.
MAX_LIVE_KEYS = 16
#: A key replaced by a new one stays valid this long.
ROTATION_OVERLAP = dt.timedelta(hours=24)

Clock = Callable[[], float]


def _secret(_: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, str) or not value:
        raise ValueError(f"{attribute.name} must be a non-empty string")


def _aware(_: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and not (isinstance(value, dt.datetime) and value.tzinfo is not None):
        raise ValueError(f"{attribute.name} must be a timezone-aware datetime or None")


def _utc(seconds: float) -> dt.datetime:
    return dt.datetime.fromtimestamp(seconds, dt.UTC)


@attrs.frozen(repr=False)
class SigningKey:
    """One ``secretKey`` of a subscription, used as-is (its UTF-8 bytes are the HMAC key).

    ``valid_until`` (timezone-aware) is when a replaced key stops verifying; ``None`` for the
    current key. The secret never appears in ``repr`` or ``str``: ``fingerprint`` (the first 12
    hex digits of its SHA-256) tells keys apart in logs. Raises ``ValueError`` for an empty
    secret or a naive ``valid_until``.
    """

    secret: str = attrs.field(validator=_secret)
    valid_until: dt.datetime | None = attrs.field(default=None, validator=_aware)

    @property
    def fingerprint(self) -> str:
        """A short digest of the secret that identifies the key without revealing it."""
        return hashlib.sha256(self.secret.encode()).hexdigest()[:12]

    def is_live(self, now: float) -> bool:
        """Whether the key still verifies at ``now`` (Unix seconds)."""
        return self.valid_until is None or now < self.valid_until.timestamp()

    def replaced(self, now: float) -> SigningKey:
        """This key as it is after a new one was generated at ``now``: valid 24 hours more."""
        until = _utc(now) + ROTATION_OVERLAP
        if self.valid_until is not None and self.valid_until < until:
            return self
        return SigningKey(self.secret, valid_until=until)

    def __repr__(self) -> str:
        until = "None" if self.valid_until is None else self.valid_until.isoformat()
        return f"SigningKey(fingerprint={self.fingerprint!r}, valid_until={until})"

    __str__ = __repr__


@attrs.frozen(repr=False)
class ActivationToken:
    """The ``X-Hook-Secret`` of an activation handshake: echoed once, never a signing key.

    ``value`` is what the receiver sends back; ``repr`` and ``str`` never show it.
    """

    value: str = attrs.field(validator=_secret)

    def __repr__(self) -> str:
        return "ActivationToken(<hidden>)"

    __str__ = __repr__


class KeySet(Sequence[SigningKey]):
    """The signing keys a receiver accepts: the current one and those replaced < 24 h ago.

    Immutable; ``rotate()`` returns the set after SmartRecruiters generated a new key, with every
    older key valid 24 hours more and expired ones dropped. At most 16 keys (SmartRecruiters'
    limit of non-expired keys). Raises ``TypeError`` for anything but ``SigningKey`` items (an
    ``ActivationToken`` in particular) and ``ValueError`` beyond 16 keys or for a repeated secret.
    """

    def __init__(self, keys: Iterable[SigningKey] = ()) -> None:
        items = tuple(keys)
        for key in items:
            if isinstance(key, ActivationToken):
                raise TypeError(
                    "an ActivationToken (X-Hook-Secret) is not a signing key: use the secretKey "
                    "of POST /subscriptions/{id}/secret-key"
                )
            if not isinstance(key, SigningKey):
                raise TypeError(f"keys must be SigningKey instances, not {type(key).__name__}")
        if len(items) > MAX_LIVE_KEYS:
            raise ValueError(f"at most {MAX_LIVE_KEYS} signing keys, got {len(items)}")
        if len({key.secret for key in items}) != len(items):
            raise ValueError("the same signing key is in the set twice")
        self._keys = items

    @classmethod
    def of(cls, *secrets: str) -> KeySet:
        """A set of current keys (no ``valid_until``) from ``secretKey`` strings."""
        return cls(SigningKey(secret) for secret in secrets)

    def rotate(self, secret: str | SigningKey, *, now: Clock = time.time) -> KeySet:
        """The set once ``secret`` became the current key: older keys valid 24 h from ``now()``.

        Keys already expired are dropped. Raises ``ValueError`` when that leaves more than 16.
        """
        at = now()
        new = secret if isinstance(secret, SigningKey) else SigningKey(secret)
        kept = [
            key.replaced(at) for key in self._keys if key.is_live(at) and key.secret != new.secret
        ]
        return KeySet([*kept, new])

    def live(self, now: float) -> tuple[SigningKey, ...]:
        """The keys that verify at ``now`` (Unix seconds)."""
        return tuple(key for key in self._keys if key.is_live(now))

    @overload
    def __getitem__(self, index: int) -> SigningKey: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[SigningKey]: ...
    def __getitem__(self, index: int | slice) -> SigningKey | Sequence[SigningKey]:
        return self._keys[index]

    def __len__(self) -> int:
        return len(self._keys)

    def __iter__(self) -> Iterator[SigningKey]:
        return iter(self._keys)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, KeySet) and self._keys == other._keys

    def __hash__(self) -> int:
        return hash(self._keys)

    def __repr__(self) -> str:
        return f"KeySet({list(self._keys)!r})"
