"""The headers of a delivery, read case-insensitively: event id, name, version, link, time."""

from __future__ import annotations

import re
from collections.abc import Mapping
from urllib.parse import urlsplit

import attrs

from .errors import WebhookHeaderError, WebhookLinkError

__all__ = [
    "EVENT_ID",
    "EVENT_NAME",
    "EVENT_VERSION",
    "HOOK_SECRET",
    "LINK",
    "SIGNATURE",
    "TIMESTAMP",
    "Delivery",
    "header_values",
    "parse_delivery",
    "parse_link",
    "relative_link",
]

SIGNATURE = "smartrecruiters-signature"
TIMESTAMP = "smartrecruiters-timestamp"
EVENT_ID = "event-id"
EVENT_NAME = "event-name"
EVENT_VERSION = "event-version"
LINK = "link"
HOOK_SECRET = "x-hook-secret"  # noqa: S105 - a header's name

_REQUIRED = (SIGNATURE, TIMESTAMP, EVENT_ID, EVENT_NAME)
_LINK = re.compile(r"\s*<([^<>]*)>\s*(?:;.*)?", re.DOTALL)


def header_values(headers: Mapping[str, str]) -> dict[str, str]:
    """``headers`` with lower-case names; ``items()`` of a multi-dict may repeat a name.

    Raises ``WebhookHeaderError`` for a name repeated with different values (which value was
    signed would be a guess).
    """
    found: dict[str, str] = {}
    for name, value in headers.items():
        key = name.lower()
        if found.setdefault(key, value) != value:
            raise WebhookHeaderError(f"header {key!r} is repeated with different values")
    return found


def parse_link(value: str) -> str | None:
    """The URL inside a ``link`` header (``<https://...>; rel=self``); ``None`` when empty.

    Raises ``WebhookHeaderError`` when it is not ``<absolute http(s) URL>`` (+ parameters).
    """
    if not value.strip():
        return None
    match = _LINK.fullmatch(value)
    url = match.group(1).strip() if match else ""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise WebhookHeaderError("the link header is not '<absolute http(s) URL>; rel=self'")
    return url


_PORTS = {"http": 80, "https": 443}


def relative_link(url: str | None, base_url: str) -> str:
    """The path and query of ``url`` below ``base_url`` (the API the client talks to).

    Raises ``WebhookLinkError`` when there is no link, or it names another scheme, host or port,
    or a path outside ``base_url``'s path: following it would send the credential elsewhere.
    """
    if url is None:
        raise WebhookLinkError("the delivery has no link header")
    link, base = urlsplit(url), urlsplit(base_url)
    try:
        same = (link.scheme, link.hostname, link.port or _PORTS.get(link.scheme)) == (
            base.scheme,
            base.hostname,
            base.port or _PORTS.get(base.scheme),
        )
    except ValueError:  # a port that is not a number
        same = False
    prefix = base.path.rstrip("/")
    if not same or link.username is not None or not link.path.startswith(prefix + "/"):
        where = f"{link.scheme}://{link.hostname}" if link.hostname else "an unknown host"
        raise WebhookLinkError(
            f"the link points at {where}, not at the API ({base.scheme}://{base.hostname}"
            f"{base.path}): it is not followed"
        )
    path = link.path[len(prefix) :]
    return f"{path}?{link.query}" if link.query else path


@attrs.frozen
class Delivery:
    """What the headers of a verified delivery say.

    ``link`` is the header as sent (it is part of the signed message); ``url`` the URL inside
    it, or ``None`` when no link came; ``timestamp`` the ``smartrecruiters-timestamp`` in Unix
    seconds; ``key_fingerprint`` the fingerprint of the signing key that matched.
    """

    event_id: str
    event_name: str
    event_version: str
    link: str
    url: str | None
    timestamp: int
    signature: str = attrs.field(repr=False)
    key_fingerprint: str | None = None


def parse_delivery(headers: Mapping[str, str]) -> Delivery:
    """Read the delivery headers (not yet verified). ``event-version`` and ``link`` may be
    missing (they are then signed as empty strings); the others are required.

    Raises ``WebhookHeaderError`` naming a missing, repeated or malformed header.
    """
    values = header_values(headers)
    missing = [name for name in _REQUIRED if not values.get(name, "").strip()]
    if missing:
        raise WebhookHeaderError(f"missing header(s): {', '.join(missing)}")
    stamp = values[TIMESTAMP].strip()
    if not (stamp.isascii() and stamp.isdigit()):
        raise WebhookHeaderError(f"{TIMESTAMP} is not Unix seconds: {stamp[:40]!r}")
    link = values.get(LINK, "")
    return Delivery(
        event_id=values[EVENT_ID],
        event_name=values[EVENT_NAME],
        event_version=values.get(EVENT_VERSION, ""),
        link=link,
        url=parse_link(link),
        timestamp=int(stamp),
        signature=values[SIGNATURE],
    )
