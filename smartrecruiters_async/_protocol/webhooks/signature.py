"""The ``v1`` signature of a delivery (webhooks.md section 4): sign and verify.

``v1`` is the lowercase hex HMAC-SHA256, keyed with the ``secretKey`` string's bytes, of
``timestamp.body.event-id.event-name.event-version.link`` - the raw body bytes, never re-encoded
JSON. The header ``smartrecruiters-signature`` holds ``v1=<hex>`` segments separated by ``;``
(one per live key); a delivery is genuine when any segment matches any live key.

Timestamp tolerance: SmartRecruiters documents none, retries a failed delivery for a day or two
(1, 3, 10, 45, 120 minutes ... up to 24 h apart) and does not say whether the timestamp is the
attempt's or the event's. ``DEFAULT_TOLERANCE`` is therefore 72 hours: every retry passes either
way, and a receiver that remembers event ids as long (its dedupe window, the same 72 hours by
default) drops a replayed capture in that time, while anything older is refused here. A
timestamp more than ``FUTURE_SKEW`` (5 minutes) ahead of the clock is refused too.
"""

from __future__ import annotations

import hashlib
import hmac
import time
from collections.abc import Callable, Mapping, Sequence

import attrs

from .errors import WebhookHeaderError, WebhookSignatureError, WebhookTimestampError
from .headers import TIMESTAMP, Delivery, header_values, parse_delivery
from .keys import ActivationToken, SigningKey

__all__ = [
    "DEFAULT_TOLERANCE",
    "FUTURE_SKEW",
    "SCHEME",
    "sign",
    "signed_headers",
    "signed_message",
    "verify",
]

SCHEME = "v1"
DEFAULT_TOLERANCE = 72 * 3600.0
FUTURE_SKEW = 300.0


def _bytes(value: str) -> bytes:
    # The inverse of how aiohttp and the ASGI adapter decode header bytes, so the MAC covers
    # exactly the bytes that were sent.
    return value.encode("utf-8", "surrogateescape")


def _key(key: object) -> SigningKey:
    if isinstance(key, ActivationToken):
        raise TypeError(
            "an ActivationToken (X-Hook-Secret) is not a signing key: use the secretKey of "
            "POST /subscriptions/{id}/secret-key"
        )
    if not isinstance(key, SigningKey):
        raise TypeError(f"a signing key must be a SigningKey, not {type(key).__name__}")
    return key


def signed_message(
    *,
    timestamp: int | str,
    body: bytes,
    event_id: str,
    event_name: str,
    event_version: str,
    link: str,
) -> bytes:
    """The bytes the ``v1`` HMAC covers: the six values joined with ``.``."""
    if not isinstance(body, bytes | bytearray | memoryview):
        raise TypeError("body must be the raw bytes as sent, not re-encoded text")
    head = [_bytes(str(timestamp))]
    tail = [_bytes(value) for value in (event_id, event_name, event_version, link)]
    return b".".join([*head, bytes(body), *tail])


def _digest(key: SigningKey, message: bytes) -> bytes:
    return hmac.new(key.secret.encode(), message, hashlib.sha256).hexdigest().encode()


def sign(
    key: SigningKey,
    *,
    timestamp: int,
    body: bytes,
    event_id: str,
    event_name: str,
    event_version: str,
    link: str,
) -> str:
    """The ``smartrecruiters-signature`` value SmartRecruiters sends for this delivery:
    ``v1=<hex>``. For tests, the fake server and the README (forging deliveries offline).

    Raises ``TypeError`` for a key that is not a ``SigningKey`` or a body that is not bytes.
    """
    message = signed_message(
        timestamp=timestamp,
        body=body,
        event_id=event_id,
        event_name=event_name,
        event_version=event_version,
        link=link,
    )
    return f"{SCHEME}={_digest(_key(key), message).decode()}"


def signed_headers(
    keys: SigningKey | Sequence[SigningKey],
    *,
    body: bytes,
    event_id: str,
    event_name: str,
    event_version: str = "v1",
    link: str = "",
    timestamp: int | None = None,
) -> dict[str, str]:
    """Every header of a delivery as SmartRecruiters sends it, signed with each of ``keys``
    (one ``v1`` segment per key, ``;``-separated). ``link`` is the whole header
    (``<url>; rel=self``); ``timestamp`` defaults to now. For the fake server, replays in tests
    and the README. Raises ``TypeError`` as ``sign`` does.
    """
    stamp = int(time.time()) if timestamp is None else timestamp
    fields = {
        "event_id": event_id,
        "event_name": event_name,
        "event_version": event_version,
        "link": link,
    }
    several = [keys] if isinstance(keys, SigningKey) else list(keys)
    signature = ";".join(sign(key, timestamp=stamp, body=body, **fields) for key in several)
    headers = {
        "content-type": "application/json",
        "event-id": event_id,
        "event-name": event_name,
        "event-version": event_version,
        "smartrecruiters-timestamp": str(stamp),
        "smartrecruiters-signature": signature,
    }
    if link:
        headers["link"] = link
    return headers


def _candidates(header: str) -> list[bytes]:
    found = []
    for segment in header.split(";"):
        scheme, sep, value = segment.strip().partition("=")
        if not sep or not scheme:
            raise WebhookHeaderError("smartrecruiters-signature is not 'v1=<hex>[;v1=<hex>...]'")
        if scheme.strip() == SCHEME:
            if not value.strip().isascii():
                raise WebhookHeaderError("smartrecruiters-signature holds non-ASCII text")
            found.append(value.strip().encode())
    return found


def verify(
    body: bytes,
    headers: Mapping[str, str],
    keys: Sequence[SigningKey],
    *,
    tolerance: float | None = DEFAULT_TOLERANCE,
    now: Callable[[], float] = time.time,
) -> Delivery:
    """Check a delivery's ``v1`` signature and timestamp; return its parsed headers.

    ``body`` is the raw request body, ``headers`` its headers (any case). Every ``v1`` segment
    is compared in constant time with the HMAC of every key live at ``now()`` (a replaced key
    verifies until its ``valid_until``). ``tolerance`` is the oldest accepted timestamp in
    seconds (``None``: no limit, for replaying an old log); the check runs after the signature
    matched. Returns a ``Delivery`` naming the matching key's fingerprint.

    Raises ``WebhookHeaderError`` (a required header missing or malformed),
    ``WebhookSignatureError`` (no segment matches a live key, or no key is live),
    ``WebhookTimestampError`` (outside the tolerance), ``TypeError`` for keys that are not
    ``SigningKey`` (an ``ActivationToken`` in particular) and ``ValueError`` for a negative
    tolerance.
    """
    if tolerance is not None and not tolerance >= 0:
        raise ValueError(f"tolerance must be None or >= 0 seconds, got {tolerance!r}")
    checked = [_key(key) for key in keys]
    delivery = parse_delivery(headers)
    candidates = _candidates(delivery.signature)
    if not candidates:
        raise WebhookSignatureError(f"smartrecruiters-signature has no {SCHEME} segment")
    at = now()
    live = [key for key in checked if key.is_live(at)]
    if not live:
        raise WebhookSignatureError("no signing key is live (all expired or none configured)")
    message = signed_message(
        timestamp=header_values(headers)[TIMESTAMP],  # as sent: the MAC covers its bytes
        body=body,
        event_id=delivery.event_id,
        event_name=delivery.event_name,
        event_version=delivery.event_version,
        link=delivery.link,
    )
    matched = None
    for key in live:
        expected = _digest(key, message)
        for candidate in candidates:
            if hmac.compare_digest(expected, candidate) and matched is None:
                matched = key
    if matched is None:
        raise WebhookSignatureError(
            f"the signature matches none of the {len(live)} live signing key(s)"
        )
    if tolerance is not None and delivery.timestamp < at - tolerance:
        raise WebhookTimestampError(
            f"the delivery is {at - delivery.timestamp:.0f} s old, beyond the "
            f"{tolerance:.0f} s tolerance"
        )
    if delivery.timestamp > at + FUTURE_SKEW:
        raise WebhookTimestampError(
            f"the delivery's timestamp is {delivery.timestamp - at:.0f} s in the future"
        )
    return attrs.evolve(delivery, key_fingerprint=matched.fingerprint)
