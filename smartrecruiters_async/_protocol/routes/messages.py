"""Message API: ``messages-api.json`` (notes on candidates, shared with users)."""

from __future__ import annotations

from ...models.messages import Message, MessageDetails, MessageInput
from ._route import Paging, RouteGroup, param

_GROUP = RouteGroup("messages", spec="messages-api.json")

FETCH = _GROUP.route(
    "GET",
    "messages.fetch",
    "/messages",
    returns=Message,
    paging=Paging.CURSOR,
    query=(param("candidate_id", required=True), param("job_id"), param("limit", int)),
)
SHARE = _GROUP.route(
    "POST", "messages.shares.create", "/messages/shares", returns=MessageDetails, body=MessageInput
)
DELETE = _GROUP.route("DELETE", "messages.shares.delete", "/messages/shares/{message_id}")

ROUTES = _GROUP.routes
