"""Message API: ``messages-api.json`` (notes on candidates, shared with users)."""

from __future__ import annotations

from .._paginator import AsyncPaginator
from .._protocol.paging import check_limit
from .._protocol.routes import check_path_value
from .._protocol.routes import messages as routes
from ..models.messages import Message, MessageDetails, MessageInput
from ._resource import Resource
from ._values import instance_of

__all__ = ["Messages"]


class Messages(Resource):
    """``client.messages``: read, share and delete messages (notes) about candidates."""

    def list(
        self,
        candidate_id: str,
        *,
        job_id: str | None = None,
        limit: int = 10,
        max_items: int | None = None,
    ) -> AsyncPaginator[Message]:
        """Messages about a candidate: ``GET /messages?candidateId=`` (cursor-paged).

        ``job_id`` narrows to messages shared with that job's hiring team; ``limit`` is the page
        size (1–100, the API's default is 10). Returns an ``AsyncPaginator``: ``await`` it for
        the first page, ``async for`` it for every message. Raises ``ValueError``/``TypeError``
        for bad arguments before any request, the ``APIStatusError`` family when iterating.
        """
        check_path_value("candidate_id", candidate_id)
        if job_id is not None:
            check_path_value("job_id", job_id)
        return self._client._paginate(
            routes.FETCH,
            query={"candidate_id": candidate_id, "job_id": job_id, "limit": check_limit(limit)},
            max_items=max_items,
        )

    async def share(self, message: MessageInput) -> MessageDetails:
        """Post a message and share it: ``POST /messages/shares``.

        Users @-mentioned in ``content`` are notified by e-mail. Returns ``MessageDetails`` with
        the new message's id. Not retried after an ambiguous failure (it would post twice).
        Raises ``TypeError`` unless ``message`` is a ``MessageInput``, ``BadRequestError`` for a
        message the API refuses (empty content, nobody to share with).
        """
        instance_of(message, MessageInput, "message")
        return await self._client._call(routes.SHARE, body=message)

    async def delete(self, message_id: str) -> None:
        """Delete a message: ``DELETE /messages/shares/{id}``.

        Returns nothing. Raises ``NotFoundError`` for an unknown message.
        """
        await self._client._call(routes.DELETE, path={"message_id": message_id})
