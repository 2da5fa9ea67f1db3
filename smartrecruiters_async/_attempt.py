"""The moving parts of one logical request: where its next attempt goes (``Target``), what one
attempt got (``Attempt``), and the pure steps between attempts (following a redirect).

The client's ``_send`` loops over attempts; each step it takes reads or updates a ``Target``,
so the steps stay small and the rules (credentials never cross origins, which redirects turn
a request into a GET) are stated once, here, without I/O.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import urljoin, urlsplit

import attrs

from ._errors import APIConnectionError
from ._files import Multipart
from ._protocol.routes import Route
from ._transport import QueryParams, RawResponse

__all__ = ["Attempt", "Target", "is_redirect"]

_REDIRECTS = frozenset({301, 302, 303, 307, 308})


def is_redirect(raw: RawResponse | None) -> bool:
    """Whether ``raw`` is a redirect the client follows (a 3xx that says where to)."""
    return raw is not None and raw.status in _REDIRECTS and "Location" in raw.headers


@attrs.define(kw_only=True)
class Target:
    """Where the next attempt of one logical request goes, and what the request has spent.

    ``path`` is the path first asked for (what log lines name); ``url`` moves with redirects.
    ``replayable`` is fixed when the request starts: a streamed upload cannot be sent twice,
    every other body can.
    """

    route: Route
    path: str
    method: str
    url: str
    query: QueryParams
    body: Any
    headers: Mapping[str, str]
    replayable: bool
    same_origin: bool = True
    retries: int = 0
    rate_limited: int = 0
    redirects: int = 0

    @classmethod
    def start(
        cls,
        route: Route,
        *,
        base_url: str,
        path: str,
        query: QueryParams,
        body: Any,
        headers: Mapping[str, str],
    ) -> Target:
        """The target of a request's first attempt."""
        return cls(
            route=route,
            path=path,
            method=route.method,
            url=base_url + path,
            query=query,
            body=body,
            headers=headers,
            replayable=not isinstance(body, Multipart) or body.replayable,
        )

    def follow(self, status: int, location: str) -> None:
        """Point the next attempt at a redirect's ``location``.

        Credentials never follow a redirect to another origin (and stay off for the rest of the
        request). A 303, and a 301/302 of anything but GET/HEAD, becomes a GET without a body,
        as browsers and RFC 9110 do; 307/308 keep method and body.
        """
        target = urljoin(self.url, location)
        self.same_origin = self.same_origin and _origin(target) == _origin(self.url)
        self.url, self.query = target, []
        if status == 303 or (status in (301, 302) and self.method not in ("GET", "HEAD")):
            self.method, self.body = "GET", None


@attrs.frozen(kw_only=True)
class Attempt:
    """What one attempt got: a response (any status) or a connection failure, and the headers
    it was sent with (a 401 is judged against the credential that was actually sent)."""

    raw: RawResponse | None
    failure: APIConnectionError | None
    sent_headers: dict[str, str]


def _origin(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    return parts.scheme.lower(), parts.netloc.lower()
