"""Bad arguments are refused before any request, in every family: one row per case.

A row is a call on the client, the error it raises and the text that error must hold (``None``:
any text). The server must have seen no request at all afterwards.
"""

import datetime as dt
import inspect
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import pytest

import smartrecruiters_async as sr
from smartrecruiters_async.models import ApplyFile, JobStatus, NewJobPropertyDefinition
from smartrecruiters_async.testing import FakeSmartRecruiters

from .candidates.conftest import new_candidate
from .candidates.test_applications import _application
from .test_interviews import new_interview
from .test_jobs import new_job
from .test_users import GROUP

# Every analytics call warns; the warning itself is asserted in test_analytics.
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

V, T, VT = ValueError, TypeError, (ValueError, TypeError)
NAIVE, DAY = dt.datetime(2024, 1, 1), dt.date(2025, 3, 1)
UUID = "00000000-0000-4000-8000-000000000000"
MISSING = Path("/no/such/directory/missing.pdf")
Call = Callable[[Any], Any]

CASES: list[tuple[Call, type[Exception] | tuple[type[Exception], ...], str | None]] = [
    # -- postings
    (lambda c: c.postings.list("acme", limit=101), VT, None),
    (lambda c: c.postings.list("acme", limit=0), VT, None),
    (lambda c: c.postings.list("acme", limit=-1), VT, None),
    (lambda c: c.postings.list("acme", offset=-1), VT, None),
    (lambda c: c.postings.list("", limit=10), VT, None),
    (lambda c: c.postings.list("acme", released_after=dt.datetime(2020, 1, 1)), VT, None),
    (lambda c: c.postings.list("acme", custom_fields={"f": []}), VT, None),
    (lambda c: c.postings.list("acme", location_type="MOON"), VT, None),
    (lambda c: c.postings.list("acme", destination="EVERYWHERE"), VT, None),
    (lambda c: c.postings.list("acme", language=[""]), VT, None),
    (lambda c: c.postings.list("acme", max_items=-3), VT, None),
    # -- jobs: targetHiringDate is a date-time, so a bare date (which would lose the time) and a
    # naive datetime (which would lose the zone) are refused.
    (lambda c: c.jobs.list(statuses="OPEN"), V, "statuses must be one of"),
    (lambda c: c.jobs.list(statuses=[JobStatus.SOURCING, JobStatus.OTHER]), V, "only reports"),
    (lambda c: c.jobs.list(limit=101), V, "limit"),
    (lambda c: c.jobs.list(updated_after=NAIVE), V, "timezone-aware"),
    (
        lambda c: c.jobs.create(new_job(target_hiring_date=DAY)),
        T,
        "target_hiring_date must be a datetime",
    ),
    (lambda c: c.jobs.create(new_job(target_hiring_date=NAIVE)), V, "timezone-aware"),
    # -- users
    (lambda c: c.users.list(updated_after=NAIVE), V, "timezone-aware"),
    (lambda c: c.users.list(limit=101), V, "between 1 and 100"),
    (lambda c: c.users.create({"email": "x"}), T, None),
    (lambda c: c.users.get(""), V, "non-empty"),
    (lambda c: c.users.update("someone", sr.JsonPatch()), V, "empty"),
    (lambda c: c.users.update("someone", [{"op": "remove", "path": "/x"}]), T, None),
    (lambda c: c.users.assign_to_access_group(GROUP, []), V, "got 0"),
    (lambda c: c.users.assign_to_access_group(GROUP, ["x"] * 5001), V, "got 5001"),
    (lambda c: c.users.assign_to_access_group(GROUP, "one-id"), T, None),
    # -- interviews
    (
        lambda c: c.interviews.create(attrs.evolve(new_interview(), timeslots=[])),
        V,
        "at least one timeslot",
    ),
    (lambda c: c.interviews.create({"jobId": "job-1"}), T, None),
    (lambda c: c.interviews.update("i", {"location": "x"}), T, None),
    (lambda c: c.interviews.get(""), V, "non-empty"),
    (lambda c: c.interviews.list(" "), V, "non-empty"),
    (lambda c: c.interviews.get_timeslot("i", ""), V, "non-empty"),
    # -- messages
    (lambda c: c.messages.list(""), V, "non-empty"),
    (lambda c: c.messages.list("c", limit=0), V, "between 1 and 100"),
    (lambda c: c.messages.share({"content": "x"}), T, None),
    (lambda c: c.messages.delete(""), V, "non-empty"),
    # -- reports
    (lambda c: c.reports.get(""), V, "non-empty"),
    (lambda c: c.reports.generate(" "), V, "non-empty"),
    (lambda c: c.reports.generate("rep-0001", poll_interval=0), V, "poll_interval"),
    (lambda c: c.reports.generate("rep-0001", timeout=-1), V, "timeout"),
    (lambda c: c.reports.list(limit=0), V, "limit"),
    (lambda c: c.reports.files(""), V, "non-empty"),
    (lambda c: c.reports.rows("rep-0001", file_id=""), V, "file_id"),
    (lambda c: c.reports.download("", "x.csv"), V, "report_id"),
    # -- analytics
    (lambda c: c.analytics.rows("offers"), V, "endpoint must be one of"),
    (lambda c: c.analytics.rows("job-fields", date_format="yyyy"), V, "takes no date_format"),
    (lambda c: c.analytics.json("jobs", date_format=" "), V, "non-empty date pattern"),
    (lambda c: c.analytics.download("jobs", MISSING, format="xml"), V, "format must be"),
    # -- configuration
    (lambda c: c.configuration.hiring_processes.get(""), V, "non-empty"),
    (lambda c: c.configuration.career_sites.get("  "), V, "non-empty"),
    (lambda c: c.configuration.departments.get(""), V, "non-empty"),
    (lambda c: c.configuration.access_groups.delete(""), V, "non-empty"),
    (lambda c: c.configuration.sources.values("JOB_BOARDS", limit=101), V, "limit"),
    (lambda c: c.configuration.sources.values("JOB_BOARDS", offset=-1), V, "offset"),
    (lambda c: c.configuration.sources.values(""), V, "source_type"),
    (lambda c: c.configuration.sources.values("JOB_BOARDS", sub_type=""), V, "sub_type"),
    (
        lambda c: c.configuration.job_properties.create(
            NewJobPropertyDefinition(label="Level", category="team", visible=True)
        ),
        V,
        "job, organization",
    ),
    # -- candidates
    (lambda c: c.candidates.list(limit=0), VT, None),
    (lambda c: c.candidates.list(limit=101), VT, None),
    (lambda c: c.candidates.list(statuses="SLEEPING"), VT, None),
    (lambda c: c.candidates.list(consent_statuses=["MAYBE"]), VT, None),
    (lambda c: c.candidates.list(onboarding_status="DONE"), VT, None),
    (lambda c: c.candidates.list(updated_after=dt.datetime(2020, 1, 1)), VT, None),
    (lambda c: c.candidates.list(tags=[""]), VT, None),
    (lambda c: c.candidates.list(average_ratings=[7]), VT, None),
    (lambda c: c.candidates.create(new_candidate(first_name=" ")), V, "first_name"),
    (lambda c: c.candidates.create({"firstName": "x"}), T, None),
    (lambda c: c.candidates.update("c-1", {"firstName": "x"}), T, None),
    (lambda c: c.candidates.get(""), V, "candidate_id"),
    (lambda c: c.candidates.delete("  "), V, "candidate_id"),
    (lambda c: c.candidates.create_from_resume(MISSING), V, "not a readable file"),
    (lambda c: c.candidates.parse_resume(123), T, None),
    (lambda c: c.candidates.update_status("c-1", "SLEEPING"), V, "status must be one of"),
    (lambda c: c.candidates.update_status("c-1", "HIRED", starts_on=NAIVE), V, "timezone"),
    (lambda c: c.candidates.request_consents([]), V, "1 to 100"),
    (lambda c: c.candidates.request_consents([f"c{i}" for i in range(101)]), V, "1 to 100"),
    (lambda c: c.candidates.request_consents(["ok", ""]), V, "non-empty"),
    (
        lambda c: c.candidates.add_attachment("c-1", b"x", attachment_type="PHOTO"),
        V,
        "attachment_type must be one of",
    ),
    (lambda c: c.candidates.add_attachment("c-1", 42), T, None),
    (lambda c: c.candidates.download_attachment(""), V, "attachment_id"),
    (lambda c: c.candidates.add_tags("c-1", []), V, "tags must not be empty"),
    (lambda c: c.candidates.replace_tags("c-1", ["ok", ""]), V, "non-empty"),
    # -- applications and job applications
    (lambda c: c.applications.apply(UUID, _application(last_name="")), V, "last_name"),
    (lambda c: c.applications.apply(UUID, new_candidate()), T, None),
    (lambda c: c.applications.configuration(""), V, "posting_uuid"),
    (lambda c: ApplyFile.of("empty.txt", b""), V, "content"),
    (lambda c: c.job_applications.get(""), V, "job_application_id"),
]


async def _run(call: Call, client: sr.SmartRecruiters) -> None:
    result = call(client)  # a paginator checks its arguments here, a coroutine when awaited
    if inspect.isawaitable(result):
        await result


@pytest.mark.parametrize(("call", "error", "match"), CASES)
async def test_bad_input_is_refused_before_any_request(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters, call: Call, error: Any, match: Any
) -> None:
    with pytest.raises(error, match=match):
        await _run(call, client)
    assert not server.requests
