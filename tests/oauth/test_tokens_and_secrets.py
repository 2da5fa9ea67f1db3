"""Token sets and stores; no secret, token or refresh token in repr, str, exceptions or logs."""

import json
import logging
import stat
from pathlib import Path

import pytest

import smartrecruiters_async as sr
from smartrecruiters_async.testing import Fault
from smartrecruiters_async.testing.pytest_plugin import FakeServerFactory

from .conftest import (
    CLIENT_ID,
    ENDPOINT,
    REDIRECT,
    SECRET,
    Clock,
    client_with,
    start_oauth_server,
)

ACCESS = "at-Zq81-access-token-value"
REFRESH = "rt-Zq81-refresh-token-value"


def tokens(**overrides: object) -> sr.TokenSet:
    values: dict[str, object] = {
        "access_token": ACCESS,
        "refresh_token": REFRESH,
        "obtained_at": 1000.0,
        "expires_at": 2800.0,
        "scopes": ("jobs_read",),
    }
    values.update(overrides)
    return sr.TokenSet(**values)  # type: ignore[arg-type]


def test_token_sets_never_show_their_tokens() -> None:
    for text in (repr(tokens()), str(tokens())):
        assert ACCESS not in text
        assert REFRESH not in text
        assert "jobs_read" in text


def test_token_sets_survive_a_round_trip_and_refuse_bad_records() -> None:
    assert sr.TokenSet.from_dict(tokens().to_dict()) == tokens()
    with pytest.raises(ValueError, match="not a stored token set") as info:
        sr.TokenSet.from_dict({"access_token": ACCESS, "refresh_token": REFRESH})
    assert ACCESS not in str(info.value)


def test_renewal_is_due_before_expiry_but_not_before_half_the_lifetime() -> None:
    assert tokens().renew_at(60) == 2740.0
    assert tokens(expires_at=1010.0).renew_at(60) == 1005.0
    assert tokens(expires_at=None).renew_at(60) is None


async def test_the_file_store_writes_atomically_with_mode_0600(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "tokens.json"
    store = sr.FileTokenStore(path)
    assert await store.load() is None
    await store.save(tokens())
    path.chmod(0o644)  # a file left readable by an older tool is replaced, not rewritten
    await store.save(tokens(refresh_token="rt-next"))
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    loaded = await store.load()
    assert loaded is not None
    assert loaded.refresh_token == "rt-next"
    assert [p.name for p in path.parent.iterdir()] == ["tokens.json"]
    assert isinstance(store, sr.TokenStore)
    assert str(path) in repr(store)


async def test_a_corrupt_token_file_is_reported_without_its_content(tmp_path: Path) -> None:
    path = tmp_path / "tokens.json"
    path.write_text(json.dumps({"access_token": ACCESS}))
    with pytest.raises(ValueError, match="not a stored token set") as info:
        await sr.FileTokenStore(path).load()
    assert ACCESS not in str(info.value)
    path.write_text("{" + REFRESH)
    with pytest.raises(ValueError, match="not JSON") as info:
        await sr.FileTokenStore(path).load()
    assert REFRESH not in str(info.value)


def test_auths_and_clients_never_show_the_secret() -> None:
    cc = sr.OAuthClientCredentials(CLIENT_ID, SECRET)
    ac = sr.OAuthAuthorizationCode(
        CLIENT_ID, SECRET, redirect_uri=REDIRECT, store=sr.MemoryTokenStore(tokens())
    )
    for obj in (cc, ac, sr.SmartRecruiters(auth=cc), sr.SmartRecruiters(auth=ac), ac.store):
        for text in (repr(obj), str(obj)):
            assert SECRET not in text
            assert ACCESS not in text
            assert REFRESH not in text
    assert CLIENT_ID in repr(cc)


async def test_secrets_echoed_by_the_token_endpoint_are_redacted(
    fake_smartrecruiters_factory: FakeServerFactory,
) -> None:
    server = await start_oauth_server(fake_smartrecruiters_factory)
    echo = json.dumps({"error": "invalid_request", "error_description": f"bad secret {SECRET}"})
    server.faults.add(Fault.server_error(400, body=echo, operation_id="identity.oauthToken"))
    async with client_with(server, sr.OAuthClientCredentials(CLIENT_ID, SECRET)) as client:
        with pytest.raises(sr.OAuthError) as info:
            await client.request("GET", ENDPOINT)
    assert SECRET not in f"{info.value} {info.value!r} {info.value.description}"
    assert "[redacted]" in str(info.value)
    assert info.value.error == "invalid_request"


async def test_nothing_secret_is_logged(
    fake_smartrecruiters_factory: FakeServerFactory, clock: Clock, caplog: pytest.LogCaptureFixture
) -> None:
    server = await start_oauth_server(fake_smartrecruiters_factory)
    auth = sr.OAuthAuthorizationCode(
        CLIENT_ID,
        SECRET,
        redirect_uri=REDIRECT,
        clock=clock,
        authorize_url=f"{server.url}/identity/oauth/allow",
    )
    assert server.oauth is not None
    caplog.set_level(logging.DEBUG)
    async with client_with(server, auth) as client:
        request = auth.authorization_url()
        code = server.oauth.authorize(CLIENT_ID, redirect_uri=REDIRECT)
        issued = await auth.exchange_code(code, state=request.state, client=client)
        await client.request("GET", ENDPOINT)
        clock.advance(1800)
        server.oauth.expire_access_tokens()
        await client.request("GET", ENDPOINT)
    assert issued.refresh_token is not None
    logged = "\n".join(record.getMessage() for record in caplog.records)
    for secret in (SECRET, code, issued.access_token, issued.refresh_token):
        assert secret not in logged


async def test_bearer_tokens_the_server_echoes_are_redacted(
    fake_smartrecruiters_factory: FakeServerFactory, caplog: pytest.LogCaptureFixture
) -> None:
    server = await start_oauth_server(fake_smartrecruiters_factory)
    caplog.set_level(logging.DEBUG)
    auth = sr.OAuthClientCredentials(CLIENT_ID, SECRET)
    async with client_with(server, auth) as client:
        await client.request("GET", ENDPOINT)
        # A 401 makes the client renew its token and replay once: both answers echo a token.
        route = next(r for r in sr.operations().values() if r.matches("GET", ENDPOINT))
        server.faults.add(Fault.echo_credentials(operation_id=route.operation_id, times=2))
        with pytest.raises(sr.AuthenticationError) as info:
            await client.request("GET", ENDPOINT)
    sent = {r.headers["Authorization"] for r in server.requests if "Authorization" in r.headers}
    tokens = {header.removeprefix("Bearer ") for header in sent}
    assert len(tokens) == 2
    error = info.value
    texts = [str(error), repr(error), error.raw_body, repr(error.body), repr(error.headers)]
    for text in texts:
        for token in (*tokens, SECRET):
            assert token not in text
    assert "[redacted]" in error.raw_body
    for token in (*tokens, SECRET):
        assert token not in caplog.text
