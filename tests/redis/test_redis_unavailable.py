"""What RedisGovernor does when Redis cannot be reached: wait, raise or fall back, logged once."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest

import smartrecruiters_async as sr
from smartrecruiters_async._protocol.routes import ROUTES
from smartrecruiters_async.testing import FakeSmartRecruiters

from ..unit.test_governor import fast
from .conftest import free_port, running_redis

DEFAULT = ROUTES["v1.listPostings"]
Factory = Callable[..., Awaitable[FakeSmartRecruiters]]


def nowhere() -> str:
    """A Redis URL (with a password, which must never show) where nothing listens."""
    return f"redis://:s3cr3t-pass@127.0.0.1:{free_port()}/0"


def outage_logs(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if "unreachable" in r.getMessage()]


async def test_raise_refuses_before_any_request_with_a_typed_error_logged_once(
    fake_smartrecruiters_factory: Factory, caplog: pytest.LogCaptureFixture
) -> None:
    server = await fake_smartrecruiters_factory(postings=10)
    governor = sr.RedisGovernor.from_url(nowhere(), on_unavailable="raise")
    caplog.set_level(logging.WARNING, logger="smartrecruiters_async.governor")
    async with sr.SmartRecruiters("key-1", base_url=server.url, governor=governor) as client:
        for _ in range(3):
            with pytest.raises(sr.GovernorUnavailableError, match="unreachable") as caught:
                await client.postings.list("acme")
            assert "s3cr3t" not in str(caught.value)
    await governor.aclose()
    assert server.stats.count() == 0
    logs = outage_logs(caplog)
    assert len(logs) == 1
    assert "s3cr3t" not in logs[0]


async def test_fallback_serves_requests_locally_at_the_stated_fraction(
    fake_smartrecruiters_factory: Factory, caplog: pytest.LogCaptureFixture
) -> None:
    policies = fast(concurrency={"default": 8, "analytics": 1, "candidates_list": 1})
    server = await fake_smartrecruiters_factory(postings=500)
    governor = sr.RedisGovernor.from_url(
        nowhere(), policies=policies, on_unavailable="fallback", fallback_fraction=0.25
    )
    caplog.set_level(logging.WARNING, logger="smartrecruiters_async.governor")
    async with sr.SmartRecruiters("key-1", base_url=server.url, governor=governor) as client:
        assert len([p async for p in client.postings.list("acme")]) == 500
        # A quarter of 8 slots: the third concurrent request must wait.
        held = [await client.governor.acquire(DEFAULT) for _ in range(2)]
        with pytest.raises(sr.GovernorTimeoutError):
            await client.governor.acquire(DEFAULT, timeout=0.1)
        for lease in held:
            await lease.release()
    await governor.aclose()
    assert server.stats.total_429 == 0
    assert server.stats.max_in_flight["default"] <= 2
    assert len(outage_logs(caplog)) == 1
    assert "25%" in outage_logs(caplog)[0]


async def test_wait_holds_requests_until_redis_answers(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    port = free_port()
    governor = sr.RedisGovernor.from_url(f"redis://127.0.0.1:{port}/0", policies=fast())
    caplog.set_level(logging.WARNING, logger="smartrecruiters_async.governor")
    with pytest.raises(sr.GovernorTimeoutError):
        await governor.acquire(DEFAULT, timeout=0.3)
    waiting = asyncio.ensure_future(governor.acquire(DEFAULT))
    await asyncio.sleep(0)
    assert governor.stats().queued["interactive"] == 1
    with running_redis(tmp_path, port):
        lease = await waiting
        await lease.release()
        assert (await governor.shared_state()).granted == 1
        await governor.aclose()
    assert len(outage_logs(caplog)) == 1  # one outage, logged once, then its end
    assert any("reachable again" in r.getMessage() for r in caplog.records)
