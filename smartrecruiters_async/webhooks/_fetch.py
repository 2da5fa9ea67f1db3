"""Following an event's ``link`` through the governed client, to the API's host only."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl

from .._client import _DOT_SEGMENT
from .._protocol.routes import ROUTES
from .._protocol.webhooks import WebhookLinkError, relative_link
from ..governor import Priority

if TYPE_CHECKING:
    from .._client import SmartRecruiters

__all__ = ["fetch_link"]


async def fetch_link(client: SmartRecruiters, url: str | None) -> Any:
    """GET ``url`` through ``client`` (governor, retries, errors); the route's model or JSON.

    Raises ``WebhookLinkError`` for no link, one outside the client's ``base_url``, or one
    with ``.``/``..`` segments (which a proxy would resolve to another resource).
    """
    relative = relative_link(url, client.config.base_url)
    path, _, query = relative.partition("?")
    if any(_DOT_SEGMENT.fullmatch(segment) for segment in path.split("/")):
        raise WebhookLinkError("the link has '.' or '..' segments: it is not followed")
    route = ROUTES.match("GET", path)
    if route is None or route.response_model is None:
        return await client.request("GET", relative)
    raw = await client._send(
        route, path, parse_qsl(query, keep_blank_values=True), None, Priority.INTERACTIVE
    )
    return client._structure(client._decode(route, raw), route.response_model, route, raw)
