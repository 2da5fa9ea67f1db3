"""How token requests travel: the client's transport and retries, its governor only if asked."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Mapping

from .._config import ClientConfig
from .._errors import APIConnectionError
from .._protocol.decode import RateLimitInfo
from .._protocol.routes import AuthMode, Body, Route
from .._retry import Outcome, backoff, outcome_of, should_retry
from .._transport import AsyncTransport, RawResponse, Transport
from ..governor import Governor, Lease, shared_governor

__all__ = ["TOKEN_PATH", "TOKEN_ROUTE", "TokenChannel"]

TOKEN_PATH = "/identity/oauth/token"  # noqa: S105 - a path, not a password

TOKEN_ROUTE = Route(
    operation_id="identity.oauthToken",
    method="POST",
    path=TOKEN_PATH,
    group="identity",
    idempotent=False,
    request_body=Body.FORM,
    auth=AuthMode.PUBLIC,
)
"""The token endpoint, for the governor when token requests count against the budget."""


class TokenChannel:
    """Sends form-encoded token requests through a client's transport.

    Connection failures and 5xx are retried with the client's backoff, but only when the
    request may be replayed (``replayable``): a refresh token or a code is single-use, so such
    a request is resent only when it certainly never left. 429s are always retried. With
    ``governed`` the request also takes the governor's permits, as an API request does.
    """

    def __init__(
        self, *, transport: AsyncTransport, governor: Governor, config: ClientConfig
    ) -> None:
        self._transport = transport
        self._governor = governor
        self._config = config

    @property
    def base_url(self) -> str:
        """The client's base URL; the default token URL is on the same host."""
        return self._config.base_url

    @classmethod
    @contextlib.asynccontextmanager
    async def standalone(
        cls, credential_key: str, *, base_url: str | None = None
    ) -> AsyncIterator[TokenChannel]:
        """A channel with a transport of its own (closed on exit) and the credential's shared
        governor, for a token request made without a client (exchanging a code at a callback)."""
        config = ClientConfig(base_url=base_url)
        transport = Transport(session=None, timeout=config.timeout, user_agent=config.user_agent)
        try:
            yield cls(
                transport=transport,
                governor=shared_governor(credential_key, config.base_url),
                config=config,
            )
        finally:
            await transport.aclose()

    async def post(
        self, url: str, form: Mapping[str, str], *, replayable: bool, governed: bool
    ) -> RawResponse:
        """POST ``form`` to ``url``; return the final response, whatever its status.

        Raises ``APIConnectionError`` once retries are exhausted (or not allowed).
        """
        retries = rate_limited = 0
        while True:
            raw, failure = await self._attempt(url, form, governed)
            outcome = outcome_of(raw.status if raw is not None else None, failure)
            if outcome in (Outcome.OK, Outcome.CLIENT_ERROR):
                assert raw is not None
                return raw
            if should_retry(
                outcome,
                idempotent=replayable,
                retries=retries,
                rate_limited_retries=rate_limited,
                max_retries=self._config.max_retries,
                max_rate_limited_retries=self._config.max_rate_limited_retries,
            ):
                info = RateLimitInfo.from_headers(raw.headers) if raw is not None else None
                retry_after = info.retry_after if info is not None else None
                if outcome is Outcome.RATE_LIMITED:
                    rate_limited += 1
                    if governed:
                        continue  # the governor's pause is the wait
                    await asyncio.sleep(backoff(rate_limited - 1, retry_after=retry_after))
                    continue
                await asyncio.sleep(backoff(retries, retry_after=retry_after))
                retries += 1
                continue
            if failure is not None:
                raise failure
            assert raw is not None
            return raw

    async def _attempt(
        self, url: str, form: Mapping[str, str], governed: bool
    ) -> tuple[RawResponse | None, APIConnectionError | None]:
        lease: Lease | None = None
        if governed:
            lease = await self._governor.acquire(TOKEN_ROUTE, timeout=self._config.governor_timeout)
        try:
            raw = await self._transport.request(
                "POST",
                url,
                headers={"Accept": "application/json"},
                form=form,
                on_bytes=lease.charge if lease is not None else None,
                on_send=lease.mark_sent if lease is not None else None,
            )
            if lease is not None:
                lease.feedback(
                    status=raw.status, rate_limit=RateLimitInfo.from_headers(raw.headers)
                )
            return raw, None
        except APIConnectionError as exc:
            return None, exc
        finally:
            if lease is not None:
                await lease.release()
