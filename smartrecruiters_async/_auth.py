"""Credentials: how a request proves who it is, and which governor it belongs to."""

from __future__ import annotations

import abc
import hashlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._oauth.channel import TokenChannel

__all__ = ["Anonymous", "ApiKey", "Auth", "check_secret"]


def credential_key(kind: str, secret: str) -> str:
    """A stable, non-reversible name for a credential: the governor registry's key."""
    digest = hashlib.sha256(f"{kind}\0{secret}".encode()).hexdigest()[:24]
    return f"{kind}:{digest}"


def check_secret(name: str, value: object) -> str:
    """``value`` if it is usable as a credential, else ``ValueError`` naming ``name`` only.

    Whitespace and control characters are refused: they would otherwise fail later with a
    confusing 401 or header error. The message never repeats the value.
    """
    if not isinstance(value, str) or not value:
        raise ValueError(f"{name} must be a non-empty string")
    if any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in value):
        raise ValueError(
            f"{name} contains whitespace or control characters; check for a stray newline"
        )
    return value


class Auth(abc.ABC):
    """A way to authenticate requests. Subclasses never expose their secret in ``repr``."""

    @property
    @abc.abstractmethod
    def credential_key(self) -> str:
        """Identifies the API user for throttling; a hash, never the secret itself."""

    @abc.abstractmethod
    async def headers(self, channel: TokenChannel) -> dict[str, str]:
        """Headers to add to a request; a token is fetched or renewed through ``channel``.

        The client calls this before the request queues for the governor, holding no permits,
        so a token request never waits behind the request it is for.
        """

    def current_headers(
        self, prepared: dict[str, str], channel: TokenChannel
    ) -> dict[str, str] | None:
        """The headers to send now that the request's permits are granted; must not wait.

        ``prepared`` is what ``headers`` returned before the request queued. Return it, newer
        headers, or ``None`` when it may have expired while the request waited: the client then
        gives the permits back, awaits ``headers`` again and queues again, so no slot is held
        while a token is fetched. Static credentials cannot expire: the default is ``prepared``.
        """
        return prepared

    async def unauthorized(self, sent: dict[str, str], channel: TokenChannel) -> bool:
        """A request sent with ``sent`` headers got 401; return True if a replay may succeed.

        Static credentials cannot improve, so the default is False.
        """
        return False

    async def aclose(self) -> None:  # noqa: B027 - optional hook
        """Release resources (token HTTP sessions)."""

    def secret_values(self) -> tuple[str, ...]:
        """The secret strings this credential sends or holds (an API key; a client secret and
        its current and recent tokens), which the client redacts from every exception and log
        line whatever the server echoes. A custom ``Auth`` should return its own; the default
        is none."""
        return ()

    def _attached(self, base_url: str) -> None:  # noqa: B027 - optional hook
        """A client with ``base_url`` was created with this credential (OAuth uses it)."""

    def __repr__(self) -> str:
        return f"{type(self).__name__}(<{self.credential_key}>)"


class Anonymous(Auth):
    """No credential: only the public Posting API accepts this."""

    @property
    def credential_key(self) -> str:
        return "anonymous"

    async def headers(self, channel: TokenChannel) -> dict[str, str]:
        return {}

    def __repr__(self) -> str:
        return "Anonymous()"


class ApiKey(Auth):
    """An API key sent as ``X-SmartToken`` (Settings → Apps & Integrations → Credential Manager).

    Raises ``ValueError`` for an empty key or one with whitespace or control characters, which
    would otherwise fail later with a confusing 401 or header error.
    """

    __slots__ = ("_credential_key", "_key")

    def __init__(self, key: str) -> None:
        self._key = check_secret("api_key", key)
        self._credential_key = credential_key("apikey", key)

    @property
    def credential_key(self) -> str:
        return self._credential_key

    async def headers(self, channel: TokenChannel) -> dict[str, str]:
        return {"X-SmartToken": self._key}

    def secret_values(self) -> tuple[str, ...]:
        """The API key."""
        return (self._key,)
