"""What a type checker sees of the public API: ``mypy`` checks this file; nothing runs it.

A resource method that lost its return annotation, or a paginator that yields ``Any``, would
pass every runtime test yet leave users without completion or checking; ``assert_type`` fails
the type check instead.
"""

from typing import assert_type

import smartrecruiters_async as sr
from smartrecruiters_async.models import JobDetails, JobSummary, Posting, ReportFile, User


async def _client_methods(client: sr.SmartRecruiters) -> None:
    jobs = client.jobs.list(limit=10)
    assert_type(jobs, sr.AsyncPaginator[JobSummary])
    assert_type(await jobs, sr.Page[JobSummary])
    async for job in jobs:
        assert_type(job, JobSummary)
    async for page in client.users.list().pages():
        assert_type(page, sr.Page[User])
    assert_type(await client.jobs.get("job-1"), JobDetails)
    assert_type(await client.postings.get("acme", "p-1"), Posting)
    assert_type(await client.reports.generate("rep-1"), ReportFile)
    async for row in client.reports.rows("rep-1"):
        assert_type(row, dict[str, str])
    comments = await client.approvals.comments("req-1")  # an unpublished answer: JSON as sent
    assert_type(comments, sr.JsonValue)
    if isinstance(comments, dict):
        assert_type(comments, dict[str, sr.JsonValue])


def _models_have_checked_constructors() -> None:
    patch = sr.JsonPatch().replace("/title", "Staff Engineer")
    assert_type(patch, sr.JsonPatch)
    upload = sr.Upload(data=b"%PDF", filename="cv.pdf")
    assert_type(upload.content_type, str)
    sr.Upload(data=b"x", file_name="cv.pdf")  # type: ignore[call-arg]


async def _webhook_events_narrow(
    receiver: sr.WebhookReceiver, event: sr.WebhookEvent[object]
) -> None:
    from smartrecruiters_async.models import ApplicationPayload
    from smartrecruiters_async.webhooks import ApplicationStatusUpdated

    if isinstance(event, ApplicationStatusUpdated):
        assert_type(event.payload, ApplicationPayload)
    assert_type(await receiver.receive(b"{}", {}), sr.ReceiveOutcome)
    sr.KeySet([sr.ActivationToken("x")])  # type: ignore[list-item]
