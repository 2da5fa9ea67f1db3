"""Typed events: every event name of webhooks.md has its class and payload, unknown names
still parse, and ``fetch`` follows the link through the governed client to the API only."""

from __future__ import annotations

from typing import Any

import pytest

import smartrecruiters_async as sr
from smartrecruiters_async._protocol.webhooks import parse_delivery
from smartrecruiters_async.models import JobDetails
from smartrecruiters_async.testing import FakeSmartRecruiters
from smartrecruiters_async.webhooks import (
    EVENT_TYPES,
    ApplicationCreated,
    InterviewCanceled,
    OfferApprovalStepApproved,
    SelfScheduleCreated,
    UnknownEvent,
    WebhookEvent,
    WebhookLinkError,
    parse_event,
)

# webhooks.md section 6: each family's event names and the body fields of its payload.
FAMILIES: dict[tuple[str, ...], tuple[str, ...]] = {
    ("job.created", "job.updated", "job.status.updated", "job.hiring-team.updated"): ("id",),
    ("job.ad.created", "job.ad.updated", "job.ad.postings.updated"): ("job_id", "job_ad_id"),
    ("position.created", "position.updated", "position.deleted"): ("job_id", "position_id"),
    (
        "application.created",
        "application.status.updated",
        "application.fields.updated",
        "application.onboarding-status.updated",
        "application.source.updated",
        "application.screening-answers.created",
        "application.screening-answers.updated",
    ): ("job_id", "candidate_id", "application_id"),
    ("application.attachment.created",): (
        "job_id",
        "candidate_id",
        "application_id",
        "attachment_id",
    ),
    ("candidate.created", "candidate.updated", "candidate.deleted"): ("id",),
    ("offer.created", "offer.updated"): ("job_id", "candidate_id", "offer_id"),
    **{
        tuple(
            f"{kind}.{suffix}"
            for suffix in (
                "approval.created",
                "approval.approved",
                "approval.rejected",
                "approval.abandoned",
                "approval.step.approved",
                "approval.step.rejected",
                "approver.skipped",
                "approver.delegated",
                "approval.comment.created",
            )
        ): fields
        for kind, fields in (
            ("offer", ("approval_id", "job_id", "candidate_id", "offer_id")),
            ("job", ("approval_id", "job_id")),
        )
    },
    ("review.created", "review.updated", "review.deleted"): ("application_id", "review_id"),
    (
        "onboarding.process.started",
        "onboarding.assignments.high-priority.completed",
        "onboarding.assignments.completed",
    ): ("onboarding_process_id", "new_hire_id"),
    ("interview.created", "interview.updated", "interview.canceled"): (
        "interview_id",
        "application_id",
        "candidate_id",
        "company_id",
    ),
    ("self-schedule.created",): (
        "self_schedule_id",
        "candidate_id",
        "application_id",
        "job_id",
        "company_id",
    ),
}
CASES = [(name, fields) for names, fields in FAMILIES.items() for name in names]


def event(name: str, body: bytes, link: str = "") -> WebhookEvent[Any]:
    headers = {
        "smartrecruiters-signature": "v1=unchecked-here",
        "smartrecruiters-timestamp": "1800000000",
        "event-id": "e-1",
        "event-name": name,
        "event-version": "v1",
        "link": link,
    }
    return parse_event(parse_delivery(headers), body)


def test_every_documented_event_name_has_a_class() -> None:
    assert sorted(EVENT_TYPES) == sorted(name for name, _ in CASES)
    assert len(EVENT_TYPES) == 51


@pytest.mark.parametrize(("name", "fields"), CASES, ids=[name for name, _ in CASES])
def test_each_event_parses_into_its_class_and_payload(name: str, fields: tuple[str, ...]) -> None:
    body = "{" + ", ".join(f'"{field}": "{field}-value"' for field in fields) + ', "new": 1}'
    parsed = event(name, body.encode())
    assert type(parsed) is EVENT_TYPES[name]
    assert type(parsed).event_name == parsed.name == name
    assert {field: getattr(parsed.payload, field) for field in fields} == {
        field: f"{field}-value" for field in fields
    }
    assert parsed.payload.extra_fields == {"new": 1}  # an id the schema does not name is kept
    assert parsed.raw["new"] == 1


def test_class_names_follow_the_event_names() -> None:
    assert EVENT_TYPES["application.created"] is ApplicationCreated
    assert EVENT_TYPES["offer.approval.step.approved"] is OfferApprovalStepApproved
    assert EVENT_TYPES["interview.canceled"] is InterviewCanceled
    assert EVENT_TYPES["self-schedule.created"] is SelfScheduleCreated


def test_an_older_version_with_fewer_ids_still_parses() -> None:
    parsed = event("application.created", b'{"job_id":"jid","candidate_id":"cid"}')
    assert isinstance(parsed, ApplicationCreated)
    assert (parsed.payload.job_id, parsed.payload.application_id) == ("jid", None)


def test_an_unknown_event_keeps_name_version_and_raw_payload() -> None:
    parsed = event("talent-pool.member.added", b'{"pool_id": "p", "n": [1]}')
    assert isinstance(parsed, UnknownEvent)
    assert (parsed.name, parsed.version, parsed.payload) == (
        "talent-pool.member.added",
        "v1",
        {"pool_id": "p", "n": [1]},
    )


async def test_fetch_gets_the_linked_job_through_the_client(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters
) -> None:
    job = (await client.jobs.list(limit=1)).items[0]
    parsed = event("job.updated", b'{"id": "x"}', f"<{server.url}/jobs/{job.id}>; rel=self")
    requests_before = server.stats.count()
    fetched = await parsed.fetch(client)
    assert isinstance(fetched, JobDetails)
    assert fetched.id == job.id
    assert server.stats.count() == requests_before + 1


@pytest.mark.parametrize(
    "link",
    [
        "<https://evil.example/jobs/1>; rel=self",
        "<http://127.0.0.1:1/jobs/1>; rel=self",
        "<{url}/jobs/..>; rel=self",
        "<{url}/jobs/%2e%2E>; rel=self",
        "",
    ],
)
async def test_fetch_refuses_links_outside_the_api(
    link: str, client: sr.SmartRecruiters, server: FakeSmartRecruiters
) -> None:
    parsed = event("job.updated", b"{}", link.format(url=server.url))
    before = server.stats.count()
    with pytest.raises(WebhookLinkError, match="link"):
        await parsed.fetch(client)
    assert server.stats.count() == before
