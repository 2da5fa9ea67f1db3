"""Analytics API (deprecated 2018-04-26): CSV or JSON streams under ``/analytics``.

Still served for existing integrations, with the strictest throttling of the Customer API: one
request in flight for all six endpoints together and 100,000 response bytes per second per
endpoint. The governor holds the one slot for the whole stream and charges every byte as it
is read, so the next request of an endpoint waits until its bytes are paid for; no 429 is drawn.
Every call emits a ``DeprecationWarning``; the Reporting API (``client.reports``) replaces it.
"""

from __future__ import annotations

import os
from collections.abc import AsyncGenerator
from typing import Any, Literal, get_args, overload

from .. import _converter
from .._deprecation import warn_if_deprecated
from .._download import Download
from .._errors import ResponseDecodeError
from .._protocol.decode import decode_json
from .._protocol.routes import Route
from .._protocol.routes import analytics as routes
from .._streamed import read_restarting, save_restarting, stream_rows
from ..models.analytics import (
    AnalyticsApplication,
    AnalyticsHiringTeamMember,
    AnalyticsInterview,
    AnalyticsJob,
    AnalyticsJobField,
    AnalyticsPosition,
)
from ._resource import Resource

__all__ = ["Analytics", "AnalyticsEndpoint"]

AnalyticsEndpoint = Literal[
    "applications", "hiring-team", "interviews", "job-fields", "jobs", "positions"
]
"""The six Analytics API streams, named as in their paths."""

_ENDPOINTS: frozenset[str] = frozenset(get_args(AnalyticsEndpoint))
_RECORDS: dict[str, type[Any]] = {
    "applications": AnalyticsApplication,
    "hiring-team": AnalyticsHiringTeamMember,
    "interviews": AnalyticsInterview,
    "job-fields": AnalyticsJobField,
    "jobs": AnalyticsJob,
    "positions": AnalyticsPosition,
}


class Analytics(Resource):
    """``client.analytics``: the deprecated Analytics API, streamed under its byte budget.

    ``endpoint`` is one of ``"applications"``, ``"hiring-team"``, ``"interviews"``,
    ``"job-fields"``, ``"jobs"``, ``"positions"`` (``GET /analytics/{endpoint}``).
    ``date_format`` (the ``dateFormat`` parameter: a Java date pattern, server default
    ``yyyy-MM-dd'T'HH:mm:ss``) is not accepted by hiring-team and job-fields. ``gzip`` asks for
    a compressed body, which costs fewer bytes of the budget.
    """

    def rows(
        self,
        endpoint: AnalyticsEndpoint,
        *,
        date_format: str | None = None,
        gzip: bool = True,
    ) -> AsyncGenerator[dict[str, str], None]:
        """Rows of ``GET /analytics/{endpoint}`` (``Accept: text/csv``) as they arrive.

        Yields dicts of column name to value, parsed chunk by chunk at constant memory. A
        connection cut before the first row is retried; after it, ``StreamInterruptedError`` is
        raised (the data is live and may have changed). Raises ``ValueError`` for an unknown
        endpoint or a misplaced ``date_format`` at once, and the ``APIStatusError`` family when
        iterating. Emits ``DeprecationWarning``.
        """
        route, query = self._prepare(endpoint, date_format)
        return stream_rows(
            self._client, route, query=query, headers=_headers("text/csv", gzip), immutable=False
        )

    async def json(
        self,
        endpoint: AnalyticsEndpoint,
        *,
        date_format: str | None = None,
        gzip: bool = True,
    ) -> list[dict[str, Any]]:
        """Every record of ``GET /analytics/{endpoint}`` (``Accept: application/json``), as sent.

        The body is read whole (again from the start after a cut) before it is decoded, so
        prefer ``rows`` for large data. Returns the ``content`` list. Raises
        ``ResponseDecodeError`` for a body of another shape, ``StreamInterruptedError`` when
        retries run out, ``ValueError`` for bad arguments. Emits ``DeprecationWarning``.
        """
        route, query = self._prepare(endpoint, date_format)
        content, _ = await self._content(route, query, gzip)
        return content

    @overload
    async def records(
        self, endpoint: Literal["applications"], *, date_format: str | None = ..., gzip: bool = ...
    ) -> list[AnalyticsApplication]: ...
    @overload
    async def records(
        self, endpoint: Literal["hiring-team"], *, date_format: str | None = ..., gzip: bool = ...
    ) -> list[AnalyticsHiringTeamMember]: ...
    @overload
    async def records(
        self, endpoint: Literal["interviews"], *, date_format: str | None = ..., gzip: bool = ...
    ) -> list[AnalyticsInterview]: ...
    @overload
    async def records(
        self, endpoint: Literal["job-fields"], *, date_format: str | None = ..., gzip: bool = ...
    ) -> list[AnalyticsJobField]: ...
    @overload
    async def records(
        self, endpoint: Literal["jobs"], *, date_format: str | None = ..., gzip: bool = ...
    ) -> list[AnalyticsJob]: ...
    @overload
    async def records(
        self, endpoint: Literal["positions"], *, date_format: str | None = ..., gzip: bool = ...
    ) -> list[AnalyticsPosition]: ...
    async def records(
        self,
        endpoint: AnalyticsEndpoint,
        *,
        date_format: str | None = None,
        gzip: bool = True,
    ) -> list[Any]:
        """Every record of ``GET /analytics/{endpoint}`` as typed models, read like ``json``.

        Each record is the 2017 spec's report record of that stream (``AnalyticsApplication``
        for ``"applications"``, ``AnalyticsJob`` for ``"jobs"``, ...); fields it does not declare
        are kept in ``extra_fields``. Returns a list of those models. Raises
        ``ResponseDecodeError`` for a body or record of another shape, ``StreamInterruptedError``
        when retries run out, ``ValueError`` for bad arguments. Emits ``DeprecationWarning``.
        """
        route, query = self._prepare(endpoint, date_format)
        content, response = await self._content(route, query, gzip)
        model = _RECORDS[endpoint]
        try:
            return [_converter.structure(item, model) for item in content]
        except Exception as exc:  # the converter's errors all mean "not a record"
            raise ResponseDecodeError(
                f"an Analytics record is not a {model.__name__}: {exc}",
                method="GET",
                url=response.url,
                status=response.status,
                raw_body="",
            ) from None

    async def _content(
        self, route: Route[None], query: dict[str, object], gzip: bool
    ) -> tuple[list[dict[str, Any]], Download]:
        body, response = await read_restarting(
            self._client, route, query=query, headers=_headers("application/json", gzip)
        )
        try:
            data = decode_json(body=body, status=response.status, method="GET", url=response.url)
            content = data.get("content") if isinstance(data, dict) else data
            if not isinstance(content, list):
                raise ResponseDecodeError(
                    "an Analytics JSON body must be a list or {'content': [...]}",
                    method="GET",
                    url=response.url,
                    status=response.status,
                    raw_body=body[:200].decode("utf-8", "replace"),
                )
        except ResponseDecodeError as exc:
            raise self._client._redacted(exc) from None
        return content, response

    async def download(
        self,
        endpoint: AnalyticsEndpoint,
        path: str | os.PathLike[str],
        *,
        format: Literal["csv", "json"] = "csv",
        date_format: str | None = None,
        gzip: bool = True,
    ) -> int:
        """Stream ``GET /analytics/{endpoint}`` into ``path`` atomically; return its size.

        ``format`` picks the ``Accept`` type. ``path`` is replaced only once the whole body has
        arrived (a cut downloads again from the start); ``StreamInterruptedError`` when retries run
        out. Returns the number of bytes written. Raises ``ValueError`` for bad arguments. Emits
        ``DeprecationWarning``.
        """
        if format not in ("csv", "json"):
            raise ValueError(f"format must be 'csv' or 'json', got {format!r}")
        route, query = self._prepare(endpoint, date_format)
        accept = "text/csv" if format == "csv" else "application/json"
        return await save_restarting(
            self._client, route, path, query=query, headers=_headers(accept, gzip)
        )

    def _prepare(
        self, endpoint: str, date_format: str | None
    ) -> tuple[Route[None], dict[str, object]]:
        if endpoint not in _ENDPOINTS:
            raise ValueError(f"endpoint must be one of {sorted(_ENDPOINTS)}, got {endpoint!r}")
        route = routes.BY_ENDPOINT[endpoint]
        # The route declares date_format only on the streams that have dates.
        dated = bool(route.query)
        if date_format is not None:
            if not dated:
                raise ValueError(f"/analytics/{endpoint} takes no date_format (dateFormat)")
            if not isinstance(date_format, str) or not date_format.strip():
                raise ValueError("date_format must be a non-empty date pattern")
        # Streams are lazy, so the warning is given here, when the user's call is made.
        warn_if_deprecated(route)
        return route, {"date_format": date_format} if dated else {}


def _headers(accept: str, gzip: bool) -> dict[str, str]:
    return {"Accept": accept, "Accept-Encoding": "gzip" if gzip else "identity"}
