"""ServerStats computed from a hand-made log (no server)."""

from __future__ import annotations

import pytest

from smartrecruiters_async.testing import Arrival, ServerStats


def arrival(time: float, *, op: str = "v1.listPostings", accepted: bool = True) -> Arrival:
    return Arrival(
        time=time,
        operation_id=op,
        method="GET",
        path="/v1/companies/acme/postings",
        rate_classes=("default",),
        accepted=accepted,
        status=200 if accepted else 429,
    )


def test_max_window_counts_accepted_or_all_arrivals() -> None:
    stats = ServerStats()
    for i in range(10):
        stats.record_arrival(arrival(i / 10))
    stats.record_arrival(arrival(0.95, accepted=False))
    stats.record_arrival(arrival(1.0))  # the window [0.0, 1.0) no longer holds 0.0
    assert stats.max_window("default") == 10
    assert stats.max_window("default", accepted_only=False) == 11
    assert stats.max_window("publication") == 0


def test_achieved_rate_over_accepted_arrivals() -> None:
    stats = ServerStats()
    for i in range(11):
        stats.record_arrival(arrival(i * 0.2))
    stats.record_arrival(arrival(0.5, accepted=False))
    stats.record_arrival(arrival(5.0, op="v1.getPosting"))
    assert stats.achieved_rate("v1.listPostings") == pytest.approx(5.0)
    assert stats.achieved_rate(["v1.listPostings"]) == pytest.approx(5.0)
    assert stats.achieved_rate() == pytest.approx(11 / 5.0)
    assert stats.achieved_rate(["nothing"]) == 0.0


def test_byte_rates() -> None:
    stats = ServerStats()
    stats.record_arrival(arrival(10.0, op="analytics.jobs"))
    for i in range(4):
        stats.record_bytes(10.0 + i * 0.5, "analytics.jobs", 50_000)
    assert stats.bytes_written["analytics.jobs"] == 200_000
    assert stats.peak_byte_rate("analytics.jobs") == 100_000  # two writes per half-open second
    assert stats.byte_rate("analytics.jobs") == pytest.approx(200_000 / 1.5)
    assert stats.byte_rate("analytics.positions") == 0.0


def test_rejections_in_flight_counts_and_reset() -> None:
    stats = ServerStats()
    stats.record_rejection("rate:default")
    stats.record_rejection("fault")
    stats.record_in_flight({"default": 3})
    stats.record_in_flight({"default": 2, "analytics": 1})
    stats.record_arrival(arrival(1.0))
    stats.record_arrival(arrival(1.1, accepted=False))
    assert stats.throttled == 1
    assert stats.total_429 == 2
    assert stats.max_in_flight == {"default": 3, "analytics": 1}
    assert stats.statuses() == {200: 1, 429: 1}
    assert stats.count() == 2
    assert stats.count("v1.listPostings", accepted_only=True) == 1
    stats.reset()
    assert (stats.arrivals, stats.total_429, stats.max_in_flight) == ([], 0, {})
