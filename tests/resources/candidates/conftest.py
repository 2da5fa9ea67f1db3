"""A fake server with candidates, and a client with an API key, for the candidate tests."""

from collections.abc import AsyncIterator, Awaitable, Callable

import pytest

import smartrecruiters_async as sr
from smartrecruiters_async.models import CandidateInput
from smartrecruiters_async.testing import FakeSmartRecruiters

Factory = Callable[..., Awaitable[FakeSmartRecruiters]]

SEEDED = 30


@pytest.fixture
async def server(
    fake_smartrecruiters_factory: Factory, policies: sr.Policies
) -> FakeSmartRecruiters:
    return await fake_smartrecruiters_factory(policies=policies, postings=5, candidates=SEEDED)


@pytest.fixture
async def client(
    server: FakeSmartRecruiters, policies: sr.Policies
) -> AsyncIterator[sr.SmartRecruiters]:
    async with sr.SmartRecruiters(
        api_key="test-key", base_url=server.url, governor=sr.LocalGovernor(policies)
    ) as c:
        yield c


def new_candidate(**overrides: object) -> CandidateInput:
    """A valid ``CandidateInput``; keyword arguments replace its fields."""
    fields: dict[str, object] = {
        "first_name": "Ada",
        "last_name": "Lovelace",
        "email": "ada@example.com",
    }
    fields.update(overrides)
    return CandidateInput(**fields)  # type: ignore[arg-type]
