"""The three rate algorithms, at chosen instants (no sleeping)."""

from __future__ import annotations

import pytest

from smartrecruiters_async.testing.rate_windows import (
    FixedWindow,
    SlidingWindow,
    TokenBucket,
    make_counter,
)


def arrive(counter: SlidingWindow | FixedWindow | TokenBucket, now: float) -> bool:
    accepted = counter.check(now) == 0.0
    counter.record(now, accepted=accepted)
    return accepted


def test_sliding_allows_limit_per_second_then_rejects() -> None:
    window = SlidingWindow(10)
    assert [arrive(window, i / 10) for i in range(10)] == [True] * 10
    assert window.remaining(0.9) == 0
    assert window.check(0.95) == pytest.approx(0.05)  # until the arrival at 0.0 leaves
    assert arrive(window, 0.95) is False


def test_sliding_counts_rejected_arrivals() -> None:
    window = SlidingWindow(10)
    for i in range(10):
        arrive(window, i / 10)
    assert arrive(window, 0.95) is False
    # At 1.0 the arrival at 0.0 has left, but the rejected one at 0.95 still counts...
    assert arrive(window, 1.0) is False
    # ...and so does the one just rejected at 1.0: knocking keeps the window full.
    assert arrive(window, 1.15) is False
    assert arrive(window, 1.25) is False
    # Admitted once enough old arrivals have left: 0.5..0.9 and the four rejected make nine.
    assert arrive(window, 1.45) is True


def test_sliding_accepts_exact_spacing_of_one_tenth() -> None:
    window = SlidingWindow(10)
    assert all(arrive(window, i / 10) for i in range(50))


def test_sliding_rejects_spacing_shrunk_by_jitter() -> None:
    window = SlidingWindow(10)
    times = [i / 10 for i in range(10)] + [0.999]
    assert [arrive(window, t) for t in times][-1] is False


def test_fixed_window_resets_on_the_second() -> None:
    window = FixedWindow(10)
    assert all(arrive(window, 0.5 + i / 100) for i in range(10))
    assert window.check(0.75) == pytest.approx(0.25)
    assert arrive(window, 0.99) is False
    # The known weakness: ten more right after the boundary, 20 within half a second.
    assert all(arrive(window, 1.0 + i / 100) for i in range(10))
    assert window.remaining(1.5) == 0
    assert window.remaining(2.0) == 10


def test_token_bucket_bursts_then_refills() -> None:
    bucket = TokenBucket(10)
    assert all(arrive(bucket, 0.0) for _ in range(10))
    assert bucket.check(0.0) == pytest.approx(0.1)
    assert arrive(bucket, 0.05) is False
    assert arrive(bucket, 0.1) is True
    assert bucket.remaining(1.1) == 10  # capped at capacity


def test_token_bucket_rejections_take_no_token() -> None:
    bucket = TokenBucket(2)
    assert arrive(bucket, 0.0)
    assert arrive(bucket, 0.0)
    for _ in range(5):
        assert arrive(bucket, 0.1) is False
    assert arrive(bucket, 0.5) is True


def test_make_counter() -> None:
    assert isinstance(make_counter("sliding", 10), SlidingWindow)
    assert isinstance(make_counter("fixed", 10), FixedWindow)
    assert isinstance(make_counter("token_bucket", 10), TokenBucket)
    with pytest.raises(ValueError, match="unknown rate algorithm"):
        make_counter("leaky", 10)  # type: ignore[arg-type]
