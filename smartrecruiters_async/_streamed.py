"""Reading a streamed CSV route whole despite a connection cut: as rows, or into a file.

A cut mid-body is never passed off as the end of the data. On an idempotent route the body is
read again from the start (after a backoff, through the governor, within the client's retry
limits and retry budget); rows already delivered are skipped, after checking the header is the
same, when the data cannot have changed (a given report file). Otherwise, or when the retries run
out, ``StreamInterruptedError`` is raised.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
from collections.abc import AsyncGenerator, Mapping
from typing import TYPE_CHECKING, Any

from ._csv_stream import CsvFormatError, CsvRowParser, DictRows
from ._download import Download
from ._errors import APIConnectionError, ResponseDecodeError, StreamInterruptedError
from ._output import OutputFile
from ._protocol.routes import Route
from ._retry import backoff
from .governor import Priority

if TYPE_CHECKING:
    from ._caller import Caller

__all__ = ["read_restarting", "save_restarting", "stream_rows"]

Row = dict[str, str]


class _Restarts:
    """Decides, after a cut, whether to read the body again from the start."""

    def __init__(self, client: Caller, route: Route) -> None:
        self._client = client
        self._route = route
        self.count = 0

    async def wait_or_raise(
        self, failure: APIConnectionError, *, rows_delivered: int = 0, replayable: bool = True
    ) -> None:
        """Sleep before the next attempt, or raise ``StreamInterruptedError``."""
        if not replayable:
            reason = "rows were already delivered and the data may have changed since"
        elif not self._route.idempotent:
            reason = "the operation is not idempotent"
        elif self.count >= self._client.config.max_retries:
            reason = f"it was cut {self.count + 1} times"
        elif not self._client.retry_budget.spend():
            reason = "the retry budget is spent"
        else:
            reason = None
        if reason is not None:
            raise StreamInterruptedError(
                f"the response body was cut and not read again ({reason}): {failure}",
                method=failure.method,
                url=failure.url,
                rows_delivered=rows_delivered,
            ) from failure
        await asyncio.sleep(backoff(self.count))
        self.count += 1


async def stream_rows(
    client: Caller,
    route: Route,
    *,
    path: Mapping[str, object] | None = None,
    query: Mapping[str, Any] | None = None,
    headers: Mapping[str, str] | None = None,
    immutable: bool,
) -> AsyncGenerator[Row, None]:
    """Rows of ``route``'s CSV body as dicts keyed by its header, parsed as bytes arrive.

    ``immutable`` says the same request always returns the same bytes, so a read cut after some
    rows may start again and skip them; otherwise only a cut before the first row is retried.
    """
    restarts = _Restarts(client, route)
    delivered = 0
    first_header: tuple[str, ...] | None = None
    while True:
        async with contextlib.AsyncExitStack() as stack:
            download = await stack.enter_async_context(
                client._download(
                    route, path=path, query=query, headers=headers, priority=Priority.BULK
                )
            )
            dicts = DictRows()
            skip = delivered
            try:
                async with contextlib.aclosing(_batches(download, route, dicts)) as batches:
                    async for batch in batches:
                        if first_header is None:
                            first_header = dicts.header
                        elif dicts.header is not None and dicts.header != first_header:
                            raise _changed(download, route, delivered)
                        rows = batch[skip:] if skip else batch
                        skip -= len(batch) - len(rows)
                        for row in rows:
                            delivered += 1
                            yield row
                if skip:  # the body was shorter the second time: not the same data
                    raise _changed(download, route, delivered)
                return
            except StreamInterruptedError:
                raise
            except APIConnectionError as exc:
                failure = exc
        await restarts.wait_or_raise(
            failure, rows_delivered=delivered, replayable=immutable or delivered == 0
        )


async def _batches(
    download: Download, route: Route, dicts: DictRows
) -> AsyncGenerator[list[Row], None]:
    """Rows completed by each chunk of ``download``, then the last ones."""
    parser = CsvRowParser()
    try:
        async for chunk in download:
            yield dicts.convert(parser.feed(chunk))
        yield dicts.convert(parser.close())
    except CsvFormatError as exc:
        raise ResponseDecodeError(
            str(exc), method=route.method, url=download.url, status=download.status, raw_body=""
        ) from None


def _changed(download: Download, route: Route, delivered: int) -> StreamInterruptedError:
    return StreamInterruptedError(
        "the response body was cut and, read again, was not the same data",
        method=route.method,
        url=download.url,
        rows_delivered=delivered,
    )


async def save_restarting(
    client: Caller,
    route: Route,
    target: str | os.PathLike[str],
    *,
    path: Mapping[str, object] | None = None,
    query: Mapping[str, Any] | None = None,
    headers: Mapping[str, str] | None = None,
) -> int:
    """Write ``route``'s body to ``target`` (see ``OutputFile``); return its size in bytes.

    ``target`` is checked before the first request (a directory or an unwritable place raises
    ``OSError`` at once). A regular file is written through a fresh temporary file on each
    attempt that replaces it only once complete, so it never holds a partial body, even across
    attempts. A device or FIFO is written through, so a cut after bytes went out is not retried:
    they cannot be taken back.
    """
    restarts = _Restarts(client, route)
    output = OutputFile.open(target)
    try:
        while True:
            async with client._download(
                route, path=path, query=query, headers=headers, priority=Priority.BULK
            ) as download:
                try:
                    return await download._save_into(output)
                except StreamInterruptedError:
                    raise
                except APIConnectionError as exc:
                    failure = exc
            if not output.atomic and output.bytes_written:
                raise StreamInterruptedError(
                    f"the response body was cut after {output.bytes_written} bytes went to "
                    f"{output.name}, which cannot take them back: {failure}",
                    method=failure.method,
                    url=failure.url,
                ) from failure
            await restarts.wait_or_raise(failure)
            if output.atomic:  # a fresh temporary file: nothing of the cut body stays
                output.discard()
                output = OutputFile.open(target)
    except BaseException:
        output.discard()
        raise


async def read_restarting(
    client: Caller,
    route: Route,
    *,
    path: Mapping[str, object] | None = None,
    query: Mapping[str, Any] | None = None,
    headers: Mapping[str, str] | None = None,
) -> tuple[bytes, Download]:
    """The whole body of ``route`` (read again from the start after a cut) and its response.

    The returned ``Download`` is closed; only its status, headers and URL are of use.
    """
    restarts = _Restarts(client, route)
    while True:
        async with client._download(
            route, path=path, query=query, headers=headers, priority=Priority.BULK
        ) as download:
            try:
                return await download.read(), download
            except StreamInterruptedError:
                raise
            except APIConnectionError as exc:
                failure = exc
        await restarts.wait_or_raise(failure)
