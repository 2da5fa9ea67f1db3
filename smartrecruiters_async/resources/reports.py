"""Reporting API: ``reporting-api.json`` (prefix ``/reporting-api/v201804``).

Reports are defined in the SmartRecruiters UI; the API lists them, generates files (runs) of
them and streams a file's CSV, as rows or into a file, at constant memory.
"""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import AsyncGenerator
from typing import Any

from .._errors import ReportGenerationError, ReportTimeoutError
from .._paginator import AsyncPaginator
from .._protocol.paging import check_limit
from .._protocol.routes import Route, check_path_value
from .._protocol.routes import reporting as routes
from .._streamed import save_restarting, stream_rows
from ..models.reporting import Report, ReportFile, ReportFileStatus
from ._resource import Resource

__all__ = ["Reports"]


def _csv_headers(gzip: bool) -> dict[str, str]:
    return {"Accept": "text/csv", "Accept-Encoding": "gzip" if gzip else "identity"}


def _positive(name: str, value: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
        raise ValueError(f"{name} must be a positive number of seconds, got {value!r}")
    return float(value)


class Reports(Resource):
    """``client.reports``: list reports, generate their files and stream files' CSV."""

    def list(
        self, *, limit: int | None = None, page: str | None = None, max_items: int | None = None
    ) -> AsyncPaginator[Report]:
        """Reports the credential may read: ``GET /reporting-api/v201804/reports``.

        Returns an ``AsyncPaginator`` (``page`` → ``nextPage`` paging): ``await`` it for the first
        page, ``async for`` it for every ``Report``. ``limit`` is the page size (1–100);
        ``page`` starts from a page token a previous page returned. Raises ``ValueError`` for a
        bad limit before any request, and the ``APIStatusError`` family when iterating.
        """
        query = {"limit": None if limit is None else check_limit(limit), "page": page}
        return self._client._paginate(routes.LIST, query=query, max_items=max_items)

    async def get(self, report_id: str) -> Report:
        """One report: ``GET /reporting-api/v201804/reports/{reportId}``.

        Returns the ``Report``. Raises ``NotFoundError`` when there is no such report.
        """
        return await self._client._call(routes.GET, path={"report_id": report_id})

    def files(
        self,
        report_id: str,
        *,
        limit: int | None = None,
        page: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPaginator[ReportFile]:
        """A report's files (runs): ``GET /reporting-api/v201804/reports/{reportId}/files``.

        Returns an ``AsyncPaginator`` of ``ReportFile`` (``page`` → ``nextPage`` paging).
        Raises ``ValueError`` for an empty id or bad limit before any request, and
        ``NotFoundError`` when iterating if the report does not exist.
        """
        query = {"limit": None if limit is None else check_limit(limit), "page": page}
        return self._client._paginate(
            routes.FILES,
            path={"report_id": report_id},
            query=query,
            max_items=max_items,
        )

    async def get_file(self, report_file_id: str) -> ReportFile:
        """One report file and its status: ``GET /reporting-api/v201804/files/{reportFileId}``.

        Returns the ``ReportFile``. Raises ``NotFoundError`` when there is no such file.
        """
        return await self._client._call(routes.GET_FILE, path={"report_file_id": report_file_id})

    async def recent_file(self, report_id: str) -> ReportFile:
        """The report's most recent file.

        ``GET /reporting-api/v201804/reports/{reportId}/files/recent``. Returns the ``ReportFile``.
        Raises ``NotFoundError`` when the report does not exist or has no file yet.
        """
        return await self._client._call(routes.RECENT_FILE, path={"report_id": report_id})

    async def generate(
        self,
        report_id: str,
        *,
        wait: bool = True,
        timeout: float = 600.0,
        poll_interval: float = 1.0,
        max_poll_interval: float = 30.0,
    ) -> ReportFile:
        """Start a new file of the report: ``POST /reporting-api/v201804/reports/{reportId}/files``.

        With ``wait`` (the default), polls ``GET /files/{reportFileId}`` through the governor,
        first after ``poll_interval`` s and then twice as long each time up to
        ``max_poll_interval``, until the file is ``COMPLETED``, and returns it. Without ``wait``,
        returns the new file as the server first reports it (usually ``PENDING``).

        Returns the ``ReportFile`` either way. Raises ``ReportGenerationError`` when the file ends
        ``FAILED``, ``ReportTimeoutError`` when it is not finished within ``timeout`` s,
        ``NotFoundError`` for an unknown report, and ``ValueError`` for an empty id or a
        non-positive interval before any request.
        """
        check_path_value("report_id", report_id)
        deadline = time.monotonic() + _positive("timeout", timeout)
        delay = _positive("poll_interval", poll_interval)
        ceiling = _positive("max_poll_interval", max_poll_interval)
        report_file = await self._client._call(
            routes.GENERATE, path={"report_id": report_id}, body={}
        )
        if not wait:
            return report_file
        while not report_file.finished:
            left = deadline - time.monotonic()
            if left <= 0:
                raise ReportTimeoutError(
                    f"report file {report_file.report_file_id} of report {report_id} was still "
                    f"{_status(report_file)} after {timeout:g} s",
                    report_file=report_file,
                )
            await asyncio.sleep(min(delay, left))
            delay = min(delay * 2, ceiling)
            report_file = await self.get_file(report_file.report_file_id)
        if report_file.report_file_status is ReportFileStatus.FAILED:
            raise ReportGenerationError(
                f"report file {report_file.report_file_id} of report {report_id} FAILED",
                report_file=report_file,
            )
        return report_file

    def rows(
        self, report_id: str, *, file_id: str | None = None, gzip: bool = True
    ) -> AsyncGenerator[dict[str, str], None]:
        """The rows of a report file's CSV, as dicts of column name to value, as they arrive.

        ``GET /reporting-api/v201804/files/{reportFileId}/data`` with ``file_id``, else
        ``GET /reporting-api/v201804/reports/{reportId}/files/recent/data`` (the most recent
        completed file); with ``file_id``, ``report_id`` is only checked to be non-empty. Yields one
        ``dict[str, str]`` per row. Memory stays constant however large the file: rows are parsed
        from each chunk (quoted fields, embedded newlines, BOM, CRLF, gzip). A repeated column name
        gets a suffix (``Name (2)``). ``gzip`` asks for a compressed body (fewer bytes on the wire,
        more CPU). Close the iterator (``contextlib.aclosing``) if you stop early, to free the
        connection at once.

        A connection cut mid-way is read again from the start, skipping the rows already
        given, when ``file_id`` names the file (its data cannot change); for the most recent
        file only a cut before the first row is retried. Raises ``StreamInterruptedError``
        otherwise or when retries run out, never ending early; ``ResponseDecodeError`` for
        malformed CSV; ``NotFoundError`` for an unknown report or file when iterating; and
        ``ValueError`` for an empty id at once.
        """
        route, path = self._data_route(report_id, file_id)
        return stream_rows(
            self._client,
            route,
            path=path,
            headers=_csv_headers(gzip),
            immutable=file_id is not None,
        )

    async def download(
        self,
        report_id: str,
        path: str | os.PathLike[str],
        *,
        file_id: str | None = None,
        gzip: bool = True,
    ) -> int:
        """Stream a report file's CSV into ``path`` atomically; return the bytes written.

        Same endpoints (``GET …/files/{reportFileId}/data`` with ``file_id``, else
        ``GET …/reports/{reportId}/files/recent/data``) and ``gzip`` as ``rows``; the file holds the
        decompressed CSV. It goes to a temporary file in ``path``'s folder that replaces ``path``
        only once the whole body has arrived, so ``path`` never holds a partial file. A connection
        cut mid-way downloads again from the start (the data endpoints are idempotent);
        ``StreamInterruptedError`` when retries run out (``path`` untouched). Returns the number of
        bytes written. Raises ``NotFoundError`` for an unknown report or file.
        """
        route, params = self._data_route(report_id, file_id)
        return await save_restarting(
            self._client, route, path, path=params, headers=_csv_headers(gzip)
        )

    def _data_route(
        self, report_id: str, file_id: str | None
    ) -> tuple[Route[None], dict[str, Any]]:
        check_path_value("report_id", report_id)
        if file_id is None:
            return routes.DOWNLOAD_RECENT, {"report_id": report_id}
        check_path_value("file_id", file_id)
        return routes.DOWNLOAD_FILE, {"report_file_id": file_id}


def _status(report_file: ReportFile) -> str:
    status = report_file.report_file_status
    return status.value if isinstance(status, ReportFileStatus) else str(status)
