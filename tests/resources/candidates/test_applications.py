"""``client.applications`` (Application API and candidate-status API) and
``client.job_applications`` (Job Applications API) against the fake server."""

import base64
from urllib.parse import parse_qs

import pytest

import smartrecruiters_async as sr
from smartrecruiters_async.models import (
    ApplicationStatus,
    ApplyAnswer,
    ApplyAnswerRecord,
    ApplyFile,
    ApplyRequest,
    ApplyWeb,
    AttachmentType,
    CandidateStatus,
    ScreeningAnswerType,
)
from smartrecruiters_async.testing import FakeSmartRecruiters
from smartrecruiters_async.testing.candidate_store import candidate_store

from .conftest import new_candidate

PERMIT = ApplyAnswer(
    id="work-permit", records=[ApplyAnswerRecord(fields={"work-permit-answer": ["yes"]})]
)


def _posting(server: FakeSmartRecruiters) -> tuple[str, str]:
    posting = server.data.postings[0]
    return posting["uuid"], posting["id"]


def _application_id(server: FakeSmartRecruiters, candidate_id: str, job_id: str) -> str:
    # No SDK answer carries an application's own id: the API delivers it with the application
    # webhooks (application_id), so the test reads it from the fake server's state.
    app = candidate_store(server.data).application(candidate_id, job_id)
    assert app is not None
    return str(app["id"])


def _application(**overrides: object) -> ApplyRequest:
    fields: dict[str, object] = {
        "first_name": "Alan",
        "last_name": "Turing",
        "email": "alan@example.com",
        "answers": [PERMIT],
        "consent": True,
    }
    fields.update(overrides)
    return ApplyRequest(**fields)  # type: ignore[arg-type]


async def test_configuration_lists_questions_and_policies(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters
) -> None:
    posting_uuid, _ = _posting(server)
    config = await client.applications.configuration(
        posting_uuid, accept_language="de", conditionals_included=True
    )
    assert [q.id for q in config.questions] == ["work-permit", "start-date"]
    assert config.questions[0].fields[0].required is True
    assert [v.id for v in config.questions[0].fields[0].values] == ["yes", "no"]
    assert config.privacy_policies[0].url is not None
    sent = server.requests[-1]
    assert sent.headers["Accept-Language"] == "de"
    assert parse_qs(sent.query) == {"conditionalsIncluded": ["true"]}


async def test_the_fake_reads_the_configuration_query_as_declared(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters
) -> None:
    posting_uuid, _ = _posting(server)
    path = f"/postings/{posting_uuid}/configuration"
    assert await client.request("GET", path, params={"conditionalsIncluded": "false"})
    for query in ({"conditionalsIncluded": "maybe"}, {"conditionals_included": "true"}):
        with pytest.raises(sr.BadRequestError) as refused:
            await client.request("GET", path, params=query)
        assert refused.value.body.code == "INVALID_PARAMETER"


async def test_apply_creates_the_candidate_the_application_and_the_answers(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters
) -> None:
    posting_uuid, job_id = _posting(server)
    resume = ApplyFile.of("cv.pdf", b"%PDF-1.4 Alan Turing", "application/pdf")
    applied = await client.applications.apply(
        posting_uuid,
        _application(
            resume=resume,
            create_join_link=True,
            web=ApplyWeb(linked_in="https://www.linkedin.com/in/alan"),
        ),
    )
    assert applied.smartr_join_url is not None
    assert applied.id is not None
    candidate = await client.candidates.get(applied.id)
    assert (candidate.first_name, candidate.email) == ("Alan", "alan@example.com")
    # The apply API's web.linkedIn is the profile's web.linkedin.
    assert candidate.web is not None
    assert candidate.web.linkedin == "https://www.linkedin.com/in/alan"
    status = await client.applications.status(posting_uuid, applied.id)
    assert status.status is ApplicationStatus.NEW
    answers = await client.candidates.screening_answers(applied.id, job_id)
    assert answers.total_found == 1
    assert [(a.id, a.type) for a in answers.content] == [
        ("work-permit", ScreeningAnswerType.SELECT)
    ]
    assert answers.content[0].records[0].fields[0].values[0].id == "yes"
    files = await client.candidates.attachments(applied.id, job_id=job_id)
    assert [(f.name, f.type) for f in files.content] == [("cv.pdf", AttachmentType.RESUME.value)]
    async with client.candidates.download_attachment(files.content[0].id) as download:
        assert await download.read() == b"%PDF-1.4 Alan Turing"


async def test_status_follows_status_changes_also_by_application_id(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters
) -> None:
    posting_uuid, job_id = _posting(server)
    applied = await client.applications.apply(posting_uuid, _application())
    assert applied.id is not None
    await client.candidates.update_status(applied.id, CandidateStatus.INTERVIEW, job_id=job_id)
    status = await client.applications.status(posting_uuid, applied.id)
    assert status.status is ApplicationStatus.INTERVIEW
    application_id = _application_id(server, applied.id, job_id)
    by_id = await client.applications.status_by_id(application_id)
    assert by_id.status is ApplicationStatus.INTERVIEW
    # The candidate-facing status is coarser: OFFERED and HIRED read OFFER and HIRE.
    await client.candidates.update_status(applied.id, CandidateStatus.HIRED, job_id=job_id)
    hired = await client.applications.status(posting_uuid, applied.id)
    assert hired.status is ApplicationStatus.HIRE


async def test_apply_errors_come_in_the_apply_shape(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters
) -> None:
    posting_uuid, _ = _posting(server)
    with pytest.raises(sr.BadRequestError) as missing_answer:
        await client.applications.apply(posting_uuid, _application(answers=None))
    assert missing_answer.value.body.code == "INVALID_ANSWER"
    assert missing_answer.value.body.id is not None
    wrong = ApplyAnswer(
        id="work-permit", records=[ApplyAnswerRecord(fields={"work-permit-answer": ["maybe"]})]
    )
    with pytest.raises(sr.BadRequestError, match="INVALID_ANSWER"):
        await client.applications.apply(posting_uuid, _application(answers=[wrong]))
    with pytest.raises(sr.BadRequestError) as bad_email:
        await client.applications.apply(posting_uuid, _application(email="nope"))
    assert bad_email.value.body.code == "INVALID_VALUE"
    bad_file = ApplyFile(file_name="cv.pdf", mime_type="application/pdf", file_content="%%%")
    with pytest.raises(sr.BadRequestError) as bad_resume:
        await client.applications.apply(posting_uuid, _application(resume=bad_file))
    assert bad_resume.value.body.code == "INVALID_FILE"
    with pytest.raises(sr.NotFoundError) as unknown:
        await client.applications.apply("no-such-posting", _application())
    assert unknown.value.body.code == "POSTING_NOT_FOUND"
    with pytest.raises(sr.NotFoundError):
        await client.applications.status(posting_uuid, "nobody")
    with pytest.raises(sr.NotFoundError):
        await client.applications.status_by_id("no-such-application")


def test_apply_file_is_base64() -> None:
    file = ApplyFile.of("a.txt", b"hello", "text/plain")
    assert base64.b64decode(file.file_content) == b"hello"


async def test_job_application_get_consent_and_delete(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters
) -> None:
    created = await client.candidates.create_for_job("job-5", new_candidate())
    assert created.id is not None
    application_id = _application_id(server, created.id, "job-5")
    found = await client.job_applications.get(application_id)
    assert (found.profile_id, found.job_id, found.status) == (
        created.id,
        "job-5",
        CandidateStatus.NEW,
    )
    assert found.create_date is not None
    assert found.source_identifier == "api"
    assert (await client.job_applications.consents(application_id)).decisions == []
    await client.job_applications.request_consent(application_id)
    consents = await client.job_applications.consents(application_id)
    assert consents.recent_pending_request_created_on is not None
    await client.job_applications.delete(application_id)
    with pytest.raises(sr.NotFoundError):
        await client.job_applications.get(application_id)
    with pytest.raises(sr.NotFoundError):
        await client.candidates.get_application(created.id, "job-5")
    assert (await client.candidates.get(created.id)).id == created.id
    with pytest.raises(sr.NotFoundError):
        await client.job_applications.request_consent(application_id)
