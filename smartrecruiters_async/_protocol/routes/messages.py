"""Message API: ``messages-api.json`` (notes on candidates, shared with users)."""

from __future__ import annotations

from ...models.messages import Message, MessageDetails, MessageInput
from ._route import Body, Paging, Route

_SPEC = "messages-api.json"

ROUTES = (
    Route(
        operation_id="messages.fetch",
        method="GET",
        path="/messages",
        group="messages",
        paging=Paging.CURSOR,
        response_model=Message,
        source_spec=_SPEC,
    ),
    Route(
        operation_id="messages.shares.create",
        method="POST",
        path="/messages/shares",
        group="messages",
        request_body=Body.JSON,
        request_model=MessageInput,
        response_model=MessageDetails,
        source_spec=_SPEC,
    ),
    Route(
        operation_id="messages.shares.delete",
        method="DELETE",
        path="/messages/shares/{message_id}",
        group="messages",
        response_body=Body.NONE,
        source_spec=_SPEC,
    ),
)
