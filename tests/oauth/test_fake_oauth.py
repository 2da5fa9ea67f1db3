"""The fake server's OAuth part, spoken to directly over HTTP."""

import aiohttp

from smartrecruiters_async.testing import FakeSmartRecruiters
from smartrecruiters_async.testing.pytest_plugin import FakeServerFactory

from .conftest import (
    CLIENT_ID,
    ENDPOINT,
    REDIRECT,
    SECRET,
    oauth_of,
    start_oauth_server,
)


async def token(server: FakeSmartRecruiters, **form: str) -> tuple[int, dict[str, object]]:
    async with (
        aiohttp.ClientSession() as session,
        session.post(f"{server.url}/identity/oauth/token", data=form) as response,
    ):
        return response.status, await response.json()


async def get(server: FakeSmartRecruiters, bearer: object) -> int:
    async with (
        aiohttp.ClientSession() as session,
        session.get(server.url + ENDPOINT, headers={"Authorization": f"Bearer {bearer}"}) as r,
    ):
        return r.status


async def test_it_issues_validates_and_expires_bearer_tokens(
    fake_smartrecruiters_factory: FakeServerFactory,
) -> None:
    server = await start_oauth_server(fake_smartrecruiters_factory, access_token_lifetime=60)
    status, body = await token(
        server, grant_type="client_credentials", client_id=CLIENT_ID, client_secret=SECRET
    )
    assert status == 200
    assert body["token_type"] == "bearer"
    assert body["expires_in"] == 60
    assert "refresh_token" not in body
    assert await get(server, body["access_token"]) == 200
    assert await get(server, "at-made-up") == 401
    oauth_of(server).expire_access_tokens()
    assert await get(server, body["access_token"]) == 401
    assert oauth_of(server).stats.bearer_rejected == 2


async def test_refresh_tokens_are_single_use_and_reuse_is_counted(
    fake_smartrecruiters_factory: FakeServerFactory,
) -> None:
    server = await start_oauth_server(fake_smartrecruiters_factory)
    code = oauth_of(server).authorize(CLIENT_ID, redirect_uri=REDIRECT)
    credentials = {"client_id": CLIENT_ID, "client_secret": SECRET}
    status, first = await token(
        server, grant_type="authorization_code", code=code, redirect_uri=REDIRECT, **credentials
    )
    assert status == 200
    refresh = str(first["refresh_token"])
    status, second = await token(
        server, grant_type="refresh_token", refresh_token=refresh, **credentials
    )
    assert status == 200
    assert second["refresh_token"] != refresh
    status, again = await token(
        server, grant_type="refresh_token", refresh_token=refresh, **credentials
    )
    assert (status, again["error"]) == (400, "invalid_grant")
    assert oauth_of(server).stats.reused_refresh_tokens == 1


async def test_bad_clients_and_grants_get_oauth_errors(
    fake_smartrecruiters_factory: FakeServerFactory,
) -> None:
    server = await start_oauth_server(fake_smartrecruiters_factory)
    status, body = await token(
        server, grant_type="client_credentials", client_id=CLIENT_ID, client_secret="nope"
    )
    assert (status, body["error"]) == (401, "invalid_client")
    status, body = await token(
        server, grant_type="password", client_id=CLIENT_ID, client_secret=SECRET
    )
    assert (status, body["error"]) == (400, "unsupported_grant_type")
    assert oauth_of(server).stats.refused == {"invalid_client": 1, "unsupported_grant_type": 1}


async def test_token_requests_are_outside_the_throttle_unless_counted(
    fake_smartrecruiters_factory: FakeServerFactory,
) -> None:
    free = await start_oauth_server(fake_smartrecruiters_factory)
    counted = await start_oauth_server(fake_smartrecruiters_factory, counts_against_budget=True)
    form = {"grant_type": "client_credentials", "client_id": CLIENT_ID, "client_secret": SECRET}
    for server in (free, counted):
        await token(server, **form)
    assert [a.rate_classes for a in free.stats.arrivals] == [()]
    assert [a.rate_classes for a in counted.stats.arrivals] == [("default",)]
