"""What a handler answers (``Reply``) and how the server puts it on the wire.

Handlers build ``Reply`` values and never touch the socket, so the server can write every body
the same way: count its bytes, stream it in chunks, gzip it, or cut it short for a fault.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any

import attrs
from aiohttp import web

if TYPE_CHECKING:
    from .state import ServerData

__all__ = ["CHUNK_SIZE", "Handler", "Reply", "error_body", "write_reply"]

CHUNK_SIZE = 16 * 1024
"""Bytes of body per chunk of a streamed reply (before compression)."""


def error_body(code: str, message: str) -> dict[str, Any]:
    """The Customer API's error shape: ``{"message", "errors": [{"code", "message"}]}``."""
    return {"message": message, "errors": [{"code": code, "message": message}]}


def _dump(data: object) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()


@attrs.frozen(kw_only=True)
class Reply:
    """A response to write: status, headers, body bytes and how to send them.

    ``stream`` sends the body with chunked transfer encoding in ``CHUNK_SIZE`` pieces;
    ``gzip`` compresses it on the fly (and sets ``Content-Encoding``).
    """

    status: int = 200
    body: bytes = b""
    content_type: str | None = "application/json"
    headers: Mapping[str, str] = attrs.field(factory=dict)
    stream: bool = False
    gzip: bool = False

    @classmethod
    def json(
        cls, data: object, *, status: int = 200, headers: Mapping[str, str] | None = None
    ) -> Reply:
        """``data`` as a JSON body."""
        return cls(status=status, body=_dump(data), headers=dict(headers or {}))

    @classmethod
    def error(cls, status: int, code: str, message: str) -> Reply:
        """An error in the API's shape, e.g. ``Reply.error(400, "INVALID_PARAMETER", "...")``."""
        return cls.json(error_body(code, message), status=status)

    @classmethod
    def empty(cls, status: int = 204) -> Reply:
        """No body at all (204 No Content)."""
        return cls(status=status, content_type=None)


def _pieces(body: bytes, compress: bool) -> list[bytes]:
    chunks = [body[i : i + CHUNK_SIZE] for i in range(0, len(body), CHUNK_SIZE)]
    if not compress:
        return chunks
    # Flush after every chunk so each one yields bytes at once, as a streaming server's would.
    compressor = zlib.compressobj(wbits=31)
    pieces = [compressor.compress(chunk) + compressor.flush(zlib.Z_SYNC_FLUSH) for chunk in chunks]
    pieces.append(compressor.flush())
    return [piece for piece in pieces if piece]


def _cut(request: web.Request) -> None:
    if request.transport is not None:
        request.transport.close()


async def write_reply(
    request: web.Request,
    reply: Reply,
    *,
    headers: Mapping[str, str],
    truncate: bool = False,
    on_bytes: Callable[[int], None] = lambda n: None,
) -> web.StreamResponse:
    """Send ``reply`` completely (or half of it and close, with ``truncate``); return it sent.

    ``headers`` are added to the reply's own. ``on_bytes`` is told the size of every piece of
    body written, as it is written: these are the bytes a response-size policy counts.
    """
    response = web.StreamResponse(status=reply.status, headers={**reply.headers, **headers})
    if reply.content_type is not None:
        response.content_type = reply.content_type
        if reply.content_type.startswith(("application/json", "text/")):
            response.charset = "utf-8"
    if reply.stream:
        pieces = _pieces(reply.body, reply.gzip)
        if reply.gzip:
            response.headers["Content-Encoding"] = "gzip"
        response.enable_chunked_encoding()
    else:
        pieces = [reply.body] if reply.body else []
        if reply.status not in (204, 304):
            response.content_length = len(reply.body)
    try:
        await response.prepare(request)
        if truncate:
            body = b"".join(pieces)
            half = body[: len(body) // 2]
            if half:
                await response.write(half)
                on_bytes(len(half))
            _cut(request)
            return response
        for piece in pieces:
            await response.write(piece)
            on_bytes(len(piece))
        await response.write_eof()
    except ConnectionResetError:
        # The client went away before its answer (an interrupted export, a cancelled task):
        # routine for a server. aiohttp sees the closed connection and logs nothing, where a
        # raised error would print a traceback for each request in flight.
        pass
    return response


Handler = Callable[[web.Request, "ServerData"], Awaitable[Reply]]
"""Reads the request and the server's data, answers a ``Reply``; never writes the socket."""
