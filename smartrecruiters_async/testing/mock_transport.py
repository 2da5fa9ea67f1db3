"""``MockTransport``: run the SDK against a function instead of a server.

Like httpx's ``MockTransport``: ``SmartRecruiters("key", transport=MockTransport(handler))``
sends every attempt to ``handler(request)``, which returns a ``MockResponse`` or a
``(status, headers, body)`` tuple. Nothing listens on a port, so a unit test of code that uses
the SDK needs neither the fake server nor the network. The client's own machinery still runs:
the governor, retries, redirects, the 401 replay, error mapping and decoding all see the
handler's answers exactly as they would a server's.
"""

from __future__ import annotations

import contextlib
import inspect
import json
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from typing import Any
from urllib.parse import urlencode, urlsplit

import attrs

from .._files import Multipart
from .._transport import ByteCounter, QueryParams, RawResponse, StreamingResponse

__all__ = ["MockHandler", "MockRequest", "MockResponse", "MockTransport"]

_CHUNK = 64 * 1024


@attrs.frozen(kw_only=True)
class MockRequest:
    """One attempt as the transport received it.

    ``url`` has no query string (``params`` holds the query pairs, in order); ``headers`` are
    the request's own headers, credentials included (``User-Agent`` too); ``body`` is the
    encoded body (JSON as sent, ``b""`` when none); ``form`` holds a token request's form
    fields; ``multipart`` an upload's ``Multipart``; ``timeout`` the per-attempt timeout the
    client asked for (``None``: the transport's own).
    """

    method: str
    url: str
    params: tuple[tuple[str, str], ...] = ()
    headers: Mapping[str, str] = attrs.field(factory=dict, repr=False)
    body: bytes = attrs.field(default=b"", repr=False)
    form: Mapping[str, str] | None = attrs.field(default=None, repr=False)
    multipart: Multipart | None = attrs.field(default=None, repr=False)
    timeout: float | None = None

    @property
    def path(self) -> str:
        """The URL's path (``/jobs/123``)."""
        return urlsplit(self.url).path

    @property
    def query(self) -> dict[str, str]:
        """The query parameters as a dict (the last value of a repeated one)."""
        return dict(self.params)

    def json(self) -> Any:
        """The body parsed as JSON (``None`` for an empty body)."""
        return json.loads(self.body) if self.body.strip() else None


@attrs.frozen
class MockResponse:
    """What a handler answers: ``MockResponse(200, json={...})``, or raw ``body`` bytes.

    ``json`` is encoded and sent as ``application/json`` (unless ``headers`` set a
    ``Content-Type``); ``body`` as given (a ``str`` as UTF-8). Pass one of them, or neither for
    an empty body.
    """

    status: int = 200
    headers: Mapping[str, str] = attrs.field(factory=dict, kw_only=True)
    body: bytes | str = attrs.field(default=b"", kw_only=True, repr=False)
    json: Any = attrs.field(default=None, kw_only=True, repr=False)

    def encoded(self) -> tuple[dict[str, str], bytes]:
        """The headers and body bytes to send."""
        headers = dict(self.headers)
        if self.json is not None:
            if self.body:
                raise ValueError("MockResponse takes body or json, not both")
            if not any(name.lower() == "content-type" for name in headers):
                headers["Content-Type"] = "application/json"
            return headers, json.dumps(self.json).encode()
        body = self.body.encode() if isinstance(self.body, str) else bytes(self.body)
        return headers, body


MockResult = MockResponse | tuple[int, Mapping[str, str], bytes | str | Any]
MockHandler = Callable[[MockRequest], Awaitable[MockResult] | MockResult]
"""``handler(request)``: a coroutine function or a plain function returning a
``MockResponse`` or ``(status, headers, body)``, where a ``body`` that is neither bytes nor
str is sent as JSON. Raising ``APIConnectionError`` or ``APITimeoutError`` simulates a
connection failure or a timeout."""


class MockTransport:
    """A transport that answers each attempt with ``handler(request)``; no network at all.

    ``SmartRecruiters("key", transport=MockTransport(handler))``. Every ``MockRequest`` the
    handler saw is kept in ``requests``, oldest first, for the test's assertions.
    """

    def __init__(self, handler: MockHandler) -> None:
        if not callable(handler):
            raise TypeError("handler must be callable: handler(request) -> MockResponse")
        self._handler = handler
        self.requests: list[MockRequest] = []

    def __repr__(self) -> str:
        return f"<MockTransport {len(self.requests)} requests>"

    async def request(
        self,
        method: str,
        url: str,
        *,
        params: QueryParams | None = None,
        headers: Mapping[str, str] | None = None,
        body: Any = None,
        form: Mapping[str, str] | None = None,
        on_bytes: ByteCounter | None = None,
        on_send: Callable[[], None] | None = None,
        timeout: float | None = None,
    ) -> RawResponse:
        """Ask the handler; return its whole answer (see ``AsyncTransport.request``)."""
        status, answer_headers, data, full_url = await self._answer(
            method, url, params, headers, body, form, on_send, timeout
        )
        if on_bytes is not None and data:
            on_bytes(len(data))
        return RawResponse(status=status, headers=answer_headers, body=data, url=full_url)

    @contextlib.asynccontextmanager
    async def stream(
        self,
        method: str,
        url: str,
        *,
        params: QueryParams | None = None,
        headers: Mapping[str, str] | None = None,
        body: Any = None,
        form: Mapping[str, str] | None = None,
        on_bytes: ByteCounter | None = None,
        on_send: Callable[[], None] | None = None,
        timeout: float | None = None,
        read_timeout: float | None = None,
    ) -> AsyncIterator[StreamingResponse]:
        """Ask the handler; yield its answer with the body in chunks (``AsyncTransport``)."""
        status, answer_headers, data, full_url = await self._answer(
            method, url, params, headers, body, form, on_send, read_timeout
        )
        yield StreamingResponse(
            status=status, headers=answer_headers, url=full_url, chunks=_chunks(data, on_bytes)
        )

    async def aclose(self) -> None:
        """Nothing to release: there is no connection."""

    async def _answer(
        self,
        method: str,
        url: str,
        params: QueryParams | None,
        headers: Mapping[str, str] | None,
        body: Any,
        form: Mapping[str, str] | None,
        on_send: Callable[[], None] | None,
        timeout: float | None,
    ) -> tuple[int, dict[str, str], bytes, str]:
        request = MockRequest(
            method=method,
            url=url,
            params=tuple(params or ()),
            headers=dict(headers or {}),
            body=_encoded(body),
            form=dict(form) if form is not None else None,
            multipart=body if isinstance(body, Multipart) else None,
            timeout=timeout,
        )
        self.requests.append(request)
        if on_send is not None:
            on_send()
        result = self._handler(request)
        if inspect.isawaitable(result):
            result = await result
        status, answer_headers, data = _response(result)
        full_url = f"{url}?{urlencode(list(params))}" if params else url
        return status, answer_headers, data, full_url


def _encoded(body: Any) -> bytes:
    if body is None or isinstance(body, Multipart):
        return b""
    if isinstance(body, bytes):
        return body
    if isinstance(body, str):
        return body.encode()
    return json.dumps(body).encode()


def _response(result: object) -> tuple[int, dict[str, str], bytes]:
    if isinstance(result, tuple) and len(result) == 3:
        status, headers, body = result
        if isinstance(body, bytes | str):
            result = MockResponse(status, headers=headers, body=body)
        else:
            result = MockResponse(status, headers=headers, json=body)
    if not isinstance(result, MockResponse):
        raise TypeError(
            "a MockTransport handler must return a MockResponse or (status, headers, body), "
            f"not {type(result).__name__}"
        )
    headers, data = result.encoded()
    return result.status, headers, data


async def _chunks(data: bytes, on_bytes: ByteCounter | None) -> AsyncIterator[bytes]:
    for start in range(0, len(data), _CHUNK):
        piece = data[start : start + _CHUNK]
        if on_bytes is not None:
            on_bytes(len(piece))
        yield piece
