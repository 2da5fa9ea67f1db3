"""Analytics API (deprecated 2018-04-26): CSV or JSON streams under ``/analytics``.

Still served for existing integrations, with the strictest throttling of the Customer API: one
request in flight for all six endpoints together and 100,000 response bytes per second per
endpoint. The governor holds the one slot for the whole stream and charges every byte as it
is read, so the next request of an endpoint waits until its bytes are paid for; no 429 is drawn.
Every call emits a ``DeprecationWarning``; the Reporting API (``client.reports``) replaces it.
"""

from __future__ import annotations

import os
import warnings
from collections.abc import AsyncGenerator
from typing import Any, Literal, get_args

from .._errors import ResponseDecodeError
from .._protocol.decode import decode_json
from .._protocol.routes import ROUTES, Route
from .._streamed import read_restarting, save_restarting, stream_rows
from ._resource import Resource

__all__ = ["Analytics", "AnalyticsEndpoint"]

AnalyticsEndpoint = Literal[
    "applications", "hiring-team", "interviews", "job-fields", "jobs", "positions"
]
"""The six Analytics API streams, named as in their paths."""

_ENDPOINTS: frozenset[str] = frozenset(get_args(AnalyticsEndpoint))
_UNDATED = frozenset({"hiring-team", "job-fields"})  # no date_format parameter
_WARNING = (
    "the SmartRecruiters Analytics API is deprecated since 2018-04-26; "
    "use the Reporting API (client.reports)"
)


class Analytics(Resource):
    """``client.analytics``: the deprecated Analytics API, streamed under its byte budget.

    ``endpoint`` is one of ``"applications"``, ``"hiring-team"``, ``"interviews"``,
    ``"job-fields"``, ``"jobs"``, ``"positions"`` (``GET /analytics/{endpoint}``).
    ``date_format`` (a Java date pattern, server default ``yyyy-MM-dd'T'HH:mm:ss``) is not
    accepted by hiring-team and job-fields. ``gzip`` asks for a compressed body, which costs
    fewer bytes of the budget.
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
        """Every record of ``GET /analytics/{endpoint}`` (``Accept: application/json``).

        The body is read whole (again from the start after a cut) before it is decoded, so
        prefer ``rows`` for large data. Returns the ``content`` list. Raises
        ``ResponseDecodeError`` for a body of another shape, ``StreamInterruptedError`` when
        retries run out, ``ValueError`` for bad arguments. Emits ``DeprecationWarning``.
        """
        route, query = self._prepare(endpoint, date_format)
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
        return content

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

    def _prepare(self, endpoint: str, date_format: str | None) -> tuple[Route, dict[str, Any]]:
        # stacklevel 3: the user's call of rows/json/download, not this helper.
        warnings.warn(_WARNING, DeprecationWarning, stacklevel=3)
        if endpoint not in _ENDPOINTS:
            raise ValueError(f"endpoint must be one of {sorted(_ENDPOINTS)}, got {endpoint!r}")
        if date_format is not None:
            if endpoint in _UNDATED:
                raise ValueError(f"/analytics/{endpoint} takes no date_format")
            if not isinstance(date_format, str) or not date_format.strip():
                raise ValueError("date_format must be a non-empty date pattern")
        return ROUTES[f"analytics.{endpoint}"], {"date_format": date_format}


def _headers(accept: str, gzip: bool) -> dict[str, str]:
    return {"Accept": accept, "Accept-Encoding": "gzip" if gzip else "identity"}
