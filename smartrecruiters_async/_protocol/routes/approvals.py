"""Approvals API: ``approvals-api.json`` (prefix ``/approvals-api/v201910``, 7 operations).

Only the create body is published (``ApprovalRequestInput``); the other bodies travel as raw
JSON (``returns=AsSent``), see ``models.approvals``.
"""

from __future__ import annotations

from ...models import approvals as m
from ..json_value import AsSent
from ._route import Body, Paging, RouteGroup

_GROUP = RouteGroup("approvals", spec="approvals-api.json")
_APPROVALS = "/approvals-api/v201910/approvals"
_APPROVAL = _APPROVALS + "/{approval_request_id}"

PENDING = _GROUP.route(
    "GET", "approvals.get", _APPROVALS, returns=m.ApprovalRequest, paging=Paging.CURSOR
)
# A re-request: it abandons the pending request it is based on, so replaying it is not safe.
CREATE = _GROUP.route(
    "POST", "approvals.create", _APPROVALS, returns=m.ApprovalRequest, body=m.ApprovalRequestInput
)
GET = _GROUP.route("GET", "approvals.getById", _APPROVAL, returns=m.ApprovalRequest)
COMMENTS = _GROUP.route("GET", "approvals.comments.get", _APPROVAL + "/comments", returns=AsSent)
ADD_COMMENT = _GROUP.route(
    "POST",
    "approvals.comments.create",
    _APPROVAL + "/comments",
    returns=AsSent,
    request_body=Body.JSON,
)
APPROVE = _GROUP.route(
    "POST",
    "approvals.approve",
    _APPROVAL + "/approve-decisions",
    returns=AsSent,
    request_body=Body.JSON,
)
REJECT = _GROUP.route(
    "POST",
    "approvals.reject",
    _APPROVAL + "/reject-decisions",
    returns=AsSent,
    request_body=Body.JSON,
)

ROUTES = _GROUP.routes
