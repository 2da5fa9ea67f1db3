"""Frozen client settings, validated once at construction."""

from __future__ import annotations

import os
from importlib.metadata import PackageNotFoundError, version
from typing import Any
from urllib.parse import urlsplit

import attrs

__all__ = ["BASE_URL_ENV", "DEFAULT_BASE_URL", "ClientConfig", "default_base_url"]

DEFAULT_BASE_URL = "https://api.smartrecruiters.com"
BASE_URL_ENV = "SMARTRECRUITERS_BASE_URL"
"""The environment variable that replaces ``DEFAULT_BASE_URL`` for a client given no base_url:
a sandbox, or ``smartrecruiters-async fake-server``, for code that is not to be changed."""
DEFAULT_TIMEOUT = (
    128.0  # the overview: "ensure that timeout of your requests is set to at least 128s"
)


def _sdk_version() -> str:
    try:
        return version("smartrecruiters-async")
    except PackageNotFoundError:  # running from a source tree without installing
        return "0+unknown"


def default_base_url() -> str:
    """``$SMARTRECRUITERS_BASE_URL`` if set (checked), else ``DEFAULT_BASE_URL``."""
    value = os.environ.get(BASE_URL_ENV)
    if not value:
        return DEFAULT_BASE_URL
    try:
        return _normalise_base_url(value)
    except ValueError as exc:
        raise ValueError(f"{BASE_URL_ENV}: {exc}") from None


def _normalise_base_url(value: str | None) -> str:
    if value is None:
        return default_base_url()
    if not isinstance(value, str):
        raise TypeError(f"base_url must be a string, not {type(value).__name__}")
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"base_url must be an http(s) URL, got {value!r}")
    if parts.query or parts.fragment or "@" in parts.netloc:
        raise ValueError("base_url must not carry a query, fragment or credentials")
    return value.rstrip("/")


def _positive(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
        raise ValueError(f"{attribute.name} must be a positive number, got {value!r}")


def _positive_or_none(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None:
        _positive(instance, attribute, value)


def _header_value(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    # A line break would end the header and let the value smuggle others into every request.
    if not isinstance(value, str) or not value.strip() or "\r" in value or "\n" in value:
        raise ValueError(f"{attribute.name} must be a non-empty one-line string, got {value!r}")


def _non_negative_int(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"{attribute.name} must be a non-negative integer, got {value!r}")


@attrs.frozen(kw_only=True)
class ClientConfig:
    """Settings of a ``SmartRecruiters`` client.

    ``base_url``: the API host; ``None`` (the default) means ``$SMARTRECRUITERS_BASE_URL`` if
    set, else ``https://api.smartrecruiters.com``.
    ``timeout``: seconds for a whole request (default 128, as the API asks).
    ``max_retries``: retries of a failed idempotent request (connection errors, 5xx); 429s are
    retried separately, up to ``max_rate_limited_retries``, because the server did not act on them.
    ``max_redirects``: redirects followed before the last one is raised as an error.
    ``governor_timeout``: longest wait for permits before ``GovernorTimeoutError`` (None: no limit).
    ``user_agent``: the ``User-Agent`` header of every request.
    Every field can be set on ``SmartRecruiters(...)``; a bad value raises ``ValueError``
    naming the argument.
    """

    base_url: str = attrs.field(default=None, converter=_normalise_base_url)
    timeout: float = attrs.field(default=DEFAULT_TIMEOUT, validator=_positive)
    max_retries: int = attrs.field(default=5, validator=_non_negative_int)
    max_rate_limited_retries: int = attrs.field(default=16, validator=_non_negative_int)
    max_redirects: int = attrs.field(default=5, validator=_non_negative_int)
    governor_timeout: float | None = attrs.field(default=None, validator=_positive_or_none)
    user_agent: str = attrs.field(
        factory=lambda: f"smartrecruiters-async/{_sdk_version()}", validator=_header_value
    )
