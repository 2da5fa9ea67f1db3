"""FaultQueue: which request takes which fault."""

from __future__ import annotations

import pytest

from smartrecruiters_async.testing import Fault, FaultQueue


def test_fault_hits_the_next_n_matching_requests() -> None:
    queue = FaultQueue()
    queue.add(Fault.server_error(503, operation_id="v1.getPosting", times=2))
    assert queue.take("v1.listPostings") is None
    assert queue.take("v1.getPosting") == Fault.server_error(
        503, operation_id="v1.getPosting", times=2
    )
    assert queue.remaining() == 1
    assert queue.take("v1.getPosting") is not None
    assert queue.take("v1.getPosting") is None
    assert [op for op, _ in queue.applied] == ["v1.getPosting", "v1.getPosting"]


def test_faults_apply_in_order_added() -> None:
    queue = FaultQueue()
    queue.add(Fault.connection_reset(), Fault.truncated(operation_id="candidates.all"))
    first = queue.take("candidates.all")
    second = queue.take("candidates.all")
    assert (first and first.kind, second and second.kind) == ("reset", "truncate")
    assert queue.pending == []


def test_constructors_set_their_kind() -> None:
    assert Fault.malformed_json().kind == "malformed"
    assert Fault.rate_limited(3).retry_after == 3
    assert Fault.redirect_to("http://127.0.0.1:1/").location == "http://127.0.0.1:1"
    assert Fault.slow(0.5).delay == 0.5
    with pytest.raises(ValueError, match="times"):
        Fault.server_error(times=0)


def test_clear() -> None:
    queue = FaultQueue()
    queue.add(Fault.server_error())
    queue.take("x")
    queue.add(Fault.server_error())
    queue.clear()
    assert (queue.pending, queue.applied, queue.remaining()) == ([], [], 0)


def test_after_lets_requests_through_and_query_aims_at_one_page() -> None:
    queue = FaultQueue()
    queue.add(
        Fault.malformed_page("no_content", query={"offset": "200"}),
        Fault.please_wait(after=2),
    )
    assert queue.take("v1.listPostings", {"offset": "100"}) is None  # 1st let through
    hit = queue.take("v1.listPostings", {"offset": "200", "limit": "100"})
    assert hit is not None
    assert hit.shape == "no_content"
    assert queue.take("v1.listPostings", {"offset": "200"}) is None  # 2nd let through
    late = queue.take("v1.listPostings", {})
    assert late is not None
    assert late.status == 200
    assert queue.remaining() == 0
    assert hash(Fault.malformed_page("bare_array", query={"a": "1"}))  # still a frozen value
