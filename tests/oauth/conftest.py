"""Shared pieces of the OAuth tests: a fake server with OAuth on, a settable clock, clients."""

from typing import Any

import pytest

import smartrecruiters_async as sr
from smartrecruiters_async.testing import FakeOAuth, FakeSmartRecruiters
from smartrecruiters_async.testing.pytest_plugin import FakeServerFactory

from ..conftest import fast_policies

CLIENT_ID = "app-one-client-id"
SECRET = "Zq81-app-one-client-secret-0123456789"
OTHER_ID = "app-two-client-id"
OTHER_SECRET = "Zq81-app-two-client-secret-9876543210"
REDIRECT = "https://app.example/callback"
ENDPOINT = "/jobs/job-1/publication"  # any route that needs a credential


class Clock:
    """Seconds since the epoch that move only when a test says so."""

    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> Clock:
    return Clock()


async def start_oauth_server(factory: FakeServerFactory, **oauth: Any) -> FakeSmartRecruiters:
    """A fake server whose API routes take only bearer tokens its OAuth part issued."""
    fake_oauth = FakeOAuth(clients={CLIENT_ID: SECRET, OTHER_ID: OTHER_SECRET}, **oauth)
    return await factory(oauth=fake_oauth, policies=fast_policies(), postings=20, candidates=10)


def oauth_of(server: FakeSmartRecruiters) -> FakeOAuth:
    assert server.oauth is not None
    return server.oauth


def client_with(server: FakeSmartRecruiters, auth: sr.Auth, **kwargs: Any) -> sr.SmartRecruiters:
    kwargs.setdefault("governor", sr.LocalGovernor(fast_policies()))
    return sr.SmartRecruiters(auth=auth, base_url=server.url, **kwargs)
