"""One OAuth client across several ``asyncio.run()`` calls (scripts, notebook cells)."""

import asyncio

import smartrecruiters_async as sr
from smartrecruiters_async.testing import FakeOAuth

from ..conftest import fast_policies
from ..resources.test_client import server_in_a_thread
from .conftest import CLIENT_ID, ENDPOINT, SECRET, Clock, client_with


def test_one_oauth_client_across_asyncio_run_calls(clock: Clock) -> None:
    oauth = FakeOAuth(clients={CLIENT_ID: SECRET})
    with server_in_a_thread(oauth=oauth, policies=fast_policies(), postings=10) as server:
        client = client_with(server, sr.OAuthClientCredentials(CLIENT_ID, SECRET, clock=clock))

        async def use() -> None:
            await asyncio.gather(*(client.request("GET", ENDPOINT) for _ in range(5)))

        asyncio.run(use())
        asyncio.run(use())
        clock.advance(1800)
        asyncio.run(use())
        assert oauth.stats.token_requests == 2
        assert oauth.stats.bearer_rejected == 0
