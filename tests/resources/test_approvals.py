"""The Approvals API against the fake server: pending pages, decisions, comments, re-requests."""

from collections.abc import Awaitable, Callable
from typing import Any

import pytest

import smartrecruiters_async as sr
from smartrecruiters_async.models import ApprovalRequestInput, ApprovalStep, Approver
from smartrecruiters_async.testing import FakeSmartRecruiters
from smartrecruiters_async.testing.handlers.approvals import approvals_state
from smartrecruiters_async.testing.handlers.users import users_state

Call = Callable[[sr.SmartRecruiters], Awaitable[Any]]


def re_request(base_id: Any, *approver_ids: str, **extra: Any) -> ApprovalRequestInput:
    steps = [ApprovalStep(approvers=[Approver(id=a) for a in approver_ids])]
    return ApprovalRequestInput(base_id=str(base_id), steps=steps, extra_fields=extra)


async def pending_ids(client: sr.SmartRecruiters) -> list[str | None]:
    return [a.id async for a in client.approvals.pending()]


async def test_pending_pages_every_waiting_request_once_in_order(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters
) -> None:
    me = users_state(server.data).me
    ids = await pending_ids(client)
    assert ids == [i for i, a in approvals_state(server.data).items() if a.waits_for(me)]
    assert len(ids) == 23
    assert server.stats.count("approvals.get") == 3  # 23 requests, 10 a page
    first = await client.approvals.get(str(ids[0]))
    assert [s.approvers for s in first.steps] == [[Approver(id=me)]]


async def test_decisions_comments_and_a_re_request(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters
) -> None:
    first, second, third, *rest = await pending_ids(client)
    assert await client.approvals.approve(str(first)) is None
    assert await client.approvals.reject(str(second), {"reason": "budget"}) is None
    with pytest.raises(sr.ConflictError):
        await client.approvals.approve(str(first))
    assert await client.approvals.add_comment(str(third), {"content": "Ok"}) == {"content": "Ok"}
    assert await client.approvals.comments(str(third)) == {"content": [{"content": "Ok"}]}
    me = users_state(server.data).me
    created = await client.approvals.create(re_request(third, me, type="SEQUENTIAL"))
    assert created.extra_fields == {"type": "SEQUENTIAL"}
    assert await pending_ids(client) == [*rest, created.id]  # the base is abandoned
    with pytest.raises(sr.BadRequestError, match="known user"):
        await client.approvals.create(re_request(created.id, "nobody"))


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda c: c.approvals.get("missing"), sr.NotFoundError),
        (lambda c: c.approvals.comments("missing"), sr.NotFoundError),
        (lambda c: c.approvals.approve("missing"), sr.NotFoundError),
        (lambda c: c.approvals.create({"baseId": "b"}), TypeError),
        (lambda c: c.approvals.create(re_request("", "u1")), ValueError),
        (lambda c: c.approvals.create(re_request("b")), ValueError),
        (lambda c: c.approvals.create(ApprovalRequestInput(base_id="b", steps=[])), ValueError),
        (lambda c: c.approvals.add_comment("a", {}), TypeError),
        (lambda c: c.approvals.approve("a", "yes"), TypeError),
        (lambda c: c.approvals.reject("", None), ValueError),
    ],
)
async def test_refusals(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters, call: Call, error: type
) -> None:
    with pytest.raises(error):
        await call(client)
    # Bad input never reaches the server; unknown ids do, and are 404s.
    assert len(server.requests) == (error is sr.NotFoundError)
