"""Requests that wait in the governor's queue across a token expiry: the token is chosen after
the grant, so none is sent expired, and each expiry still costs one token request."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

import smartrecruiters_async as sr
from smartrecruiters_async.testing.pytest_plugin import FakeServerFactory

from ..conftest import fast_policies
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
from .test_authorization_code import authorized

LIFETIME = 1800.0
REQUESTS = 30
TOKEN_ROUTE = "identity.oauthToken"


class QueueClock(sr.LocalGovernor):
    """A governor whose grants move the shared clock on: ``jumps`` maps the number of an API
    grant to the seconds that pass before it, as if the queue had taken that long."""

    def __init__(self, clock: Clock, jumps: dict[int, float], **policies: Any) -> None:
        super().__init__(fast_policies(**policies))
        self.clock = clock
        self.jumps = jumps
        self.api_grants = 0

    async def acquire(self, route: sr.Route, **kwargs: Any) -> sr.Lease:
        lease = await super().acquire(route, **kwargs)
        if route.operation_id != TOKEN_ROUTE:
            self.api_grants += 1
            self.clock.advance(self.jumps.get(self.api_grants, 0.0))
        return lease


def bearers(server: Any) -> list[str]:
    return [r.headers["Authorization"] for r in server.requests if r.path == ENDPOINT]


async def run(factory: FakeServerFactory, clock: Clock, governor: QueueClock, **auth: Any) -> Any:
    # The fake authorization server expires tokens on the same clock as the client.
    server = await start_oauth_server(factory, access_token_lifetime=LIFETIME, clock=clock)
    credentials = sr.OAuthClientCredentials(CLIENT_ID, SECRET, clock=clock, **auth)
    async with client_with(server, credentials, governor=governor) as client:
        await asyncio.gather(*(client.request("GET", ENDPOINT) for _ in range(REQUESTS)))
    assert governor.stats().idle
    return server


@pytest.mark.parametrize("counts_against_budget", [False, True])
async def test_requests_queued_past_the_expiry_are_sent_with_the_new_token(
    fake_smartrecruiters_factory: FakeServerFactory, clock: Clock, counts_against_budget: bool
) -> None:
    # Every request got its token before queueing; the tenth grant comes after it expired.
    # With a counted token request and 2 slots, renewing while holding a slot could deadlock.
    governor = QueueClock(clock, {10: LIFETIME}, concurrency={"default": 2})
    server = await run(
        fake_smartrecruiters_factory,
        clock,
        governor,
        counts_against_budget=counts_against_budget,
    )
    stats = oauth_of(server).stats
    assert stats.bearer_rejected == 0  # no request reached the server with an expired token
    assert stats.token_requests == 2  # the first token, and one renewal for the one expiry
    sent = bearers(server)
    assert len(sent) == REQUESTS + server.stats.total_429  # nothing replayed after a 401
    assert len(set(sent)) == 2
    assert len(set(sent[9:])) == 1  # every request granted after the expiry: the new token


async def test_a_token_due_for_renewal_is_still_sent_and_renewed_once_in_the_background(
    fake_smartrecruiters_factory: FakeServerFactory, clock: Clock
) -> None:
    # Grant 10 comes 45 s before the expiry: past the renewal time (60 s before) but early
    # enough to send. Grant 25 comes 55 s after the expiry.
    governor = QueueClock(clock, {10: LIFETIME - 45, 25: 100})
    server = await run(fake_smartrecruiters_factory, clock, governor)
    stats = oauth_of(server).stats
    assert stats.bearer_rejected == 0
    assert stats.token_requests == 2
    sent = bearers(server)
    assert len(sent) == REQUESTS + server.stats.total_429
    assert sent[9] == sent[0]  # due for renewal, not expired: it went with the old token
    assert len(set(sent[24:])) == 1
    assert sent[24] != sent[0]


class StaleAtOnce(sr.ApiKey):
    """A credential that reports every prepared header stale once granted."""

    def current_headers(self, prepared: dict[str, str], channel: Any) -> dict[str, str] | None:
        return None


async def test_a_credential_stale_at_every_grant_is_requeued_once_then_sent(
    fake_smartrecruiters_factory: FakeServerFactory, clock: Clock
) -> None:
    server = await fake_smartrecruiters_factory(policies=fast_policies(), postings=1)
    governor = QueueClock(clock, {})
    async with sr.SmartRecruiters(
        auth=StaleAtOnce("Zq81-stale-key"), base_url=server.url, governor=governor
    ) as client:
        await client.request("GET", ENDPOINT)
    assert governor.api_grants == 2  # given back once, then sent rather than looping
    assert [r.headers["X-SmartToken"] for r in server.requests] == ["Zq81-stale-key"]


async def test_queued_requests_of_a_partner_app_renew_with_one_refresh_token_use(
    fake_smartrecruiters_factory: FakeServerFactory, clock: Clock
) -> None:
    # Grant 10 in the background-renewal window, grant 20 past the first token's expiry.
    server = await start_oauth_server(
        fake_smartrecruiters_factory, access_token_lifetime=LIFETIME, clock=clock
    )
    governor = QueueClock(clock, {10: LIFETIME - 45, 20: 100})
    auth = sr.OAuthAuthorizationCode(
        CLIENT_ID,
        SECRET,
        redirect_uri=REDIRECT,
        authorize_url=f"{server.url}/identity/oauth/allow",
        clock=clock,
    )
    async with client_with(server, auth, governor=governor) as client:
        await authorized(server, client, auth)
        await asyncio.gather(*(client.request("GET", ENDPOINT) for _ in range(REQUESTS)))
    stats = oauth_of(server).stats
    assert stats.grants == {"authorization_code": 1, "refresh_token": 1}
    assert stats.reused_refresh_tokens == 0
    assert stats.bearer_rejected == 0
    assert len(bearers(server)) == REQUESTS + server.stats.total_429
