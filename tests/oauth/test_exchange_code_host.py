"""``exchange_code`` without ``client=`` posts to the host of the clients made with the auth
(a sandbox, the fake server), never to the production host behind their back."""

from __future__ import annotations

from typing import Any

import pytest

import smartrecruiters_async as sr
from smartrecruiters_async._transport import Transport
from smartrecruiters_async.testing.pytest_plugin import FakeServerFactory

from .conftest import (
    CLIENT_ID,
    ENDPOINT,
    REDIRECT,
    SECRET,
    client_with,
    oauth_of,
    start_oauth_server,
)
from .test_authorization_code import consent


@pytest.fixture(autouse=True)
def _stay_on_this_machine(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail a request to any host but the fake server's instead of sending it."""
    original = Transport.stream

    def local_only(self: Transport, method: str, url: str, **options: Any) -> Any:
        if not url.startswith("http://127.0.0.1:"):
            raise AssertionError(f"a request left this machine: {method} {url}")
        return original(self, method, url, **options)

    monkeypatch.setattr(Transport, "stream", local_only)


async def test_the_code_goes_to_the_clients_host(
    fake_smartrecruiters_factory: FakeServerFactory,
) -> None:
    server = await start_oauth_server(fake_smartrecruiters_factory)
    auth = sr.OAuthAuthorizationCode(
        CLIENT_ID, SECRET, redirect_uri=REDIRECT, authorize_url=f"{server.url}/identity/oauth/allow"
    )
    async with client_with(server, auth) as client:
        callback = await consent(auth.authorization_url())
        await auth.exchange_code(callback["code"], state=callback["state"])  # no client=
        await client.request("GET", ENDPOINT)
    assert oauth_of(server).stats.grants["authorization_code"] == 1


async def test_clients_on_two_hosts_make_the_host_a_choice(
    fake_smartrecruiters_factory: FakeServerFactory,
) -> None:
    first = await start_oauth_server(fake_smartrecruiters_factory)
    second = await start_oauth_server(fake_smartrecruiters_factory)
    auth = sr.OAuthAuthorizationCode(
        CLIENT_ID, SECRET, redirect_uri=REDIRECT, authorize_url=f"{first.url}/identity/oauth/allow"
    )
    client_with(first, auth)
    client_with(second, auth)
    callback = await consent(auth.authorization_url())
    with pytest.raises(ValueError, match="pass client="):
        await auth.exchange_code(callback["code"], state=callback["state"])
    assert oauth_of(first).stats.token_requests == oauth_of(second).stats.token_requests == 0
