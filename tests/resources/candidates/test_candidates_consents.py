"""``client.candidates``: consent status, decisions and consent requests."""

import pytest

import smartrecruiters_async as sr
from smartrecruiters_async.models import ConsentDecisionStatus, ConsentScope, ConsentStatus
from smartrecruiters_async.testing import FakeSmartRecruiters

from .conftest import new_candidate


async def test_status_and_decisions_of_a_seeded_candidate(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters
) -> None:
    candidate_id = server.data.candidates[0]["id"]
    status = await client.candidates.consent_status(candidate_id)
    assert status.status is ConsentStatus.ACQUIRED
    assert status.date is not None
    decisions = await client.candidates.consent_decisions(candidate_id)
    assert [(d.scope, d.status) for d in decisions.decisions] == [
        (ConsentScope.SINGLE, ConsentDecisionStatus.ACQUIRED)
    ]
    assert decisions.recent_pending_request_created_on is None


async def test_requesting_consent_makes_it_pending(client: sr.SmartRecruiters) -> None:
    created = await client.candidates.create(new_candidate())
    assert (await client.candidates.consent_status(created.id)).status is ConsentStatus.REQUIRED
    results = await client.candidates.request_consents([created.id, "nobody"])
    # One result per candidate, in order: 202 scheduled, 403 unavailable.
    assert [r.status for r in results.results] == [202, 403]
    scheduled = results.results[0].body
    assert scheduled is not None
    assert scheduled.location is not None
    assert (await client.candidates.consent_status(created.id)).status is ConsentStatus.PENDING
    decisions = await client.candidates.consent_decisions(created.id)
    assert decisions.recent_pending_request_created_on is not None
    pending = [c.id async for c in client.candidates.list(consent_statuses=ConsentStatus.PENDING)]
    assert pending == [created.id]


async def test_consent_requests_are_checked_by_the_server(client: sr.SmartRecruiters) -> None:
    with pytest.raises(sr.BadRequestError):
        await client.request("POST", "/candidates/consent-requests", json=[{"nope": 1}])
    with pytest.raises(sr.NotFoundError):
        await client.candidates.consent_status("nobody")
