"""The Approvals API against the fake server: pending pages, decisions, comments, re-requests."""

from collections.abc import Awaitable, Callable
from typing import Any

import pytest

import smartrecruiters_async as sr
from smartrecruiters_async.models import (
    ApprovalRequest,
    ApprovalRequestInput,
    ApprovalStep,
    Approver,
)
from smartrecruiters_async.testing import FakeSmartRecruiters
from smartrecruiters_async.testing.handlers.approvals import SEEDED_PENDING, approvals_state
from smartrecruiters_async.testing.handlers.users import users_state

Call = Callable[[sr.SmartRecruiters], Awaitable[Any]]


def re_request(base_id: str, *approver_ids: str, **extra: Any) -> ApprovalRequestInput:
    steps = [ApprovalStep(approvers=[Approver(id=a) for a in approver_ids])]
    return ApprovalRequestInput(base_id=base_id, steps=steps, extra_fields=extra)


async def pending_ids(client: sr.SmartRecruiters) -> list[str | None]:
    return [a.id async for a in client.approvals.pending()]


async def test_pending_pages_every_waiting_request_once_in_order(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters
) -> None:
    me = users_state(server.data).me
    ids = await pending_ids(client)
    assert ids == [i for i, a in approvals_state(server.data).items() if a.waits_for(me)]
    assert len(ids) == SEEDED_PENDING
    assert server.stats.count("approvals.get") == 3  # 23 requests, 10 a page
    first = await client.approvals.get(str(ids[0]))
    assert isinstance(first, ApprovalRequest)
    assert me in {a.id for step in first.steps for a in step.approvers}


async def test_decisions_take_a_request_off_the_pending_list_once(
    client: sr.SmartRecruiters,
) -> None:
    first, second, *rest = await pending_ids(client)
    assert await client.approvals.approve(str(first)) is None
    assert await client.approvals.reject(str(second), {"reason": "budget"}) is None
    assert await pending_ids(client) == rest
    with pytest.raises(sr.ConflictError):
        await client.approvals.approve(str(first))


async def test_comments_are_kept_as_posted(client: sr.SmartRecruiters) -> None:
    approval_id = str((await pending_ids(client))[0])
    assert await client.approvals.comments(approval_id) == {"content": []}
    assert await client.approvals.add_comment(approval_id, {"content": "Fine"}) == {
        "content": "Fine"
    }
    assert await client.approvals.comments(approval_id) == {"content": [{"content": "Fine"}]}


async def test_a_re_request_abandons_its_pending_base(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters
) -> None:
    me = users_state(server.data).me
    base, *rest = await pending_ids(client)
    created = await client.approvals.create(re_request(str(base), me, type="SEQUENTIAL"))
    assert created.id not in (None, base)
    assert created.extra_fields == {"type": "SEQUENTIAL"}
    assert [s.approvers for s in created.steps] == [[Approver(id=me)]]
    assert await pending_ids(client) == [*rest, created.id]
    with pytest.raises(sr.BadRequestError, match="known users"):
        await client.approvals.create(re_request(str(created.id), "nobody"))


@pytest.mark.parametrize(
    "call",
    [
        lambda c: c.approvals.get("missing"),
        lambda c: c.approvals.comments("missing"),
        lambda c: c.approvals.approve("missing"),
    ],
)
async def test_unknown_requests_are_not_found(client: sr.SmartRecruiters, call: Call) -> None:
    with pytest.raises(sr.NotFoundError):
        await call(client)


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda c: c.approvals.create({"baseId": "b"}), TypeError),
        (lambda c: c.approvals.create(re_request("", "u1")), ValueError),
        (lambda c: c.approvals.create(re_request("b")), ValueError),
        (lambda c: c.approvals.create(ApprovalRequestInput(base_id="b", steps=[])), ValueError),
        (lambda c: c.approvals.add_comment("a", {}), TypeError),
        (lambda c: c.approvals.approve("a", "yes"), TypeError),
        (lambda c: c.approvals.reject("", None), ValueError),
        (lambda c: c.approvals.get(""), ValueError),
    ],
)
async def test_bad_input_is_refused_before_any_request(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters, call: Call, error: type
) -> None:
    with pytest.raises(error):
        await call(client)
    assert not server.requests
