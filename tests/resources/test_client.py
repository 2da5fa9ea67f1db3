"""Client behaviour against the fake server: throttling, retries, errors, cancellation, loops."""

import asyncio
import contextlib
import logging
import threading
import traceback
from collections.abc import Iterator
from typing import Any

import attrs
import pytest

import smartrecruiters_async as sr
from smartrecruiters_async.testing import FakeSmartRecruiters, Fault
from smartrecruiters_async.testing.pytest_plugin import FakeServerFactory

from ..conftest import fast_policies

KEY = "Zq81-test-secret-key-0123456789"


class RecordingGovernor(sr.LocalGovernor):
    """A local governor that remembers which operation each grant was for."""

    def __init__(self, policies: sr.Policies) -> None:
        super().__init__(policies)
        self.operations: list[str] = []

    async def acquire(self, route: sr.Route, **kwargs: Any) -> Any:
        lease = await super().acquire(route, **kwargs)
        self.operations.append(route.operation_id)
        return lease


def client_for(
    server: FakeSmartRecruiters, policies: sr.Policies, **kwargs: Any
) -> sr.SmartRecruiters:
    kwargs.setdefault("governor", sr.LocalGovernor(policies))
    return sr.SmartRecruiters(KEY, base_url=server.url, **kwargs)


# -- throttling -------------------------------------------------------------------------------


@pytest.mark.parametrize("algorithm", ["sliding", "fixed", "token_bucket"])
async def test_no_429_at_the_real_limits_under_each_server_algorithm(
    fake_smartrecruiters_factory: FakeServerFactory, algorithm: str
) -> None:
    policies = sr.Policies()
    server = await fake_smartrecruiters_factory(
        policies=policies,
        algorithm=algorithm,
        arrival_jitter=(0.0, 0.05),
        latency=(0.01, 0.03),
        postings=1500,
    )
    async with client_for(server, policies) as client:
        count = sum([1 async for _ in client.postings.list("acme")])
    assert count == 1500
    assert server.stats.total_429 == 0
    assert server.stats.max_window("default", accepted_only=False) <= 10


async def test_publication_stays_within_its_tighter_limit(
    fake_smartrecruiters_factory: FakeServerFactory,
) -> None:
    policies = sr.Policies()
    server = await fake_smartrecruiters_factory(policies=policies, arrival_jitter=(0.0, 0.05))
    async with client_for(server, policies) as client:
        await asyncio.gather(
            *(client.request("POST", f"/jobs/job-{i}/publication", json={}) for i in range(5))
        )
    assert server.stats.total_429 == 0
    assert server.stats.max_window("publication", accepted_only=False) <= 2


async def test_escape_hatch_is_classified_by_the_route_table(
    fake_smartrecruiters_factory: FakeServerFactory, policies: sr.Policies
) -> None:
    server = await fake_smartrecruiters_factory(policies=policies)
    governor = RecordingGovernor(policies)
    async with client_for(server, policies, governor=governor) as client:
        await client.request("POST", "/jobs/j 1/publication", json={})
        await client.request("GET", "/v1/companies/acme/postings", params={"limit": 1})
    assert governor.operations == ["jobs.publication.create", "v1.listPostings"]


@pytest.mark.parametrize(
    "path",
    [
        "/jobs/../users",
        "/jobs/./users",
        "/jobs/%2e%2e/users",
        "/jobs/.%2E/users",
        "/jobs/%2E./users",
        "/jobs/%2e",
        "/%2E%2E?x=1",
        "https://evil.example/jobs",
        "jobs",
    ],
)
async def test_the_escape_hatch_refuses_dot_segments_however_written(
    fake_smartrecruiters_factory: FakeServerFactory, policies: sr.Policies, path: str
) -> None:
    server = await fake_smartrecruiters_factory(policies=policies)
    async with client_for(server, policies) as client:
        with pytest.raises(ValueError, match=r"segments|relative"):
            await client.request("GET", path)
        # Dots inside a segment are ordinary characters.
        with pytest.raises(sr.NotFoundError):
            await client.request("GET", "/v1/companies/acme/postings/...%2E")
    assert server.stats.count() == 1


async def test_concurrency_bound_work_never_exceeds_the_slots(
    fake_smartrecruiters_factory: FakeServerFactory, policies: sr.Policies
) -> None:
    server = await fake_smartrecruiters_factory(
        policies=policies, latency=(0.2, 0.2), postings=3000
    )
    async with client_for(server, policies) as client:
        count = sum([1 async for _ in client.postings.list("acme", limit=50)])
    assert count == 3000
    assert server.stats.max_in_flight["default"] == 8
    assert server.stats.total_429 == 0


async def test_single_slot_classes_never_have_two_in_flight(
    fake_smartrecruiters_factory: FakeServerFactory,
) -> None:
    policies = fast_policies(byte_rates={"analytics": 400_000})
    server = await fake_smartrecruiters_factory(
        policies=policies, latency=(0.01, 0.02), analytics_bytes=60_000
    )
    async with client_for(server, policies) as client:
        calls = [client.request("GET", "/candidates", params={"limit": 5}) for _ in range(4)]
        for name in ("jobs", "positions", "jobs", "positions", "jobs"):
            calls.append(_analytics(client, name))
        await asyncio.gather(*calls)
    assert server.stats.max_in_flight["candidates_list"] == 1
    assert server.stats.max_in_flight["analytics"] == 1
    assert server.stats.total_429 == 0
    assert server.stats.bytes_written["analytics.jobs"] >= 3 * 60_000 * 0.1


async def _analytics(client: sr.SmartRecruiters, name: str) -> Any:
    route = sr.operations()[f"analytics.{name}"]
    raw = await client._send(route, route.path, [], None, sr.Priority.INTERACTIVE)
    return raw.body


# -- 429 feedback -----------------------------------------------------------------------------


async def test_a_forced_429_pauses_the_credential_then_work_completes(
    fake_smartrecruiters_factory: FakeServerFactory, policies: sr.Policies
) -> None:
    server = await fake_smartrecruiters_factory(policies=policies, postings=2000)
    server.faults.add(Fault.rate_limited(retry_after=1, operation_id="v1.listPostings"))
    governor = sr.LocalGovernor(policies)
    async with client_for(server, policies, governor=governor) as client:
        ids = [p.id async for p in client.postings.list("acme")]
    assert len(ids) == len(set(ids)) == 2000
    assert governor.stats().rate_limited == 1
    # 21 pages (100 items, then 99 new ones after a one-item overlap each): exactly one extra
    # request, the replay of the one that got the 429.
    assert server.stats.count("v1.listPostings") == 22
    rejected = next(a for a in server.stats.arrivals if a.status == 429)
    quiet = [a for a in server.stats.arrivals if rejected.time + 0.3 < a.time < rejected.time + 1.0]
    assert quiet == []


# -- priorities -------------------------------------------------------------------------------


async def test_a_get_overtakes_a_saturating_bulk_export(
    fake_smartrecruiters_factory: FakeServerFactory,
) -> None:
    policies = fast_policies(rates={"default": 20.0})
    server = await fake_smartrecruiters_factory(policies=policies, postings=3000)
    async with client_for(server, policies) as client:
        started = asyncio.Event()

        async def export() -> int:
            count = 0
            async for _ in client.postings.list("acme"):
                count += 1
                if count == 200:
                    started.set()
            return count

        task = asyncio.ensure_future(export())
        await started.wait()
        before = server.stats.count()
        await client.postings.get("acme", server.data.postings[0]["id"])
        after_call = server.stats.arrivals[before:]
        position = next(i for i, a in enumerate(after_call) if a.operation_id == "v1.getPosting")
        assert position <= 2  # behind at most the permits already granted, not the queue
        assert await task == 3000


# -- cancellation -----------------------------------------------------------------------------


async def test_breaking_out_returns_every_permit(
    fake_smartrecruiters_factory: FakeServerFactory, policies: sr.Policies
) -> None:
    server = await fake_smartrecruiters_factory(
        policies=policies, postings=3000, latency=(0.05, 0.05)
    )
    governor = sr.LocalGovernor(policies)
    async with client_for(server, policies, governor=governor) as client:
        async with contextlib.aclosing(client.postings.list("acme").__aiter__()) as items:
            async for _ in items:
                break
        assert governor.stats().idle
    assert governor.stats().idle


async def test_cancelling_or_timing_out_an_export_returns_every_permit(
    fake_smartrecruiters_factory: FakeServerFactory, policies: sr.Policies
) -> None:
    server = await fake_smartrecruiters_factory(
        policies=policies, postings=3000, latency=(0.05, 0.1)
    )
    governor = sr.LocalGovernor(policies)
    async with client_for(server, policies, governor=governor) as client:
        first_page = asyncio.Event()

        async def export() -> None:
            async for _ in client.postings.list("acme"):
                first_page.set()

        task = asyncio.ensure_future(export())
        await first_page.wait()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert governor.stats().idle

        async def export_with_timeout() -> None:
            async with asyncio.timeout(0.15):
                async for _ in client.postings.list("acme"):
                    pass

        with pytest.raises(TimeoutError):
            await export_with_timeout()
        assert governor.stats().idle


# -- retries and server garbage ---------------------------------------------------------------


async def test_5xx_on_an_idempotent_get_is_retried(
    fake_smartrecruiters_factory: FakeServerFactory, policies: sr.Policies
) -> None:
    server = await fake_smartrecruiters_factory(policies=policies)
    server.faults.add(
        Fault.server_error(503, operation_id="v1.getPosting"), Fault.connection_reset()
    )
    async with client_for(server, policies) as client:
        posting = await client.postings.get("acme", server.data.postings[0]["id"])
    assert posting.id == server.data.postings[0]["id"]
    assert server.stats.count("v1.getPosting") == 3


async def test_an_html_502_page_becomes_a_server_error_with_an_excerpt(
    fake_smartrecruiters_factory: FakeServerFactory, policies: sr.Policies
) -> None:
    server = await fake_smartrecruiters_factory(policies=policies)
    server.faults.add(Fault.server_error(502, times=2))
    async with client_for(server, policies, max_retries=1) as client:
        with pytest.raises(sr.ServerError) as info:
            await client.postings.departments("acme")
    assert info.value.status == 502
    assert "502 Bad Gateway" in info.value.raw_body


async def test_non_idempotent_post_is_not_replayed_after_a_5xx(
    fake_smartrecruiters_factory: FakeServerFactory, policies: sr.Policies
) -> None:
    server = await fake_smartrecruiters_factory(policies=policies)
    server.faults.add(Fault.server_error(503))
    async with client_for(server, policies) as client:
        with pytest.raises(sr.ServerError):
            await client.request("POST", "/jobs/j1/publication", json={})
    assert server.stats.count("jobs.publication.create") == 1


async def test_truncated_and_malformed_bodies_become_typed_errors(
    fake_smartrecruiters_factory: FakeServerFactory, policies: sr.Policies
) -> None:
    server = await fake_smartrecruiters_factory(policies=policies)
    server.faults.add(Fault.truncated(times=2))
    async with client_for(server, policies, max_retries=1) as client:
        with pytest.raises(sr.APIConnectionError):
            await client.postings.departments("acme")
        server.faults.add(Fault.malformed_json(times=2))
        with pytest.raises(sr.ResponseDecodeError) as info:
            await client.postings.departments("acme")
    assert info.value.raw_body
    assert server.stats.count("v1.listDepartments") == 4  # each retried once


@pytest.mark.parametrize(
    "fault",
    [Fault.please_wait(), Fault.truncated_json(), Fault.malformed_json()],
)
async def test_an_undecodable_200_on_an_idempotent_route_is_retried(
    fake_smartrecruiters_factory: FakeServerFactory, policies: sr.Policies, fault: Fault
) -> None:
    server = await fake_smartrecruiters_factory(policies=policies, postings=500)
    async with client_for(server, policies) as client:
        server.faults.add(attrs.evolve(fault, operation_id="v1.getPosting"))
        posting = await client.postings.get("acme", server.data.postings[7]["id"])
        assert posting.id == server.data.postings[7]["id"]
        # In the middle of a list export, too: the export ends whole.
        server.faults.add(attrs.evolve(fault, operation_id="v1.listPostings", after=2))
        ids = [p.id async for p in client.postings.list("acme")]
    assert ids == [p["id"] for p in server.data.postings]
    assert server.stats.count("v1.getPosting") == 2
    assert [a.status for a in server.stats.arrivals].count(200) == server.stats.count()


async def test_an_undecodable_200_on_a_post_is_not_replayed(
    fake_smartrecruiters_factory: FakeServerFactory, policies: sr.Policies
) -> None:
    server = await fake_smartrecruiters_factory(policies=policies)
    server.faults.add(Fault.please_wait())
    async with client_for(server, policies) as client:
        with pytest.raises(sr.ResponseDecodeError) as info:
            await client.request("POST", "/jobs/j1/publication", json={})
    assert "Please wait" in info.value.raw_body
    assert server.stats.count("jobs.publication.create") == 1


# -- secrets ----------------------------------------------------------------------------------


async def test_a_redirect_to_another_host_carries_no_credential(
    fake_smartrecruiters_factory: FakeServerFactory, policies: sr.Policies
) -> None:
    server = await fake_smartrecruiters_factory(policies=policies)
    other = await fake_smartrecruiters_factory(policies=policies)
    server.faults.add(Fault.redirect_to(other.url))
    async with client_for(server, policies) as client:
        with pytest.raises(sr.AuthenticationError):
            await client.request("GET", "/jobs/j1/publication")
    assert server.requests[-1].headers.get("X-SmartToken") == KEY
    landed = other.requests[-1]
    assert landed.path == "/jobs/j1/publication"
    assert "X-SmartToken" not in landed.headers
    assert "Authorization" not in landed.headers


async def test_the_key_never_reaches_logs_or_exceptions(
    fake_smartrecruiters_factory: FakeServerFactory,
    policies: sr.Policies,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    server = await fake_smartrecruiters_factory(policies=policies, api_keys=["another-key"])
    server.faults.add(Fault.rate_limited(retry_after=1), Fault.server_error(500))
    texts = []
    async with client_for(server, policies) as client:
        for call in (client.request("GET", "/candidates"), client.postings.get("acme", "nope")):
            with pytest.raises(sr.SmartRecruitersError) as info:
                await call
            texts += [str(info.value), repr(info.value), repr(getattr(info.value, "headers", ""))]
        texts += [repr(client), repr(client.governor)]
    assert KEY not in caplog.text
    assert all(KEY not in text for text in texts)


async def test_a_key_the_server_echoes_is_redacted_from_every_error_and_log(
    fake_smartrecruiters_factory: FakeServerFactory,
    policies: sr.Policies,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    key = "Zq81/secret+key=0123"  # characters that JSON and URLs write differently
    server = await fake_smartrecruiters_factory(policies=policies, postings=30)
    server.faults.add(Fault.echo_credentials(times=3))
    errors: list[sr.AuthenticationError] = []
    async with sr.SmartRecruiters(
        key, base_url=server.url, governor=sr.LocalGovernor(policies)
    ) as client:
        for call in (
            lambda: client.postings.get("acme", "1"),
            lambda: client.request("GET", "/jobs/j1/publication"),
            lambda: anext(aiter(client.postings.list("acme"))),
        ):
            with pytest.raises(sr.AuthenticationError) as info:
                await call()
            errors.append(info.value)
    assert server.stats.statuses() == {401: 3}
    for error in errors:
        texts = [
            str(error),
            repr(error),
            "".join(traceback.format_exception(error)),
            error.raw_body,
            repr(error.body),
            repr(error.headers),
            repr(error.errors),
        ]
        for text in texts:
            assert key not in text
            assert "Zq81%2Fsecret%2Bkey%3D0123" not in text
            assert "0123" not in text  # no piece of any spelling survives
        assert "[redacted]" in error.raw_body
        assert "[redacted]" in error.headers["WWW-Authenticate"]
        assert error.body.message == "Invalid credentials: [redacted]"
    assert "0123" not in caplog.text


# -- event loops ------------------------------------------------------------------------------


@contextlib.contextmanager
def server_in_a_thread(**options: Any) -> Iterator[FakeSmartRecruiters]:
    """A fake server on its own loop in a thread, so the test can run several loops."""
    loop = asyncio.new_event_loop()
    server = FakeSmartRecruiters(**options)
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    asyncio.run_coroutine_threadsafe(server.start(), loop).result()
    try:
        yield server
    finally:
        asyncio.run_coroutine_threadsafe(server.close(), loop).result()
        loop.call_soon_threadsafe(loop.stop)
        thread.join()
        loop.close()


def test_one_client_across_asyncio_run_calls_and_loops(policies: sr.Policies) -> None:
    with server_in_a_thread(policies=policies, postings=300) as server:
        client = client_for(server, policies)  # created outside any loop

        async def use() -> int:
            return sum([1 async for _ in client.postings.list("acme")])

        assert asyncio.run(use()) == 300  # no aclose(): the loop's shutdown closes the session
        assert asyncio.run(use()) == 300

        async def use_and_close() -> int:
            async with client:
                return await use()

        assert asyncio.run(use_and_close()) == 300
        assert client.governor.stats().idle


async def test_a_lent_session_is_used_and_left_open(
    fake_smartrecruiters_factory: FakeServerFactory, policies: sr.Policies
) -> None:
    import aiohttp

    server = await fake_smartrecruiters_factory(policies=policies)
    async with aiohttp.ClientSession() as session:
        async with client_for(server, policies, session=session) as client:
            await client.postings.departments("acme")
        assert not session.closed
