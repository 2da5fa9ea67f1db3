"""``Download``: a streamed response body that holds its request's permits until closed."""

from __future__ import annotations

import asyncio
import os
import re
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from types import TracebackType

from ._output import OutputFile

__all__ = ["Download"]

_FILENAME = re.compile(r"""filename\*?=(?:UTF-8'')?"?([^";]+)"?""", re.IGNORECASE)


class Download:
    """A binary or CSV body read chunk by chunk, never held whole in memory.

    Use it as an async context manager (``async with client.candidates.download_attachment(...)
    as download:``); iterate it for chunks, or ``await download.save(path)``. Until it is closed
    the request keeps its concurrency slot, as the server still counts it in flight.
    """

    def __init__(
        self,
        *,
        status: int,
        headers: Mapping[str, str],
        url: str,
        chunks: AsyncIterator[bytes],
        close: Callable[[], Awaitable[None]],
    ) -> None:
        self.status = status
        self.headers = headers
        self.url = url
        self._chunks = chunks
        self._close = close
        self._closed = False

    def __repr__(self) -> str:
        return f"<Download {self.status} {self.content_type!r} {self.url}>"

    @property
    def content_type(self) -> str | None:
        """The ``Content-Type`` the server sent."""
        return _header(self.headers, "content-type")

    @property
    def filename(self) -> str | None:
        """The file name from ``Content-Disposition``, if any."""
        disposition = _header(self.headers, "content-disposition") or ""
        match = _FILENAME.search(disposition)
        return match.group(1) if match else None

    def __aiter__(self) -> AsyncIterator[bytes]:
        return self._chunks

    async def read(self) -> bytes:
        """The whole remaining body (for small files; prefer iteration or ``save``)."""
        return b"".join([chunk async for chunk in self._chunks])

    async def save(self, path: str | os.PathLike[str]) -> int:
        """Write the body to ``path`` and return its size in bytes.

        A regular file is written atomically: the data goes to a temporary file in the same
        folder, is flushed to disk and then renamed, so ``path`` never holds a partial
        download; a file that existed keeps its permission bits, a new one is created by the
        umask (like any file ``open()`` creates). A symbolic link is followed; a device or
        FIFO is written through. Raises ``OSError`` before reading anything when ``path`` is
        a directory or cannot be written, and ``APIConnectionError`` if the connection is cut
        mid-way (``path`` is then left untouched).
        """
        output = OutputFile.open(path)
        try:
            return await self._save_into(output)
        except BaseException:
            output.discard()
            raise

    async def _save_into(self, output: OutputFile) -> int:
        """Write the body to ``output`` and commit it (the caller discards it on failure)."""
        size = 0
        async for chunk in self._chunks:
            output.write(chunk)
            size += len(chunk)
        # Flushing a large file to disk takes long enough to stall every other task.
        await asyncio.to_thread(output.commit)
        return size

    async def aclose(self) -> None:
        """Close the connection (if unread) and give the permits back. Idempotent."""
        if not self._closed:
            self._closed = True
            await self._close()

    async def __aenter__(self) -> Download:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()


def _header(headers: Mapping[str, str], name: str) -> str | None:
    return next((v for k, v in headers.items() if k.lower() == name), None)
