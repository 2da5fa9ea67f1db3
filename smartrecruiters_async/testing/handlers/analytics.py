"""Analytics API handlers: six large CSV (or JSON) streams under ``/analytics``."""

from __future__ import annotations

from collections.abc import Mapping

from aiohttp import web

from ..._protocol.routes.analytics import BY_ENDPOINT
from ..replies import Handler, Reply
from ..state import ServerData

__all__ = ["HANDLERS", "analytics_stream"]


async def analytics_stream(request: web.Request, data: ServerData) -> Reply:
    """``GET /analytics/{endpoint}``: ``analytics_bytes`` of CSV, or JSON when accepted.

    Streamed with chunked transfer encoding; gzip-compressed when the client accepts gzip.
    """
    endpoint = request.path.rstrip("/").rsplit("/", 1)[-1]
    as_json = "application/json" in request.headers.get("Accept", "")
    encodings = request.headers.get("Accept-Encoding", "")
    gzip = any(part.split(";")[0].strip() == "gzip" for part in encodings.split(","))
    return Reply(
        body=data.analytics(endpoint, as_json=as_json),
        content_type="application/json" if as_json else "text/csv",
        stream=True,
        gzip=gzip,
    )


HANDLERS: Mapping[str, Handler] = {
    route.operation_id: analytics_stream for route in BY_ENDPOINT.values()
}
