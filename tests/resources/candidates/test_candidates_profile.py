"""``client.candidates``: list, create, get, update (read-modify-write), delete, CV parsing."""

import datetime as dt
from collections.abc import AsyncIterator
from pathlib import Path
from urllib.parse import parse_qs

import attrs
import pytest

import smartrecruiters_async as sr
from smartrecruiters_async.models import (
    AttachmentType,
    Candidate,
    CandidateDetails,
    CandidateStatus,
    PersonalDetails,
)
from smartrecruiters_async.testing import FakeSmartRecruiters, Fault

from .conftest import SEEDED, new_candidate

CV = b"Grace Hopper\ngrace.hopper@example.com\n+1 555 0100 99\nCompilers, COBOL.\n"


async def test_list_yields_every_candidate_once_through_the_cursor(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters
) -> None:
    ids = [c.id async for c in client.candidates.list(limit=7)]
    assert ids == [c["id"] for c in server.data.candidates]
    assert len(ids) == SEEDED
    assert server.stats.count("candidates.all") == 5
    assert server.stats.max_in_flight["candidates_list"] == 1
    assert server.stats.throttled == 0


async def test_first_page_carries_the_cursor(client: sr.SmartRecruiters) -> None:
    page = await client.candidates.list(limit=10)
    assert len(page) == 10
    assert all(isinstance(c, Candidate) for c in page)
    assert page.next_page_id is not None
    rest = [c.id async for c in client.candidates.list(limit=10, page_id=page.next_page_id)]
    assert len(rest) == SEEDED - 10


async def test_filters_reach_the_server_with_wire_names_and_filter(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters
) -> None:
    hired = [
        c
        async for c in client.candidates.list(
            statuses=[CandidateStatus.HIRED, "OFFERED"],
            job_ids=["job-1001", "job-1002", "job-1003", "job-1004", "job-1005"],
            updated_after=dt.datetime(2000, 1, 1, tzinfo=dt.UTC),
            tags=["python", "referral", "remote-ok", "silver-medalist"],
            consent_statuses="ACQUIRED",
            q="",
        )
    ]
    assert hired
    for candidate in hired:
        assignments = [candidate.primary_assignment, *(candidate.secondary_assignments or [])]
        assert {a.status for a in assignments if a} & {
            CandidateStatus.HIRED,
            CandidateStatus.OFFERED,
        }
    query = parse_qs(server.requests[-1].query)
    assert query["status"] == ["HIRED", "OFFERED"]
    assert query["consentStatus"] == ["ACQUIRED"]
    assert query["updatedAfter"] == ["2000-01-01T00:00:00.000+0000"]
    assert len(query["jobId"]) == 5


async def test_create_then_get_then_listed(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters
) -> None:
    created = await client.candidates.create(
        new_candidate(tags=["python"], phone_number="+48 600 000 000")
    )
    assert isinstance(created, CandidateDetails)
    fetched = await client.candidates.get(created.id)
    assert (fetched.first_name, fetched.email, fetched.tags) == (
        "Ada",
        "ada@example.com",
        ["python"],
    )
    assert fetched.primary_assignment is None
    ids = [c.id async for c in client.candidates.list()]
    assert ids[-1] == created.id
    assert len(ids) == SEEDED + 1


async def test_create_is_validated_by_the_server_with_the_documented_error_body(
    client: sr.SmartRecruiters,
) -> None:
    with pytest.raises(sr.BadRequestError) as caught:
        await client.candidates.create(new_candidate(email="not-an-address"))
    assert caught.value.errors[0]["code"] == "INVALID_VALUE"
    with pytest.raises(sr.BadRequestError) as missing:
        await client.request("POST", "/candidates", json={"email": "a@b.c"})
    assert {e["code"] for e in missing.value.errors} == {"REQUIRED_FIELD"}
    assert len(missing.value.errors) == 2


async def test_create_for_job_applies_to_it(client: sr.SmartRecruiters) -> None:
    created = await client.candidates.create_for_job("job-77", new_candidate())
    assert created.primary_assignment is not None
    assert created.primary_assignment.job is not None
    assert created.primary_assignment.job.id == "job-77"
    application = await client.candidates.get_application(created.id, "job-77")
    assert application.status is CandidateStatus.NEW


# A personal detail no schema lists: what the API may add one day. The fake serves the schema's
# names only, so the test stores it on the server's candidate itself.
FUTURE_FIELD = {"futurePersonalDetail": {"kept": True}}


async def test_read_modify_write_keeps_fields_the_sdk_does_not_declare(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters
) -> None:
    seeded_id = server.data.candidates[0]["id"]
    await client.candidates.get(seeded_id)  # the store is built on first use
    server.data.candidates[0].update(FUTURE_FIELD)
    before = await client.candidates.get(seeded_id)
    assert before.extra_fields == FUTURE_FIELD
    changed = attrs.evolve(before, phone_number="+44 20 7946 0000")
    after = await client.candidates.update(seeded_id, changed)
    assert after.phone_number == "+44 20 7946 0000"
    again = await client.candidates.get(seeded_id)
    assert again.extra_fields == FUTURE_FIELD
    assert again.web == before.web
    assert again.location == before.location
    assert again.first_name == before.first_name


async def test_update_replaces_personal_details_so_dropped_fields_are_lost(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters
) -> None:
    # The counter-test of the one above: the fake really replaces, so keeping matters.
    seeded_id = server.data.candidates[1]["id"]
    await client.candidates.get(seeded_id)
    server.data.candidates[1].update(FUTURE_FIELD)
    await client.candidates.update(seeded_id, PersonalDetails(first_name="Renamed"))
    after = await client.candidates.get(seeded_id)
    assert after.first_name == "Renamed"
    assert after.extra_fields == {}
    assert after.web is None


async def test_delete_then_get_is_404_and_not_listed(client: sr.SmartRecruiters) -> None:
    created = await client.candidates.create(new_candidate())
    await client.candidates.delete(created.id)
    with pytest.raises(sr.NotFoundError):
        await client.candidates.get(created.id)
    with pytest.raises(sr.NotFoundError):
        await client.candidates.delete(created.id)
    assert created.id not in [c.id async for c in client.candidates.list()]


async def _chunks(data: bytes) -> AsyncIterator[bytes]:
    for i in range(0, len(data), 10):
        yield data[i : i + 10]


async def test_create_from_resume_accepts_a_path_bytes_and_a_stream(
    client: sr.SmartRecruiters, tmp_path: Path
) -> None:
    path = tmp_path / "grace.txt"
    path.write_bytes(CV)
    for file in (path, CV, _chunks(CV), sr.Upload(data=CV, filename="cv.txt")):
        created = await client.candidates.create_from_resume(
            file, source_type_id="OTHER", source_id="cv-upload", internal=True
        )
        fetched = await client.candidates.get(created.id)
        assert (fetched.first_name, fetched.last_name) == ("Grace", "Hopper")
        assert fetched.email == "grace.hopper@example.com"
        assert fetched.internal is True
        files = await client.candidates.attachments(created.id)
        assert [a.type for a in files.content] == [AttachmentType.RESUME.value]


async def test_create_from_resume_for_job_applies(client: sr.SmartRecruiters) -> None:
    created = await client.candidates.create_from_resume_for_job("job-9", CV)
    application = await client.candidates.get_application(created.id, "job-9")
    assert application.status is CandidateStatus.NEW


async def test_parse_resume_stores_nothing(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters
) -> None:
    parsed = await client.candidates.parse_resume(CV)
    assert (parsed.first_name, parsed.email) == ("Grace", "grace.hopper@example.com")
    assert len(server.data.candidates) == SEEDED


async def test_an_unreadable_resume_is_a_400(client: sr.SmartRecruiters) -> None:
    with pytest.raises(sr.BadRequestError) as caught:
        await client.candidates.create_from_resume(b"\x00\x01 nothing here")
    assert caught.value.errors[0]["code"] == "RESUME_NOT_PARSED"


async def test_parsing_is_replayed_from_bytes_but_a_stream_is_never_sent_twice(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters
) -> None:
    server.faults.add(Fault.server_error(503, operation_id="candidates.resume.parse"))
    parsed = await client.candidates.parse_resume(CV)
    assert parsed.last_name == "Hopper"
    assert server.stats.count("candidates.resume.parse") == 2
    server.faults.add(Fault.server_error(503, operation_id="candidates.resume.parse"))
    with pytest.raises(sr.ServerError):
        await client.candidates.parse_resume(_chunks(CV))
    assert server.stats.count("candidates.resume.parse") == 3
