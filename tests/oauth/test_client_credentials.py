"""OAuthClientCredentials against the fake server: tokens, single flight, 401s, retries, budget."""

import asyncio
from typing import Any

import pytest

import smartrecruiters_async as sr
from smartrecruiters_async.testing import Fault
from smartrecruiters_async.testing.pytest_plugin import FakeServerFactory

from ..conftest import fast_policies
from .conftest import (
    CLIENT_ID,
    ENDPOINT,
    OTHER_ID,
    OTHER_SECRET,
    SECRET,
    Clock,
    client_with,
    oauth_of,
    start_oauth_server,
)


def bearer_requests(server: Any) -> list[str]:
    return [r.headers.get("Authorization", "") for r in server.requests if r.path == ENDPOINT]


async def test_a_token_is_fetched_once_and_sent_as_bearer(
    fake_smartrecruiters_factory: FakeServerFactory,
) -> None:
    server = await start_oauth_server(fake_smartrecruiters_factory)
    auth = sr.OAuthClientCredentials(CLIENT_ID, SECRET)
    async with client_with(server, auth) as client:
        for _ in range(5):
            await client.request("GET", ENDPOINT)
    assert oauth_of(server).stats.token_requests == 1
    assert oauth_of(server).stats.grants == {"client_credentials": 1}
    sent = bearer_requests(server)
    assert len(sent) == 5
    assert len(set(sent)) == 1
    assert sent[0].startswith("Bearer at-")
    token = next(r for r in server.requests if r.operation_id == "identity.oauthToken")
    assert token.headers["Content-Type"] == "application/x-www-form-urlencoded"


async def test_scopes_are_requested_space_separated_and_refused_ones_raise(
    fake_smartrecruiters_factory: FakeServerFactory,
) -> None:
    server = await start_oauth_server(fake_smartrecruiters_factory)
    oauth_of(server).register("scoped", SECRET, scopes={"jobs_read", "candidates_read"})
    ok = sr.OAuthClientCredentials("scoped", SECRET, scopes=["jobs_read", "candidates_read"])
    async with client_with(server, ok) as client:
        await client.request("GET", ENDPOINT)
    refused = sr.OAuthClientCredentials("scoped", SECRET, scopes=["jobs_read", "users_manage"])
    async with client_with(server, refused) as client:
        with pytest.raises(sr.OAuthScopeError, match="invalid_scope") as info:
            await client.request("GET", ENDPOINT)
    assert "scopes" in str(info.value)
    assert oauth_of(server).stats.refused == {"invalid_scope": 1}


async def test_100_concurrent_requests_across_an_expiry_make_exactly_one_token_request(
    fake_smartrecruiters_factory: FakeServerFactory, clock: Clock
) -> None:
    server = await start_oauth_server(fake_smartrecruiters_factory, access_token_lifetime=1800)
    auth = sr.OAuthClientCredentials(CLIENT_ID, SECRET, clock=clock)
    async with client_with(server, auth) as client:
        await client.request("GET", ENDPOINT)
        assert oauth_of(server).stats.token_requests == 1
        clock.advance(1800)
        oauth_of(server).expire_access_tokens()
        results = await asyncio.gather(*(client.request("GET", ENDPOINT) for _ in range(100)))
    assert len(results) == 100
    assert oauth_of(server).stats.token_requests == 2
    assert oauth_of(server).stats.bearer_rejected == 0
    assert len(set(bearer_requests(server)[1:])) == 1


async def test_100_concurrent_401s_after_server_side_expiry_make_exactly_one_token_request(
    fake_smartrecruiters_factory: FakeServerFactory,
) -> None:
    server = await start_oauth_server(fake_smartrecruiters_factory)
    auth = sr.OAuthClientCredentials(CLIENT_ID, SECRET)
    async with client_with(server, auth) as client:
        await client.request("GET", ENDPOINT)
        oauth_of(server).expire_access_tokens()  # the client still believes in its token
        results = await asyncio.gather(*(client.request("GET", ENDPOINT) for _ in range(100)))
    assert len(results) == 100
    assert oauth_of(server).stats.token_requests == 2
    rejected = oauth_of(server).stats.bearer_rejected
    # every rejected request was replayed exactly once, with the one new token (a 429 from
    # the fast test policies is replayed too)
    assert len(bearer_requests(server)) == 1 + 100 + rejected + server.stats.total_429
    assert rejected >= 1


async def test_a_401_renews_at_most_once_and_replays_at_most_once(
    fake_smartrecruiters_factory: FakeServerFactory,
) -> None:
    # Tokens from another authorization server: the API host refuses every one of them, so
    # the one renewal and the one replay cannot help, and nothing more is tried.
    server = await start_oauth_server(fake_smartrecruiters_factory)
    token_server = await start_oauth_server(fake_smartrecruiters_factory)
    auth = sr.OAuthClientCredentials(
        CLIENT_ID, SECRET, token_url=f"{token_server.url}/identity/oauth/token"
    )
    async with client_with(server, auth) as client:
        with pytest.raises(sr.AuthenticationError):
            await client.request("GET", ENDPOINT)
    assert oauth_of(token_server).stats.token_requests == 2
    assert oauth_of(server).stats.token_requests == 0
    assert len(bearer_requests(server)) == 2


async def test_wrong_secret_raises_invalid_client_without_the_secret(
    fake_smartrecruiters_factory: FakeServerFactory,
) -> None:
    server = await start_oauth_server(fake_smartrecruiters_factory)
    wrong = SECRET + "-wrong"
    async with client_with(server, sr.OAuthClientCredentials(CLIENT_ID, wrong)) as client:
        with pytest.raises(sr.InvalidClientError) as info:
            await client.request("GET", ENDPOINT)
    text = f"{info.value} {info.value!r} {info.value.description}"
    assert wrong not in text
    assert SECRET not in text
    assert "Credential Manager" in str(info.value)
    assert info.value.error == "invalid_client"
    assert info.value.status == 401
    assert bearer_requests(server) == []


@pytest.mark.parametrize(
    "fault",
    [
        Fault.connection_reset(operation_id="identity.oauthToken"),
        Fault.server_error(503, operation_id="identity.oauthToken"),
        Fault.rate_limited(0, operation_id="identity.oauthToken"),
    ],
)
async def test_token_requests_are_retried_after_network_errors(
    fake_smartrecruiters_factory: FakeServerFactory, fault: Fault
) -> None:
    server = await start_oauth_server(fake_smartrecruiters_factory)
    server.faults.add(fault)
    async with client_with(server, sr.OAuthClientCredentials(CLIENT_ID, SECRET)) as client:
        await client.request("GET", ENDPOINT)
    tokens = [r for r in server.requests if r.operation_id == "identity.oauthToken"]
    assert len(tokens) == 2
    assert oauth_of(server).stats.token_requests == 1  # the faulted one never reached it


class RecordingGovernor(sr.LocalGovernor):
    """Remembers the operation of every grant, and the keys it was bound to."""

    def __init__(self) -> None:
        super().__init__(fast_policies())
        self.operations: list[str] = []
        self.keys: list[str] = []

    async def acquire(self, route: sr.Route, **kwargs: Any) -> Any:
        lease = await super().acquire(route, **kwargs)
        self.operations.append(route.operation_id)
        return lease

    def bind(self, credential_key: str) -> sr.Governor:
        self.keys.append(credential_key)
        return self


@pytest.mark.parametrize("counts", [False, True])
async def test_token_requests_take_the_budget_only_when_configured(
    fake_smartrecruiters_factory: FakeServerFactory, counts: bool
) -> None:
    server = await start_oauth_server(fake_smartrecruiters_factory)
    governor = RecordingGovernor()
    auth = sr.OAuthClientCredentials(CLIENT_ID, SECRET, counts_against_budget=counts)
    async with client_with(server, auth, governor=governor) as client:
        await client.request("GET", ENDPOINT)
        await client.request("GET", ENDPOINT)
    expected = ["identity.oauthToken"] if counts else []
    assert governor.operations == [*expected, "jobs.publication.all", "jobs.publication.all"]
    assert governor.stats().idle


def test_each_client_id_has_its_own_budget_and_one_id_shares_one() -> None:
    one_a = sr.SmartRecruiters(auth=sr.OAuthClientCredentials(CLIENT_ID, SECRET))
    one_b = sr.SmartRecruiters(auth=sr.OAuthClientCredentials(CLIENT_ID, SECRET))
    two = sr.SmartRecruiters(auth=sr.OAuthClientCredentials(OTHER_ID, OTHER_SECRET))
    key = sr.SmartRecruiters(api_key=SECRET)
    assert one_a.governor is one_b.governor
    assert one_a.governor is not two.governor
    assert one_a.governor is not key.governor


def test_a_shared_backend_is_bound_per_client_id_never_by_secret() -> None:
    governor = RecordingGovernor()
    sr.SmartRecruiters(auth=sr.OAuthClientCredentials(CLIENT_ID, SECRET), governor=governor)
    sr.SmartRecruiters(auth=sr.OAuthClientCredentials(CLIENT_ID, SECRET), governor=governor)
    sr.SmartRecruiters(auth=sr.OAuthClientCredentials(OTHER_ID, OTHER_SECRET), governor=governor)
    first, again, other = governor.keys
    assert first == again != other
    for key in governor.keys:
        assert SECRET not in key
        assert CLIENT_ID not in key
        assert OTHER_SECRET not in key


async def test_separate_apps_are_paced_separately(
    fake_smartrecruiters_factory: FakeServerFactory,
) -> None:
    server = await start_oauth_server(fake_smartrecruiters_factory)
    one = client_with(server, sr.OAuthClientCredentials(CLIENT_ID, SECRET), governor=None)
    two = client_with(server, sr.OAuthClientCredentials(OTHER_ID, OTHER_SECRET), governor=None)
    async with one, two:
        await asyncio.gather(*(c.request("GET", ENDPOINT) for c in (one, two, one)))
    assert one.governor.stats().granted == 2
    assert two.governor.stats().granted == 1


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"client_id": "", "client_secret": SECRET}, "client_id"),
        ({"client_id": CLIENT_ID, "client_secret": SECRET + "\n"}, "client_secret"),
        ({"client_id": CLIENT_ID, "client_secret": SECRET, "scopes": []}, "scopes"),
        ({"client_id": CLIENT_ID, "client_secret": SECRET, "scopes": ["a b"]}, "scope"),
        ({"client_id": CLIENT_ID, "client_secret": SECRET, "token_url": "ftp://x"}, "token_url"),
    ],
)
def test_unusable_settings_are_refused_without_echoing_the_secret(
    kwargs: dict[str, Any], match: str
) -> None:
    with pytest.raises(ValueError, match=match) as info:
        sr.OAuthClientCredentials(**kwargs)
    assert SECRET not in str(info.value)


async def test_a_token_without_the_needed_scope_raises_missing_scope(
    fake_smartrecruiters_factory: FakeServerFactory,
) -> None:
    server = await start_oauth_server(
        fake_smartrecruiters_factory, required_scopes={"jobs.publication.all": "jobs_read"}
    )
    oauth_of(server).register("scoped", SECRET, scopes={"jobs_read", "candidates_read"})
    narrow = sr.OAuthClientCredentials("scoped", SECRET, scopes=["candidates_read"])
    async with client_with(server, narrow) as client:
        with pytest.raises(sr.MissingScopeError, match="lacks a scope") as info:
            await client.request("GET", ENDPOINT)
    assert isinstance(info.value, sr.PermissionDeniedError)
    assert oauth_of(server).stats.token_requests == 1  # a 403 is not a reason to renew
    wide = sr.OAuthClientCredentials("scoped", SECRET, scopes=["jobs_read"])
    async with client_with(server, wide) as client:
        await client.request("GET", ENDPOINT)
