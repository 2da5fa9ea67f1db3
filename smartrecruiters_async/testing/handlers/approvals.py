"""Fake-server handlers of the Approvals API.

Only the create body is published: a request is served as ``{id, steps: [{approvers: [{id}]}]}``
plus the other keys its create body carried; comments are kept as posted and listed as
``{content: [...]}`` (inferred); decisions answer 204. ``SEEDED`` requests wait for the
credential's user (``users_state.me``), one in ``OTHERS_EVERY`` for someone else instead.
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
from .checks import Checker, Conflict, bad_request, found, json_body, refusals_as_replies
from .users import users_state

__all__ = ["HANDLERS", "PAGE_SIZE", "SEEDED", "Approval", "approvals_state"]

Json = dict[str, Any]
SEEDED, OTHERS_EVERY, PAGE_SIZE = 27, 6, 10  # 23 wait for me; the API pages without a limit


@attrs.define(kw_only=True, eq=False)
class Approval:
    """A request as served, its comments and its decision (``None`` while pending)."""

    body: Json
    comments: list[Json] = attrs.field(factory=list)
    decision: str | None = None

    def waits_for(self, user_id: str) -> bool:
        """Pending, with ``user_id`` among its approvers."""
        ids = {a["id"] for step in self.body["steps"] for a in step["approvers"]}
        return self.decision is None and user_id in ids


def _ids(step: Json) -> list[Any]:
    approvers = step.get("approvers")
    return [
        a.get("id") if isinstance(a, dict) else None
        for a in (approvers if isinstance(approvers, list) else ())
    ]


def _build(data: ServerData) -> dict[str, Approval]:
    users = users_state(data)
    others = [u for u in users.users if u != users.me]
    state: dict[str, Approval] = {}
    for index in range(SEEDED):
        approver = others[index] if index % OTHERS_EVERY == OTHERS_EVERY - 1 else users.me
        approval_id = str(uuid.UUID(int=index + 1, version=4))
        steps = [{"approvers": [{"id": approver}]}]
        state[approval_id] = Approval(body={"id": approval_id, "steps": steps})
    return state


def approvals_state(data: ServerData) -> dict[str, Approval]:
    """The approval requests of one fake server by id (built on first use)."""
    return data.store("approvals", _build)


def _approval(request: web.Request, data: ServerData) -> Approval:
    return found(
        approvals_state(data), request.match_info["approval_request_id"], "Approval request"
    )


async def _object(request: web.Request, empty: Json | None = None) -> Json:
    body = await json_body(request, **({} if empty is None else {"empty": empty}))
    if not isinstance(body, dict) or (empty is None and not body):
        raise bad_request("Request body must be a non-empty JSON object", "INVALID_JSON")
    return body


@refusals_as_replies()
async def pending(request: web.Request, data: ServerData) -> Reply:
    """``GET /approvals``: one ``pageId`` page of the requests waiting for the user."""
    params.declared(request.query, routes.PENDING)
    offset, me = params.page_offset(request.query, "approvals"), users_state(data).me
    waiting = [a.body for a in approvals_state(data).values() if a.waits_for(me)]
    page: Json = {"content": waiting[offset : offset + PAGE_SIZE]}
    if offset + PAGE_SIZE < len(waiting):
        page["nextPageId"] = params.page_id("approvals", offset + PAGE_SIZE)
    return Reply.json(page)


@refusals_as_replies()
async def create(request: web.Request, data: ServerData) -> Reply:
    """``POST /approvals``: a new request from ``baseId`` (a pending base is abandoned); 201."""
    checker, users = Checker(await _object(request)).required("baseId", "steps"), users_state(data)
    steps = checker.get("steps")
    known = users.users
    ok = (
        isinstance(steps, list)
        and steps
        and all(isinstance(s, dict) and _ids(s) and all(a in known for a in _ids(s)) for s in steps)
    )
    if steps is not None and not ok:
        checker.fail("INVALID_VALUE", "steps must name approvers, each a known user's {id}")
    body = checker.done()
    base = found(approvals_state(data), body.pop("baseId"), "Approval request")
    base.decision = base.decision or "ABANDONED"
    created = Approval(body={**body, "id": str(uuid.uuid4())})
    approvals_state(data)[created.body["id"]] = created
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
    approval, comment = _approval(request, data), await _object(request)
    approval.comments.append(comment)
    return Reply.json(comment, status=201)


def _decide(decision: str) -> Handler:
    @refusals_as_replies()
    async def decide(request: web.Request, data: ServerData) -> Reply:
        """``POST /approvals/{id}/{approve|reject}-decisions``: 204; 409 unless pending."""
        approval = _approval(request, data)
        await _object(request, empty={})
        if not approval.waits_for(users_state(data).me):
            raise Conflict(f"Approval request {approval.body['id']} is not waiting for you")
        approval.decision = decision
        return Reply.empty()

    return decide


HANDLERS: Mapping[str, Handler] = {
    "approvals.get": pending,
    "approvals.create": create,
    "approvals.getById": get,
    "approvals.comments.get": comments,
    "approvals.comments.create": add_comment,
    "approvals.approve": _decide("APPROVED"),
    "approvals.reject": _decide("REJECTED"),
}
