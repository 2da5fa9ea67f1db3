"""Constructor options and ``with_options``: what reached the fake server, what the governor saw."""

from __future__ import annotations

from typing import Any

import pytest

import smartrecruiters_async as sr
from smartrecruiters_async.testing import (
    FakeSmartRecruiters,
    Fault,
    MockRequest,
    MockResponse,
    MockTransport,
)
from smartrecruiters_async.testing.pytest_plugin import FakeServerFactory


class PriorityGovernor(sr.LocalGovernor):
    """A LocalGovernor that notes the priority of every acquisition."""

    def __init__(self, policies: sr.Policies) -> None:
        super().__init__(policies)
        self.priorities: list[sr.Priority] = []

    async def acquire(self, route: sr.Route, **kwargs: Any) -> Any:
        self.priorities.append(kwargs.get("priority", sr.Priority.INTERACTIVE))
        return await super().acquire(route, **kwargs)


async def test_extra_headers_reach_the_server_and_never_replace_the_credential(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters
) -> None:
    tagged = client.with_options(extra_headers={"X-Request-Source": "nightly-sync"})
    await tagged.request("GET", "/jobs", params={"limit": 1})
    await client.request("GET", "/jobs", params={"limit": 1})
    tagged_request, plain_request = list(server.requests)[-2:]
    assert tagged_request.headers["X-Request-Source"] == "nightly-sync"
    assert tagged_request.headers["X-SmartToken"] == "test-key"
    assert "X-Request-Source" not in plain_request.headers
    with pytest.raises(ValueError, match="x-smarttoken"):
        client.with_options(extra_headers={"x-smarttoken": "other"})
    with pytest.raises(ValueError, match="Authorization"):
        client.with_options(extra_headers={"Authorization": "Bearer x"})


async def test_the_derived_client_shares_governor_transport_and_binds_its_resources(
    client: sr.SmartRecruiters,
) -> None:
    derived = client.with_options(max_retries=0)
    assert derived.governor is client.governor
    assert derived.retry_budget is client.retry_budget
    assert derived.config.max_retries == 0
    assert client.config.max_retries == 5
    assert derived.jobs._client is derived
    assert client.jobs._client is client


async def test_max_retries_applies_to_calls_through_the_derived_client(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters
) -> None:
    server.faults.add(Fault.server_error(500, operation_id="jobs.all"))
    with pytest.raises(sr.ServerError):
        await client.with_options(max_retries=0).request("GET", "/jobs")
    assert [r.operation_id for r in server.requests].count("jobs.all") == 1


async def test_max_rate_limited_retries_from_the_constructor(
    server: FakeSmartRecruiters, policies: sr.Policies
) -> None:
    server.faults.add(Fault.rate_limited(retry_after=0, operation_id="jobs.all"))
    async with sr.SmartRecruiters(
        "test-key",
        base_url=server.url,
        governor=sr.LocalGovernor(policies),
        max_rate_limited_retries=0,
    ) as client:
        with pytest.raises(sr.RateLimitedError):
            await client.request("GET", "/jobs")
    assert len(server.requests) == 1


async def test_user_agent_from_the_constructor_reaches_the_server(
    server: FakeSmartRecruiters, policies: sr.Policies
) -> None:
    async with sr.SmartRecruiters(
        "test-key",
        base_url=server.url,
        governor=sr.LocalGovernor(policies),
        user_agent="acme-sync/2.1",
    ) as client:
        await client.request("GET", "/jobs", params={"limit": 1})
    assert server.requests[-1].headers["User-Agent"] == "acme-sync/2.1"


async def test_priority_overrides_single_calls_and_paginator_prefetches(
    fake_smartrecruiters_factory: FakeServerFactory, policies: sr.Policies
) -> None:
    server = await fake_smartrecruiters_factory(policies=policies, postings=250)
    governor = PriorityGovernor(policies)
    async with sr.SmartRecruiters("test-key", base_url=server.url, governor=governor) as client:
        first = (await client.postings.list("acme")).items[0]
        governor.priorities.clear()
        await client.postings.get("acme", first.id)
        assert set(governor.priorities) == {sr.Priority.INTERACTIVE}
        governor.priorities.clear()
        [p async for p in client.postings.list("acme", limit=100)]
        assert sr.Priority.BULK in governor.priorities  # prefetches default to bulk
        governor.priorities.clear()
        bulk = client.with_options(priority=sr.Priority.BULK)
        await bulk.request("GET", "/jobs", params={"limit": 1})
        assert governor.priorities == [sr.Priority.BULK]
        governor.priorities.clear()
        interactive = client.with_options(priority=sr.Priority.INTERACTIVE)
        [p async for p in interactive.postings.list("acme", limit=100)]
        assert len(governor.priorities) >= 3
        assert set(governor.priorities) == {sr.Priority.INTERACTIVE}


async def test_governor_timeout_is_passed_to_the_governor(client: sr.SmartRecruiters) -> None:
    seen: list[float | None] = []
    original = client.governor.acquire

    async def acquire(route: sr.Route, **kwargs: Any) -> Any:
        seen.append(kwargs.get("timeout"))
        return await original(route, **kwargs)

    client.governor.acquire = acquire  # type: ignore[method-assign]
    await client.with_options(governor_timeout=7.5).request("GET", "/jobs", params={"limit": 1})
    await client.request("GET", "/jobs", params={"limit": 1})
    assert seen == [7.5, None]


async def test_max_redirects_from_the_constructor_and_with_options() -> None:
    def handler(request: MockRequest) -> MockResponse:
        return MockResponse(302, headers={"Location": request.path})

    transport = MockTransport(handler)
    async with sr.SmartRecruiters(
        "k", base_url="https://api.example.test", transport=transport, max_redirects=2
    ) as client:
        with pytest.raises(sr.APIStatusError) as caught:
            await client.request("GET", "/jobs")
        assert caught.value.status == 302
        assert len(transport.requests) == 3
        transport.requests.clear()
        with pytest.raises(sr.APIStatusError):
            await client.with_options(max_redirects=0).request("GET", "/jobs")
        assert len(transport.requests) == 1


async def test_timeout_is_what_each_attempt_is_given() -> None:
    transport = MockTransport(lambda request: MockResponse(200, json={"content": []}))
    async with sr.SmartRecruiters(
        "k", base_url="https://api.example.test", transport=transport, timeout=30
    ) as client:
        await client.request("GET", "/jobs")
        await client.with_options(timeout=4.0).request("GET", "/jobs")
    assert [r.timeout for r in transport.requests] == [30, 4.0]


async def test_a_timeout_shorter_than_the_server_takes_is_an_api_timeout(
    fake_smartrecruiters_factory: FakeServerFactory, policies: sr.Policies
) -> None:
    server = await fake_smartrecruiters_factory(policies=policies, latency=(1.0, 1.0))
    async with sr.SmartRecruiters(
        "test-key", base_url=server.url, governor=sr.LocalGovernor(policies)
    ) as client:
        with pytest.raises(sr.APITimeoutError):
            await client.with_options(timeout=0.05, max_retries=0).request("GET", "/jobs")


@pytest.mark.parametrize(
    ("argument", "value"),
    [
        ("timeout", 0),
        ("timeout", "10"),
        ("max_retries", -1),
        ("max_rate_limited_retries", 1.5),
        ("max_redirects", -1),
        ("governor_timeout", 0),
        ("user_agent", "bad\r\nX-Injected: 1"),
        ("user_agent", ""),
    ],
)
def test_a_bad_constructor_option_is_named(argument: str, value: object) -> None:
    with pytest.raises(ValueError, match=argument):
        sr.SmartRecruiters("k", **{argument: value})  # type: ignore[arg-type]


def test_a_bad_with_options_value_is_named() -> None:
    client = sr.SmartRecruiters("k")
    with pytest.raises(ValueError, match="max_retries"):
        client.with_options(max_retries=-2)
    with pytest.raises(TypeError, match="priority"):
        client.with_options(priority="bulk")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="line break"):
        client.with_options(extra_headers={"X-A": "1\r\nX-B: 2"})
