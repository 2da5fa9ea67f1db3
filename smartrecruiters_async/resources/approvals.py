"""Approvals API: ``approvals-api.json`` (approval requests of jobs and offers)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._paginator import AsyncPaginator
from .._protocol.json_value import JsonValue
from .._protocol.routes import approvals as routes
from .._protocol.routes import check_path_value
from ..models.approvals import ApprovalRequest, ApprovalRequestInput
from ._resource import Resource
from ._values import instance_of

__all__ = ["Approvals"]


def _json_object(body: object, name: str, *, required: bool) -> Mapping[str, Any] | None:
    if body is None and not required:
        return None
    if not isinstance(body, Mapping) or not body:
        raise TypeError(f"{name} must be a non-empty mapping (a JSON object)")
    return body


class Approvals(Resource):
    """``client.approvals``: pending approval requests, their comments and decisions.

    Only the create body is published; comments and decisions travel as raw JSON (a
    ``Mapping`` you build, the decoded answer you get back), whose fields SmartRecruiters
    does not document.
    """

    def pending(self, *, max_items: int | None = None) -> AsyncPaginator[ApprovalRequest]:
        """Approval requests waiting for the credential's user: ``GET …/approvals`` (``pageId``).

        Returns an ``AsyncPaginator`` of ``ApprovalRequest`` (the next page is fetched while you
        work on the current one). Raises the ``APIStatusError`` family when iterating.
        """
        return self._client._paginate(routes.PENDING, query={}, max_items=max_items)

    async def create(self, request: ApprovalRequestInput) -> ApprovalRequest:
        """Re-request an approval: ``POST /approvals-api/v201910/approvals``.

        The new request is based on ``request.base_id``; a pending base is abandoned. Not
        retried after an ambiguous failure. Returns the new ``ApprovalRequest``. Raises
        ``TypeError`` unless ``request`` is an ``ApprovalRequestInput``, ``ValueError`` for an
        empty ``base_id``, no step or a step without approvers (before any request),
        ``BadRequestError`` for a body the API refuses, ``NotFoundError`` for an unknown base.
        """
        instance_of(request, ApprovalRequestInput, "request")
        check_path_value("request.base_id", request.base_id)
        if not request.steps or not all(step.approvers for step in request.steps):
            raise ValueError("request.steps must hold at least one step, each with approvers")
        return await self._client._call(routes.CREATE, body=request)

    async def get(self, approval_request_id: str) -> ApprovalRequest:
        """One approval request: ``GET /approvals-api/v201910/approvals/{approvalRequestId}``.

        Returns the ``ApprovalRequest``. Raises ``NotFoundError`` for an unknown request.
        """
        return await self._client._call(
            routes.GET, path={"approval_request_id": approval_request_id}
        )

    async def comments(self, approval_request_id: str) -> JsonValue:
        """The comments of a request: ``GET …/approvals/{approvalRequestId}/comments``.

        Returns the decoded JSON as sent (its shape is not published). Raises
        ``NotFoundError`` for an unknown request.
        """
        return await self._client._call(
            routes.COMMENTS, path={"approval_request_id": approval_request_id}
        )

    async def add_comment(self, approval_request_id: str, comment: Mapping[str, Any]) -> JsonValue:
        """Comment on a request: ``POST …/approvals/{approvalRequestId}/comments``.

        ``comment`` is the JSON object to send (its fields are not published). Not retried
        after an ambiguous failure. Returns the decoded answer as sent (``None`` when empty).
        Raises ``TypeError`` for an empty or non-mapping comment before any request,
        ``BadRequestError`` for one the API refuses, ``NotFoundError`` for an unknown request.
        """
        body = _json_object(comment, "comment", required=True)
        return await self._client._call(
            routes.ADD_COMMENT, path={"approval_request_id": approval_request_id}, body=body
        )

    async def approve(
        self, approval_request_id: str, decision: Mapping[str, Any] | None = None
    ) -> JsonValue:
        """Approve a request: ``POST …/approvals/{approvalRequestId}/approve-decisions``.

        ``decision`` is an optional JSON object to send (its fields are not published). Returns
        the decoded answer as sent (``None`` when empty). Raises ``TypeError`` for a decision
        that is not a non-empty mapping before any request, ``NotFoundError`` for an unknown
        request, ``ConflictError`` for one already decided.
        """
        return await self._decide(routes.APPROVE, approval_request_id, decision)

    async def reject(
        self, approval_request_id: str, decision: Mapping[str, Any] | None = None
    ) -> JsonValue:
        """Reject a request: ``POST …/approvals/{approvalRequestId}/reject-decisions``.

        ``decision`` is as ``approve``'s. Returns the decoded answer as sent (``None`` when
        empty). Raises as ``approve`` does.
        """
        return await self._decide(routes.REJECT, approval_request_id, decision)

    async def _decide(
        self, route: Any, approval_request_id: str, decision: Mapping[str, Any] | None
    ) -> JsonValue:
        body = _json_object(decision, "decision", required=False)
        return await self._client._call(
            route, path={"approval_request_id": approval_request_id}, body=body
        )
