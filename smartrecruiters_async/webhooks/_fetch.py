"""Following an event's ``link`` through the governed client, to the API's host only."""

from __future__ import annotations

from typing import Any

from .._caller import Caller
from .._protocol._wire import DOT_SEGMENT
from .._protocol.webhooks import WebhookLinkError, relative_link

__all__ = ["fetch_link"]


async def fetch_link(client: Caller, url: str | None) -> Any:
    """GET ``url`` through ``client`` (governor, retries, errors); the route's model or JSON.

    Raises ``WebhookLinkError`` for no link, one outside the client's ``base_url``, or one
    with ``.``/``..`` segments (which a proxy would resolve to another resource).
    """
    relative = relative_link(url, client.config.base_url)
    path = relative.partition("?")[0]
    if any(DOT_SEGMENT.fullmatch(segment) for segment in path.split("/")):
        raise WebhookLinkError("the link has '.' or '..' segments: it is not followed")
    return await client._get_link(relative)
