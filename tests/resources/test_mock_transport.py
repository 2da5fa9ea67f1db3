"""``MockTransport``: the SDK run against a handler function, through the public API only."""

from __future__ import annotations

from typing import Any

import pytest

import smartrecruiters_async as sr
from smartrecruiters_async.testing import MockRequest, MockResponse, MockTransport, make_posting

BASE = "https://api.example.test"
POSTING = make_posting(0)
POSTING_PATH = f"/v1/companies/acme/postings/{POSTING['id']}"


def _client(transport: MockTransport, **kwargs: Any) -> sr.SmartRecruiters:
    kwargs.setdefault("governor", sr.LocalGovernor(sr.Policies(arrival_jitter=0.0)))
    return sr.SmartRecruiters("mock-key", base_url=BASE, transport=transport, **kwargs)


async def test_a_typed_call_is_answered_by_the_handler() -> None:
    async def handler(request: MockRequest) -> MockResponse:
        return MockResponse(200, json=POSTING)

    transport = MockTransport(handler)
    async with _client(transport) as client:
        posting = await client.postings.get("acme", POSTING["id"])
    assert posting.id == POSTING["id"]
    [request] = transport.requests
    assert request.method == "GET"
    assert request.url == BASE + POSTING_PATH
    assert request.headers["X-SmartToken"] == "mock-key"


async def test_a_plain_function_may_answer_with_a_tuple() -> None:
    transport = MockTransport(lambda request: (404, {}, {"message": "no such posting"}))
    async with _client(transport) as client:
        with pytest.raises(sr.NotFoundError) as caught:
            await client.postings.get("acme", "missing")
    assert caught.value.status == 404


async def test_a_500_on_an_idempotent_route_is_retried() -> None:
    answers = [MockResponse(500, body="oops"), MockResponse(200, json=POSTING)]
    transport = MockTransport(lambda request: answers.pop(0))
    async with _client(transport) as client:
        posting = await client.with_options(max_retries=1).postings.get("acme", POSTING["id"])
    assert posting.id == POSTING["id"]
    assert len(transport.requests) == 2


async def test_a_401_is_replayed_once_with_a_renewed_token() -> None:
    tokens = iter(["first", "second"])
    seen: list[str] = []

    def handler(request: MockRequest) -> Any:
        if request.path == "/identity/oauth/token":
            token = next(tokens)
            return 200, {}, {"access_token": token, "token_type": "Bearer", "expires_in": 1800}
        seen.append(request.headers["Authorization"])
        return (401, {}, {"message": "expired"}) if len(seen) == 1 else (200, {}, POSTING)

    auth = sr.OAuthClientCredentials("id", "secret")
    async with sr.SmartRecruiters(
        auth=auth, base_url=BASE, transport=MockTransport(handler)
    ) as client:
        posting = await client.postings.get("acme", POSTING["id"])
    assert posting.id == POSTING["id"]
    assert seen == ["Bearer first", "Bearer second"]


async def test_a_redirect_is_followed_without_credentials_to_another_origin() -> None:
    def handler(request: MockRequest) -> MockResponse:
        if request.url.startswith(BASE):
            return MockResponse(302, headers={"Location": "https://cdn.example.test/p"})
        return MockResponse(200, json=POSTING)

    transport = MockTransport(handler)
    async with _client(transport) as client:
        await client.postings.get("acme", POSTING["id"])
    first, second = transport.requests
    assert first.headers["X-SmartToken"] == "mock-key"
    assert second.url == "https://cdn.example.test/p"
    assert "X-SmartToken" not in second.headers


async def test_a_connection_error_raised_by_the_handler_is_one() -> None:
    def handler(request: MockRequest) -> MockResponse:
        raise sr.APIConnectionError("reset", method=request.method, url=request.url)

    transport = MockTransport(handler)
    async with _client(transport, max_retries=0) as client:
        with pytest.raises(sr.APIConnectionError):
            await client.postings.get("acme", POSTING["id"])


async def test_a_handler_answering_nonsense_is_told_what_to_return() -> None:
    transport = MockTransport(lambda request: "ok")
    async with _client(transport) as client:
        with pytest.raises(TypeError, match="MockResponse"):
            await client.postings.get("acme", POSTING["id"])


def test_transport_and_session_exclude_each_other_and_transport_is_checked() -> None:
    with pytest.raises(TypeError, match="transport"):
        sr.SmartRecruiters("k", transport=object())  # type: ignore[arg-type]
    assert isinstance(MockTransport(lambda r: MockResponse()), sr.AsyncTransport)
