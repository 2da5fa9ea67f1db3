"""Fake-server handlers of the Approvals API: approval requests, comments and decisions.

Only the create body is published, so the fake serves an approval request as ``{id, steps:
[{approvers: [{id}]}]}`` plus whatever other keys its create body carried (the request's type
and decision mode, under the names the client chose), and keeps each comment as the JSON object
it was posted as, listed as ``{content: [...]}`` (an inferred envelope). Decisions answer 204.
The fake starts with ``SEEDED_PENDING`` requests waiting for the credential's user
(``users_state.me``) and ``SEEDED_OTHERS`` waiting for someone else; the pending list pages
``PAGE_SIZE`` at a time by ``pageId`` (the API takes no ``limit``).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

import attrs
from aiohttp import web

from ..._protocol.routes import approvals as routes
from ..replies import Handler, Reply
from ..state import ServerData
from . import params
from .checks import (
    Checker,
    Conflict,
    bad_request,
    found,
    json_body,
    json_object,
    refusals_as_replies,
)
from .users import users_state

__all__ = [
    "HANDLERS",
    "PAGE_SIZE",
    "SEEDED_OTHERS",
    "SEEDED_PENDING",
    "StoredApproval",
    "approvals_state",
]

Json = dict[str, Any]

SEEDED_PENDING = 23
"""Pending requests the credential's user approves, when the fake starts."""
SEEDED_OTHERS = 4
"""Pending requests the fake starts with that wait for another user."""
PAGE_SIZE = 10


@attrs.define(kw_only=True, eq=False)
class StoredApproval:
    """An approval request as served, its comments, and its decision (``None``: pending;
    ``"APPROVED"``, ``"REJECTED"`` or ``"ABANDONED"``), which the fake does not invent a
    field to show."""

    body: Json
    comments: list[Json] = attrs.field(factory=list)
    decision: str | None = None

    def waits_for(self, user_id: str) -> bool:
        """Pending, with ``user_id`` among its approvers."""
        approvers = {a["id"] for step in self.body["steps"] for a in step["approvers"]}
        return self.decision is None and user_id in approvers


def _build(data: ServerData) -> dict[str, StoredApproval]:
    users = users_state(data)
    others = [u for u in users.users if u != users.me]
    state = {}
    for index in range(SEEDED_PENDING + SEEDED_OTHERS):
        approver = users.me if index < SEEDED_PENDING else others[index % len(others)]
        approval_id = str(uuid.UUID(int=index + 1, version=4))
        steps = [
            {"approvers": [{"id": others[index % len(others)]}]},
            {"approvers": [{"id": approver}]},
        ]
        state[approval_id] = StoredApproval(body={"id": approval_id, "steps": steps})
    return state


def approvals_state(data: ServerData) -> dict[str, StoredApproval]:
    """The approval requests of one fake server by id (built on first use)."""
    return data.store("approvals", _build)


def _approval(request: web.Request, data: ServerData) -> StoredApproval:
    return found(
        approvals_state(data), request.match_info["approval_request_id"], "Approval request"
    )


@refusals_as_replies()
async def pending(request: web.Request, data: ServerData) -> Reply:
    """``GET /approvals``: one ``pageId`` page of the requests waiting for the user."""
    params.declared(request.query, routes.PENDING)
    offset = params.page_offset(request.query, "approvals")
    me = users_state(data).me
    waiting = [a.body for a in approvals_state(data).values() if a.waits_for(me)]
    page: Json = {"content": waiting[offset : offset + PAGE_SIZE]}
    if offset + PAGE_SIZE < len(waiting):
        page["nextPageId"] = params.page_id("approvals", offset + PAGE_SIZE)
    return Reply.json(page)


def _steps(checker: Checker, users: Mapping[str, Any]) -> list[Json]:
    steps = checker.get("steps")
    if not isinstance(steps, list) or not steps:
        checker.fail("REQUIRED_FIELD", "steps must hold at least one step", "steps")
        return []
    for index, step in enumerate(steps):
        approvers = step.get("approvers") if isinstance(step, dict) else None
        if not isinstance(approvers, list) or not approvers:
            checker.fail("REQUIRED_FIELD", f"steps[{index}].approvers must hold an approver")
        elif not all(isinstance(a, dict) and a.get("id") in users for a in approvers):
            checker.fail("INVALID_VALUE", f"steps[{index}].approvers must be known users' {{id}}")
    return steps


@refusals_as_replies()
async def create(request: web.Request, data: ServerData) -> Reply:
    """``POST /approvals``: a new request from ``baseId`` (a pending base is abandoned); 201."""
    state = approvals_state(data)
    checker = Checker(await json_object(request)).required("baseId")
    steps = _steps(checker, users_state(data).users)
    body = checker.done()
    base = found(state, body["baseId"], "Approval request")
    if base.decision is None:
        base.decision = "ABANDONED"
    rest = {k: v for k, v in body.items() if k not in ("baseId", "steps")}
    created = StoredApproval(body={**rest, "id": str(uuid.uuid4()), "steps": steps})
    state[created.body["id"]] = created
    return Reply.json(created.body, status=201)


@refusals_as_replies()
async def get(request: web.Request, data: ServerData) -> Reply:
    """``GET /approvals/{id}``."""
    return Reply.json(_approval(request, data).body)


@refusals_as_replies()
async def comments(request: web.Request, data: ServerData) -> Reply:
    """``GET /approvals/{id}/comments``: ``{content: [comments as posted]}``."""
    return Reply.json({"content": _approval(request, data).comments})


@refusals_as_replies()
async def add_comment(request: web.Request, data: ServerData) -> Reply:
    """``POST /approvals/{id}/comments``: any non-empty JSON object; 201 with it."""
    approval = _approval(request, data)
    comment = await json_object(request)
    if not comment:
        raise bad_request("The comment must not be empty", "REQUIRED_FIELD")
    approval.comments.append(comment)
    return Reply.json(comment, status=201)


def _decide(decision: str, verb: str) -> Handler:
    @refusals_as_replies()
    async def decide(request: web.Request, data: ServerData) -> Reply:
        approval = _approval(request, data)
        body = await json_body(request, empty={})
        if not isinstance(body, dict):
            raise bad_request("Request body must be a JSON object", "INVALID_JSON")
        if not approval.waits_for(users_state(data).me):
            raise Conflict(f"Approval request {approval.body['id']} is not waiting for you")
        approval.decision = decision
        return Reply.empty()

    decide.__doc__ = f"``POST /approvals/{{id}}/{verb}-decisions``: 204; 409 unless pending."
    return decide


HANDLERS: Mapping[str, Handler] = {
    "approvals.get": pending,
    "approvals.create": create,
    "approvals.getById": get,
    "approvals.comments.get": comments,
    "approvals.comments.create": add_comment,
    "approvals.approve": _decide("APPROVED", "approve"),
    "approvals.reject": _decide("REJECTED", "reject"),
}
