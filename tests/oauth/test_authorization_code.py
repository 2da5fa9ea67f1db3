"""OAuthAuthorizationCode against the fake server: authorize URL, state, code exchange, rotating
single-use refresh tokens persisted before use, restarts with a file store."""

import asyncio
import json
import stat
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import aiohttp
import pytest

import smartrecruiters_async as sr
from smartrecruiters_async.testing import FakeSmartRecruiters, Fault
from smartrecruiters_async.testing.pytest_plugin import FakeServerFactory

from .conftest import (
    CLIENT_ID,
    ENDPOINT,
    REDIRECT,
    SECRET,
    Clock,
    client_with,
    oauth_of,
    start_oauth_server,
)


def files_in(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir())


def make_auth(server: FakeSmartRecruiters, **kwargs: Any) -> sr.OAuthAuthorizationCode:
    kwargs.setdefault("authorize_url", f"{server.url}/identity/oauth/allow")
    return sr.OAuthAuthorizationCode(CLIENT_ID, SECRET, redirect_uri=REDIRECT, **kwargs)


async def consent(request: sr.AuthorizationRequest) -> dict[str, str]:
    """What the user's browser does: open the URL, come back to the redirect URI."""
    async with (
        aiohttp.ClientSession() as session,
        session.get(request.url, allow_redirects=False) as response,
    ):
        assert response.status == 302
        location = response.headers["Location"]
    assert location.startswith(REDIRECT + "?")
    return {k: v[0] for k, v in parse_qs(urlsplit(location).query).items()}


async def authorized(
    server: FakeSmartRecruiters, client: sr.SmartRecruiters, auth: sr.OAuthAuthorizationCode
) -> sr.TokenSet:
    callback = await consent(auth.authorization_url())
    return await auth.exchange_code(callback["code"], state=callback["state"], client=client)


def test_the_authorize_url_has_space_separated_scopes_and_a_fresh_state() -> None:
    auth = sr.OAuthAuthorizationCode(
        CLIENT_ID, SECRET, redirect_uri=REDIRECT, scopes=["candidates_read", "jobs_read"]
    )
    first, second = auth.authorization_url(), auth.authorization_url()
    parts = urlsplit(first.url)
    assert f"{parts.scheme}://{parts.netloc}{parts.path}" == (
        "https://www.smartrecruiters.com/identity/oauth/allow"
    )
    assert "scope=candidates_read%20jobs_read" in parts.query
    query = parse_qs(parts.query)
    assert query == {
        "client_id": [CLIENT_ID],
        "redirect_uri": [REDIRECT],
        "scope": ["candidates_read jobs_read"],
        "state": [first.state],
    }
    assert first.state != second.state
    assert len(first.state) >= 32
    assert (
        "scope="
        not in sr.OAuthAuthorizationCode(CLIENT_ID, SECRET, redirect_uri=REDIRECT)
        .authorization_url()
        .url
    )


async def test_the_code_flow_end_to_end(
    fake_smartrecruiters_factory: FakeServerFactory, tmp_path: Path
) -> None:
    server = await start_oauth_server(fake_smartrecruiters_factory)
    rotated: list[sr.TokenSet] = []
    store = sr.FileTokenStore(tmp_path / "tokens.json")
    auth = make_auth(server, store=store, scopes=["jobs_read"], on_rotate=rotated.append)
    async with client_with(server, auth) as client:
        tokens = await authorized(server, client, auth)
        await client.request("GET", ENDPOINT)
    assert tokens.scopes == ("jobs_read",)
    assert rotated == [tokens]
    assert await store.load() == tokens
    assert oauth_of(server).stats.grants == {"authorization_code": 1}


async def test_a_wrong_or_reused_state_is_refused_before_any_request(
    fake_smartrecruiters_factory: FakeServerFactory,
) -> None:
    server = await start_oauth_server(fake_smartrecruiters_factory)
    auth = make_auth(server)
    async with client_with(server, auth) as client:
        callback = await consent(auth.authorization_url())
        with pytest.raises(sr.OAuthStateError, match="restart the authorization"):
            await auth.exchange_code(callback["code"], state="forged", client=client)
        await auth.exchange_code(callback["code"], state=callback["state"], client=client)
        with pytest.raises(sr.OAuthStateError, match="already used"):
            await auth.exchange_code(callback["code"], state=callback["state"], client=client)
        other = auth.authorization_url()
        with pytest.raises(sr.OAuthStateError, match="does not match"):
            await auth.exchange_code("x", state=other.state, expected_state="kept", client=client)
    assert oauth_of(server).stats.token_requests == 1


async def test_a_state_kept_by_the_app_is_verified_in_another_process(
    fake_smartrecruiters_factory: FakeServerFactory,
) -> None:
    server = await start_oauth_server(fake_smartrecruiters_factory)
    request = make_auth(server).authorization_url()
    callback = await consent(request)
    elsewhere = make_auth(server)  # a worker that did not issue the state
    async with client_with(server, elsewhere) as client:
        await elsewhere.exchange_code(
            callback["code"], state=callback["state"], expected_state=request.state, client=client
        )
        await client.request("GET", ENDPOINT)


async def test_a_used_code_raises_invalid_grant(
    fake_smartrecruiters_factory: FakeServerFactory,
) -> None:
    server = await start_oauth_server(fake_smartrecruiters_factory)
    auth = make_auth(server)
    async with client_with(server, auth) as client:
        callback = await consent(auth.authorization_url())
        await auth.exchange_code(callback["code"], state=callback["state"], client=client)
        again = auth.authorization_url()
        with pytest.raises(sr.InvalidGrantError, match="single-use") as info:
            await auth.exchange_code(callback["code"], state=again.state, client=client)
    assert callback["code"] not in str(info.value)


async def test_requests_before_authorization_say_what_to_do(
    fake_smartrecruiters_factory: FakeServerFactory,
) -> None:
    server = await start_oauth_server(fake_smartrecruiters_factory)
    async with client_with(server, make_auth(server)) as client:
        with pytest.raises(sr.AuthorizationRequiredError, match="authorization_url"):
            await client.request("GET", ENDPOINT)
    assert oauth_of(server).stats.token_requests == 0


async def test_refresh_tokens_rotate_and_none_is_ever_sent_twice(
    fake_smartrecruiters_factory: FakeServerFactory, clock: Clock, tmp_path: Path
) -> None:
    server = await start_oauth_server(fake_smartrecruiters_factory)
    store = sr.FileTokenStore(tmp_path / "tokens.json")
    seen: list[str | None] = []
    auth = make_auth(
        server, store=store, clock=clock, on_rotate=lambda t: seen.append(t.refresh_token)
    )
    async with client_with(server, auth) as client:
        await authorized(server, client, auth)
        for _ in range(5):
            clock.advance(1800)
            oauth_of(server).expire_access_tokens()
            await client.request("GET", ENDPOINT)
            stored = await store.load()
            assert stored is not None
            assert stored.refresh_token == seen[-1]
    stats = oauth_of(server).stats
    assert stats.grants == {"authorization_code": 1, "refresh_token": 5}
    assert stats.reused_refresh_tokens == 0
    assert len(set(stats.refresh_tokens_presented)) == 5
    assert stats.refresh_tokens_presented == seen[:5]  # each one the previous rotation gave
    assert stats.bearer_rejected == 0


async def test_100_concurrent_requests_across_an_expiry_make_exactly_one_refresh(
    fake_smartrecruiters_factory: FakeServerFactory, clock: Clock
) -> None:
    server = await start_oauth_server(fake_smartrecruiters_factory)
    auth = make_auth(server, clock=clock)
    async with client_with(server, auth) as client:
        await authorized(server, client, auth)
        clock.advance(1800)
        oauth_of(server).expire_access_tokens()
        await asyncio.gather(*(client.request("GET", ENDPOINT) for _ in range(100)))
    stats = oauth_of(server).stats
    assert stats.grants == {"authorization_code": 1, "refresh_token": 1}
    assert stats.token_requests == 2


async def test_after_a_restart_the_next_refresh_uses_the_persisted_token(
    fake_smartrecruiters_factory: FakeServerFactory, clock: Clock, tmp_path: Path
) -> None:
    server = await start_oauth_server(fake_smartrecruiters_factory)
    path = tmp_path / "tokens.json"
    first = make_auth(server, store=sr.FileTokenStore(path), clock=clock)
    async with client_with(server, first) as client:
        await authorized(server, client, first)
        clock.advance(1800)
        oauth_of(server).expire_access_tokens()
        await client.request("GET", ENDPOINT)  # one rotation in the first "process"
    persisted = json.loads(path.read_text())["refresh_token"]

    second = make_auth(server, store=sr.FileTokenStore(path), clock=clock)
    async with client_with(server, second) as client:
        await client.request("GET", ENDPOINT)  # the stored access token is still good
        assert oauth_of(server).stats.token_requests == 2
        clock.advance(1800)
        oauth_of(server).expire_access_tokens()
        await client.request("GET", ENDPOINT)
    stats = oauth_of(server).stats
    assert stats.refresh_tokens_presented[-1] == persisted
    assert stats.reused_refresh_tokens == 0
    assert json.loads(path.read_text())["refresh_token"] != persisted


async def test_a_revoked_refresh_token_asks_for_a_new_authorization(
    fake_smartrecruiters_factory: FakeServerFactory, clock: Clock
) -> None:
    server = await start_oauth_server(fake_smartrecruiters_factory)
    auth = make_auth(server, clock=clock)
    async with client_with(server, auth) as client:
        tokens = await authorized(server, client, auth)
        oauth_of(server).revoke_refresh_tokens()
        clock.advance(1800)
        with pytest.raises(sr.RefreshTokenRevokedError, match="authorization_url") as info:
            await client.request("GET", ENDPOINT)
    assert tokens.refresh_token is not None
    assert tokens.refresh_token not in f"{info.value}{info.value!r}"
    assert info.value.error == "invalid_grant"


async def test_a_refresh_whose_answer_is_lost_is_never_resent(
    fake_smartrecruiters_factory: FakeServerFactory, clock: Clock
) -> None:
    server = await start_oauth_server(fake_smartrecruiters_factory)
    auth = make_auth(server, clock=clock)
    async with client_with(server, auth) as client:
        await authorized(server, client, auth)
        server.faults.add(Fault.server_error(503, operation_id="identity.oauthToken"))
        clock.advance(1800)
        with pytest.raises(sr.ServerError):
            await client.request("GET", ENDPOINT)
        with pytest.raises(sr.RefreshTokenRevokedError, match="already sent once"):
            await client.request("GET", ENDPOINT)
    tokens = [r for r in server.requests if r.operation_id == "identity.oauthToken"]
    assert len(tokens) == 2  # the code exchange and the one refresh attempt


async def test_a_refresh_that_never_left_is_retried(
    fake_smartrecruiters_factory: FakeServerFactory, clock: Clock
) -> None:
    server = await start_oauth_server(fake_smartrecruiters_factory)
    auth = make_auth(server, clock=clock)
    async with client_with(server, auth) as client:
        await authorized(server, client, auth)
        server.faults.add(Fault.rate_limited(0, operation_id="identity.oauthToken"))
        clock.advance(1800)
        await client.request("GET", ENDPOINT)
    assert oauth_of(server).stats.grants["refresh_token"] == 1


class FlakyStore(sr.MemoryTokenStore):
    """A store whose saves fail while ``broken``."""

    broken = False

    async def save(self, tokens: sr.TokenSet) -> None:
        if self.broken:
            raise OSError("disk full")
        await super().save(tokens)


async def test_a_new_token_is_not_used_before_it_is_stored(
    fake_smartrecruiters_factory: FakeServerFactory, clock: Clock
) -> None:
    server = await start_oauth_server(fake_smartrecruiters_factory)
    store = FlakyStore()
    auth = make_auth(server, clock=clock, store=store)
    async with client_with(server, auth) as client:
        await authorized(server, client, auth)
        before = await store.load()
        store.broken = True
        clock.advance(1800)
        with pytest.raises(OSError, match="disk full"):
            await client.request("GET", ENDPOINT)
        assert [r for r in server.requests if r.path == ENDPOINT] == []
        store.broken = False
        await client.request("GET", ENDPOINT)
    after = await store.load()
    assert after is not None
    assert before is not None
    assert after.refresh_token != before.refresh_token
    assert oauth_of(server).stats.grants["refresh_token"] == 1  # saved, not fetched again


@pytest.mark.parametrize("uri", ["http://app.example/cb", "https://app.example/cb#x", "cb"])
def test_unusable_redirect_uris_are_refused(uri: str) -> None:
    with pytest.raises(ValueError, match="redirect_uri"):
        sr.OAuthAuthorizationCode(CLIENT_ID, SECRET, redirect_uri=uri)


def test_localhost_redirect_uris_may_be_http() -> None:
    auth = sr.OAuthAuthorizationCode(CLIENT_ID, SECRET, redirect_uri="http://localhost:8080/cb")
    assert auth.redirect_uri == "http://localhost:8080/cb"


async def test_the_token_file_is_readable_by_its_owner_only(
    fake_smartrecruiters_factory: FakeServerFactory, tmp_path: Path
) -> None:
    server = await start_oauth_server(fake_smartrecruiters_factory)
    path = tmp_path / "tokens.json"
    auth = make_auth(server, store=sr.FileTokenStore(path))
    async with client_with(server, auth) as client:
        await authorized(server, client, auth)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert files_in(tmp_path) == ["tokens.json"]


class StaleOnce(sr.FileTokenStore):
    """A file store whose next load returns what it held before: another process read it
    just before this one rotated the tokens."""

    stale: sr.TokenSet | None = None

    async def load(self) -> sr.TokenSet | None:
        if self.stale is not None:
            stale, self.stale = self.stale, None
            return stale
        return await super().load()


async def test_a_rotation_by_another_process_sharing_the_store_is_adopted(
    fake_smartrecruiters_factory: FakeServerFactory, clock: Clock, tmp_path: Path
) -> None:
    server = await start_oauth_server(fake_smartrecruiters_factory)
    path = tmp_path / "tokens.json"
    first = make_auth(server, store=sr.FileTokenStore(path), clock=clock)
    async with client_with(server, first) as client:
        await authorized(server, client, first)
    before = await sr.FileTokenStore(path).load()
    clock.advance(1800)
    oauth_of(server).expire_access_tokens()
    async with client_with(server, first) as client:
        await client.request("GET", ENDPOINT)  # "process A" rotates and saves
    racing_store = StaleOnce(path)
    racing_store.stale = before
    second = make_auth(server, store=racing_store, clock=clock)  # "process B" read too early
    async with client_with(server, second) as client:
        await client.request("GET", ENDPOINT)
    stats = oauth_of(server).stats
    assert stats.grants["refresh_token"] == 2  # A's rotation and B's refused attempt
    assert stats.refused == {"invalid_grant": 1}


async def test_a_code_can_be_exchanged_without_a_client(
    fake_smartrecruiters_factory: FakeServerFactory,
) -> None:
    server = await start_oauth_server(fake_smartrecruiters_factory)
    auth = make_auth(server, token_url=f"{server.url}/identity/oauth/token")
    callback = await consent(auth.authorization_url())
    await auth.exchange_code(callback["code"], state=callback["state"])
    async with client_with(server, auth) as client:
        await client.request("GET", ENDPOINT)
    assert oauth_of(server).stats.token_requests == 1
