"""A fake server with candidates for the candidate tests (the client is tests/resources's)."""

import pytest

import smartrecruiters_async as sr
from smartrecruiters_async.models import CandidateInput
from smartrecruiters_async.testing import FakeSmartRecruiters
from smartrecruiters_async.testing.pytest_plugin import FakeServerFactory

SEEDED = 30


@pytest.fixture
async def server(
    fake_smartrecruiters_factory: FakeServerFactory, policies: sr.Policies
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
