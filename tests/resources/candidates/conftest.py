"""A fake server with candidates for the candidate tests (the client is tests/resources's)."""

from collections.abc import Awaitable, Callable

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


def new_candidate(**overrides: object) -> CandidateInput:
    """A valid ``CandidateInput``; keyword arguments replace its fields."""
    fields: dict[str, object] = {
        "first_name": "Ada",
        "last_name": "Lovelace",
        "email": "ada@example.com",
    }
    fields.update(overrides)
    return CandidateInput(**fields)  # type: ignore[arg-type]
