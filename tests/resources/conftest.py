"""The fake server and the API-key client every resource test uses (a module overrides
``server`` when it needs other data, as the posting and candidate tests do)."""

from collections.abc import AsyncIterator

import pytest

import smartrecruiters_async as sr
from smartrecruiters_async.testing import FakeSmartRecruiters
from smartrecruiters_async.testing.pytest_plugin import FakeServerFactory


@pytest.fixture
async def server(
    fake_smartrecruiters_factory: FakeServerFactory, policies: sr.Policies
) -> FakeSmartRecruiters:
    return await fake_smartrecruiters_factory(policies=policies, postings=10)


@pytest.fixture
async def client(
    server: FakeSmartRecruiters, policies: sr.Policies
) -> AsyncIterator[sr.SmartRecruiters]:
    async with sr.SmartRecruiters(
        "test-key", base_url=server.url, governor=sr.LocalGovernor(policies)
    ) as c:
        yield c
