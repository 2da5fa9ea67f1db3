"""The only module that imports aiohttp: sessions, sending, reading bodies, mapping I/O errors.

Bodies are read with aiohttp's decompression off so the governor is charged the bytes that
crossed the wire (what the server's byte budget counts); gzip and deflate are undone here.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import types
import weakref
import zlib
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from contextlib import AbstractAsyncContextManager
from typing import Any, BinaryIO, Protocol, runtime_checkable

import aiohttp
import attrs
import yarl

from ._errors import APIConnectionError, APITimeoutError
from ._files import Multipart

__all__ = ["AsyncTransport", "RawResponse", "StreamingResponse", "Transport"]

ByteCounter = Callable[[int], None]
QueryParams = list[tuple[str, str]]

_DECODED_PIECE = 256 * 1024


NOT_PARSED: Any = object()


@attrs.frozen(kw_only=True)
class RawResponse:
    """A complete response: status, headers and the decoded (decompressed) body.

    ``json`` is the body's JSON once the client has parsed it (``NOT_PARSED`` before), so a
    body is parsed once however many steps look at it.
    """

    status: int
    headers: Mapping[str, str]
    body: bytes
    url: str
    json: Any = attrs.field(default=NOT_PARSED, eq=False, repr=False)


@attrs.frozen(kw_only=True)
class StreamingResponse:
    """A response whose body is read chunk by chunk (``chunks``) instead of held in memory."""

    status: int
    headers: Mapping[str, str]
    url: str
    chunks: AsyncIterator[bytes]


@runtime_checkable
class AsyncTransport(Protocol):
    """What the client sends through: ``SmartRecruiters(transport=...)`` takes any object with
    these three methods (``smartrecruiters_async.testing.MockTransport`` is one).

    The client calls them once per attempt, with the governor's permits already held, and
    never asks a transport to follow redirects or retry: those stay the client's, so every
    attempt is paced and counted. ``body`` is ``None``, ``bytes``/``str``, a ``Multipart`` or a
    JSON value; ``form`` (token requests) is sent form-encoded instead. ``on_send`` is called
    once when the request leaves, ``on_bytes`` with the size of each body chunk read (the
    governor's byte budget). ``timeout`` bounds the attempt; ``None`` means the transport's own.
    Failures are raised as ``APIConnectionError`` / ``APITimeoutError``.
    """

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
        """Send one request and return the whole response (any status)."""
        ...

    def stream(
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
    ) -> AbstractAsyncContextManager[StreamingResponse]:
        """Send one request; enter the result for a response whose ``chunks`` are read lazily.

        ``timeout`` bounds the whole exchange (``None``: unbounded), ``read_timeout`` each read
        (``None``: the transport's own).
        """
        ...

    async def aclose(self) -> None:
        """Release what the transport holds for the running event loop."""
        ...


class _Decoder:
    """Undoes ``Content-Encoding`` incrementally; identity when there is none."""

    def __init__(self, encoding: str) -> None:
        encoding = encoding.strip().lower()
        if encoding in ("gzip", "x-gzip"):
            self._z: Any = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            self._z = zlib.decompressobj()
        else:
            self._z = None

    def feed(self, data: bytes) -> Iterator[bytes]:
        """The decoded bytes of ``data``, in pieces of at most ``_DECODED_PIECE`` bytes.

        Bounded pieces keep memory flat however well the body compresses: a chunk of a few
        hundred KiB of gzip can stand for many MiB of CSV.
        """
        if self._z is None:
            if data:
                yield data
            return
        while data:
            piece = self._z.decompress(data, _DECODED_PIECE)
            data = self._z.unconsumed_tail
            if piece:
                yield bytes(piece)

    def finish(self) -> bytes:
        if self._z is None:
            return b""
        if not self._z.eof:
            raise zlib.error("compressed body ended early")
        return bytes(self._z.flush())


class Transport:
    """Owns (or borrows) the aiohttp session of each event loop and sends requests.

    An owned session is created lazily in the loop that first uses it and closed by ``aclose()``,
    or, if the loop ends first (``asyncio.run()`` returning, a notebook kernel restart), by a small
    guard task that the loop cancels on shutdown. A loop that never shuts down (the ``python -m
    asyncio`` REPL, IPython, a notebook kernel at exit) or that is closed without cancelling its
    tasks cannot run that close, and a client dropped without ``aclose()`` takes its guard with
    it: then the session is discarded at once, without a word, when the transport is collected,
    at interpreter exit or when the dead loop is noticed. A borrowed session is never closed here.
    """

    def __init__(self, *, session: aiohttp.ClientSession | None, timeout: float, user_agent: str):
        self._borrowed = session
        self._timeout = timeout
        self._user_agent = user_agent
        self._owned: dict[asyncio.AbstractEventLoop, _Owned] = {}
        # Not a method of self: the finalizer must not keep the transport alive. It also runs at
        # interpreter exit for a transport still alive then (a REPL's or a notebook's client).
        weakref.finalize(self, _abandon_all, self._owned)

    def _session(self) -> aiohttp.ClientSession:
        loop = asyncio.get_running_loop()
        if self._borrowed is not None:
            if self._borrowed.closed:
                raise RuntimeError("the aiohttp.ClientSession passed to SmartRecruiters is closed")
            # aiohttp binds a session to the loop it was made in and fails obscurely elsewhere.
            if getattr(self._borrowed, "_loop", loop) is not loop:
                raise RuntimeError(
                    "the aiohttp.ClientSession passed to SmartRecruiters belongs to another event "
                    "loop; create it inside the loop that uses the client, or pass no session"
                )
            return self._borrowed
        for other in [lp for lp in self._owned if lp.is_closed()]:
            _abandon(other, self._owned.pop(other))
        owned = self._owned.get(loop)
        if owned is None or owned[0].closed:
            session = aiohttp.ClientSession(
                headers={"User-Agent": self._user_agent},
                connector=aiohttp.TCPConnector(limit=100),
                auto_decompress=False,
                trace_configs=[_SEND_TRACE],
            )
            # aiohttp silently resends an idempotent request once after a disconnect; that
            # resend would bypass the governor, so retries stay ours alone.
            session._retry_connection = False
            guard = loop.create_task(
                _close_at_loop_shutdown(session), name="smartrecruiters-async-session-guard"
            )
            # The guard waits for its loop's shutdown, which a REPL's or a notebook's loop never
            # has: destroyed pending then, it discards the session; nothing to report.
            guard._log_destroy_pending = False  # type: ignore[attr-defined]
            self._owned[loop] = (session, guard)
            return session
        return owned[0]

    async def aclose(self) -> None:
        """Close the session owned in the running loop (a borrowed session stays open)."""
        loop = asyncio.get_running_loop()
        owned = self._owned.pop(loop, None)
        if owned is not None:
            session, guard = owned
            guard.cancel()
            await session.close()

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
        """Send one request and read the whole body. No redirects are followed here.

        ``form`` is sent ``application/x-www-form-urlencoded`` (the OAuth token endpoint) instead
        of ``body``. ``timeout`` bounds the exchange and each read (``None``: the transport's).
        Raises ``APITimeoutError`` or ``APIConnectionError`` (with ``request_sent``).
        """
        limit = self._timeout if timeout is None else timeout
        async with self.stream(
            method,
            url,
            params=params,
            headers=headers,
            body=body,
            form=form,
            on_bytes=on_bytes,
            on_send=on_send,
            timeout=limit,
            read_timeout=limit,
        ) as response:
            parts = [chunk async for chunk in response.chunks]
            return RawResponse(
                status=response.status,
                headers=response.headers,
                body=b"".join(parts),
                url=response.url,
            )

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
        """Send one request and yield a response whose ``chunks`` decode as they arrive.

        ``timeout`` bounds the whole exchange; for long streams pass ``None`` and the per-read
        timeout (``read_timeout``, else the transport's) still catches a stalled server.
        ``on_send`` is called once, when the headers are written to an established connection
        (before connecting when the session is borrowed, as it lacks the trace that reports
        that moment).
        """
        session = self._session()
        kwargs: dict[str, Any] = {}
        opened: list[BinaryIO] = []
        if form is not None:
            if body is not None:
                raise ValueError("pass body or form, not both")
            kwargs["data"] = aiohttp.FormData(list(form.items()))
        elif isinstance(body, Multipart):
            kwargs["data"] = await _form(body, opened)
        elif isinstance(body, bytes | str):
            kwargs["data"] = body
        elif body is not None:
            kwargs["json"] = body
        sock_read = self._timeout if read_timeout is None else read_timeout
        client_timeout = aiohttp.ClientTimeout(total=timeout, sock_read=sock_read)
        target = yarl.URL(url, encoded=True)
        send_signal = _SendSignal(on_send)
        if session is self._borrowed:
            # A borrowed session lacks our trace: mark the send now, before connecting.
            send_signal.fire()
        try:
            try:
                resp = await session.request(
                    method,
                    target,
                    params=params,
                    headers=dict(headers or {}),
                    allow_redirects=False,
                    timeout=client_timeout,
                    auto_decompress=False,
                    trace_request_ctx=send_signal,
                    **kwargs,
                )
            except Exception as exc:
                raise _connection_error(exc, method, url) from None
        finally:
            for handle in opened:
                handle.close()
        completed = False
        try:
            yield StreamingResponse(
                status=resp.status,
                headers=_plain_headers(resp.headers),
                url=str(resp.url),
                chunks=_read(resp, method, url, on_bytes),
            )
            completed = True
        finally:
            if completed and resp.content.at_eof():
                resp.release()
            else:  # an unread or broken body must not go back to the connection pool
                resp.close()


class _SendSignal:
    """Calls ``on_send`` once, when the request's headers go out on a ready connection."""

    def __init__(self, on_send: Callable[[], None] | None) -> None:
        self._on_send = on_send

    def fire(self) -> None:
        on_send, self._on_send = self._on_send, None
        if on_send is not None:
            on_send()


async def _headers_sent(
    session: aiohttp.ClientSession,
    context: types.SimpleNamespace,
    params: aiohttp.TraceRequestHeadersSentParams,
) -> None:
    # Pacing is about arrivals at the server: a TCP or TLS handshake before the first bytes
    # must not count as sent, or the margin for network jitter is spent before the request
    # leaves.
    signal = context.trace_request_ctx
    if isinstance(signal, _SendSignal):
        signal.fire()


def _send_trace() -> aiohttp.TraceConfig:
    trace = aiohttp.TraceConfig()
    trace.on_request_headers_sent.append(_headers_sent)
    trace.freeze()
    return trace


_SEND_TRACE = _send_trace()


async def _form(body: Multipart, opened: list[BinaryIO]) -> aiohttp.FormData:
    """Build the form anew for each attempt: paths are reopened, bytes re-sent."""
    form = aiohttp.FormData()
    for name, value in body.fields:
        if isinstance(value, str):
            form.add_field(name, value)
            continue
        data = value.data
        payload: Any
        if isinstance(data, str | os.PathLike):
            handle = await asyncio.to_thread(open, data, "rb")
            opened.append(handle)
            payload = handle
        elif isinstance(data, bytes | bytearray):
            payload = bytes(data)
        else:
            payload = data
        form.add_field(name, payload, filename=value.name, content_type=value.content_type)
    return form


def _connection_error(exc: BaseException, method: str, url: str) -> Exception:
    """Map an aiohttp or OS failure to the SDK's connection errors; others pass through."""
    if isinstance(exc, TimeoutError | aiohttp.ServerTimeoutError):
        return APITimeoutError(f"timed out ({type(exc).__name__})", method=method, url=url)
    if isinstance(exc, aiohttp.ClientConnectorError):
        return APIConnectionError(
            f"could not connect: {exc.os_error or exc}", method=method, url=url, request_sent=False
        )
    if isinstance(exc, aiohttp.ClientError | OSError | zlib.error):
        return APIConnectionError(
            f"connection failed: {type(exc).__name__}: {exc}", method=method, url=url
        )
    return exc if isinstance(exc, Exception) else RuntimeError(str(exc))


async def _read(
    resp: aiohttp.ClientResponse, method: str, url: str, on_bytes: ByteCounter | None
) -> AsyncIterator[bytes]:
    decoder = _Decoder(resp.headers.get("Content-Encoding", ""))
    try:
        async for chunk in resp.content.iter_any():
            if on_bytes is not None:
                on_bytes(len(chunk))
            for data in decoder.feed(chunk):
                yield data
        tail = decoder.finish()
        if tail:
            yield tail
    except (aiohttp.ClientError, OSError, TimeoutError, zlib.error) as exc:
        raise _connection_error(exc, method, url) from None


def _plain_headers(headers: Mapping[str, str]) -> dict[str, str]:
    # Repeated headers (Link) are joined as HTTP allows; keys keep the server's spelling.
    out: dict[str, str] = {}
    for key, value in headers.items():
        out[key] = f"{out[key]}, {value}" if key in out else value
    return out


_Owned = tuple[aiohttp.ClientSession, "asyncio.Task[None]"]


async def _close_at_loop_shutdown(session: aiohttp.ClientSession) -> None:
    """Wait until the loop shuts down and cancels this (``asyncio.run()`` does), then close the
    session. Destroyed instead (its loop will never run again), discard it without awaiting."""
    try:
        await asyncio.Event().wait()
    except GeneratorExit:
        _discard(session)  # awaiting here would be "coroutine ignored GeneratorExit"
        raise
    except BaseException:
        await session.close()
        raise


def _abandon_all(owned: dict[asyncio.AbstractEventLoop, _Owned]) -> None:
    """The transport is gone (collected, or the interpreter exits): release every session."""
    for loop, pair in list(owned.items()):
        _abandon(loop, pair)
    owned.clear()


def _abandon(loop: asyncio.AbstractEventLoop, pair: _Owned) -> None:
    """Release a session nobody will ``aclose()``: closed properly by its guard if its loop
    still runs, else discarded at once."""
    session, guard = pair
    if loop.is_running() and not loop.is_closed():
        try:
            current: asyncio.AbstractEventLoop | None = asyncio.get_running_loop()
        except RuntimeError:
            current = None
        if current is loop:
            guard.cancel()
        else:
            loop.call_soon_threadsafe(guard.cancel)
        return
    _discard(session)


def _discard(session: aiohttp.ClientSession) -> None:
    """Close ``session`` without awaiting anything: its loop is closed or will not run again.

    Detaching marks it closed (no "Unclosed client session"); the connector's synchronous
    ``_close`` shuts its sockets, as aiohttp's own ``__del__`` does: ``close()`` would return an
    awaitable that nothing can await.
    """
    connector = session.connector
    session.detach()
    if connector is not None and not connector.closed:
        connector._close()
