"""The Candidate, Application (apply + candidate-status) and Job Applications groups against
bodies and names we did not write: the official examples, the 2024/2017 schemas, and the fake
server held to the same schema (issue 16)."""

from __future__ import annotations

import datetime as dt
import enum
import json
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any
from urllib.parse import parse_qs

import attrs
import pytest

import smartrecruiters_async as sr
from smartrecruiters_async._converter import wire_name
from smartrecruiters_async.models import applications as apply_models
from smartrecruiters_async.models import candidates as cm
from smartrecruiters_async.models import job_applications as ja
from smartrecruiters_async.testing import FakeSmartRecruiters
from smartrecruiters_async.testing.candidate_store import candidate_store
from smartrecruiters_async.testing.pytest_plugin import FakeServerFactory

from .example_check import (
    SCHEMA,
    assert_decodes,
    assert_round_trip,
    decode,
    load_example,
    over_http,
    schema_names,
    unmodelled_keys,
)

Call = Callable[[sr.SmartRecruiters], Awaitable[Any]]

NEW = cm.CandidateInput(first_name="Ada", last_name="Lovelace", email="ada@example.com")
APPLY = apply_models.ApplyRequest(first_name="Ada", last_name="Lovelace", email="ada@example.com")

# -- 1. every example of these groups that maps to an SDK operation ---------------------------

EXAMPLES: list[tuple[str, type[Any], Call]] = [
    ("candidates/create.json", cm.CandidateDetails, lambda c: c.candidates.create(NEW)),
    ("candidates/retrieve.json", cm.CandidateDetails, lambda c: c.candidates.get("c1")),
    (
        "candidates/update.json",
        cm.CandidateDetails,
        lambda c: c.candidates.update("c1", cm.PersonalDetails(first_name="Updated")),
    ),
    (
        "candidates/retrieve_application.json",
        cm.Application,
        lambda c: c.candidates.get_application("c1", "j1"),
    ),
    (
        "candidates/retrieve_application_attachments.json",
        cm.CandidateAttachments,
        lambda c: c.candidates.attachments("c1", job_id="j1"),
    ),
    (
        "candidates/retrieve_consent.json",
        cm.CandidateConsentStatus,
        lambda c: c.candidates.consent_status("c1"),
    ),
    (
        "candidates/retrieve_consents.json",
        cm.CandidateConsentDecisions,
        lambda c: c.candidates.consent_decisions("c1"),
    ),
    (
        "candidates/retrieve_status_history.json",
        cm.CandidateStatusHistory,
        lambda c: c.candidates.status_history("c1", job_id="j1"),
    ),
    (
        "postings/create_candidate.json",
        apply_models.ApplyResponse,
        lambda c: c.applications.apply("p1", APPLY),
    ),
    (
        "postings/retrieve_candidate_status.json",
        apply_models.ApplicationStatusInfo,
        lambda c: c.applications.status("p1", "c1"),
    ),
    (
        "postings/retrieve_configuration.json",
        apply_models.ApplyConfiguration,
        lambda c: c.applications.configuration("p1"),
    ),
]


@pytest.mark.parametrize(("name", "model", "call"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
async def test_an_example_decodes_round_trips_and_decodes_over_http(
    name: str, model: type[Any], call: Call
) -> None:
    body = load_example(name)
    decoded = assert_decodes(body, model)
    assert_round_trip(body, model)
    assert await over_http(body, call) == decoded


def test_the_source_of_an_assignment_is_the_text_the_api_sends() -> None:
    details = decode(load_example("candidates/retrieve.json"), cm.CandidateDetails)
    assert details.primary_assignment is not None
    assert details.primary_assignment.source == "string"
    assert [a.source for a in details.secondary_assignments] == ["string"]
    application = decode(load_example("candidates/retrieve_application.json"), cm.Application)
    assert application.source == "string"


async def _all(paginator: Any) -> list[Any]:
    return [item async for item in paginator]


async def test_the_list_example_decodes_item_by_item_and_over_http() -> None:
    body = load_example("candidates/list.json")
    items = [assert_decodes(item, cm.Candidate) for item in body["content"]]
    for item in body["content"]:
        assert_round_trip(item, cm.Candidate)
    assert items[0].consent == cm.CandidateConsent(status=cm.ConsentStatus.REQUIRED)
    assert items[0].tags == ["string"]
    # nextPageId is "string": the paginator would follow it, so read only the first page.
    page = await over_http(body, lambda c: c.candidates.list(limit=10))
    assert list(page) == items
    assert page.next_page_id == "string"


async def test_the_delete_example_is_an_empty_answer() -> None:
    body = load_example("candidates/delete.json")
    assert body == {}
    assert await over_http(body, lambda c: c.candidates.delete("c1")) is None


# -- 2. the models declare only the schema's wire names ---------------------------------------

SCHEMA_MODELS: dict[type[Any], tuple[str, ...]] = {
    # Candidate API responses
    cm.Candidate: ("Candidate",),
    cm.CandidateDetails: ("CandidateDetails",),
    cm.CandidateLocation: ("CandidateLocation",),
    cm.CandidateWeb: ("WebProfile",),
    cm.Education: ("Education",),
    cm.Experience: ("Experience",),
    cm.Assignment: ("AllOfCandidateDetailsPrimaryAssignment", "CandidatePrimaryAssignment"),
    cm.AssignmentJob: ("CandidatePrimaryAssignmentJob",),
    cm.Application: ("Application",),
    cm.StatusChange: ("CandidateStatusHistoryListElem",),
    cm.CandidateStatusHistory: ("CandidateStatusHistoryList",),
    cm.OnboardingStatus: ("OnboardingStatus",),
    cm.CandidateAttachment: ("CandidateAttachmentForJob",),
    cm.CandidateAttachments: ("Attachments", "CandidateAttachmentsForJob"),
    cm.CandidateConsent: ("CandidateConsent",),
    cm.CandidateConsentStatus: ("CandidateConsentStatus",),
    cm.ConsentDecision: ("ConsentDecision",),
    cm.CandidateConsentDecisions: ("CandidateConsentDecisions",),
    cm.ConsentRequestResult: ("ConsentRequestScheduled", "ConsentRequestUnavailable"),
    cm.ConsentRequestResultBody: ("ConsentRequestScheduledBody",),
    cm.ConsentRequestsResults: ("ConsentRequestsResults",),
    cm.CandidateTags: ("CandidateTags",),
    cm.CandidateProperty: ("CandidateProperty",),
    cm.CandidateProperties: ("CandidateProperties",),
    cm.AnswerFieldValue: ("AnswerFieldValue",),
    cm.AnswerField: ("AnswerField",),
    cm.AnswerRecord: ("AnswerRecord",),
    cm.ScreeningAnswer: ("ScreeningAnswer",),
    cm.ScreeningAnswers: ("ScreeningAnswers",),
    # No schema describes POST /candidates/cv/parse (api-catalogue 9.4: "parsed data"): the
    # SDK reads it with CandidateDetails' names, so those are the names it may use.
    cm.ParsedResume: ("CandidateDetails",),
    # Candidate API requests
    cm.CandidateInput: ("CandidateInput",),
    cm.PersonalDetails: ("PersonalDetails",),
    cm.SourceDetails: ("SourceDetails", "CandidateSource"),
    cm.CandidateSource: ("CandidateSource",),
    cm.CandidateStatusUpdate: ("CandidateStatus",),
    cm.OnboardingStatusUpdate: ("OnboardingStatus",),
    cm.TagsInput: ("CandidateTags",),
    cm.PropertyValueInput: ("CandidatePropertyInputValue",),
    cm.PropertyValueItem: ("CandidatePropertyValue",),
    cm.ConsentRequest: ("ConsentRequest",),
    # Application API
    apply_models.ApplyResponse: ("ApplyApiResponse",),
    apply_models.ApplyConfiguration: ("ApplyConfiguration",),
    apply_models.ApplySettings: ("ApplySettings",),
    apply_models.ScreeningQuestion: ("ScreeningQuestion",),
    apply_models.QuestionField: ("ScreeningQuestionField",),
    apply_models.PrivacyPolicy: ("PrivacyPolicy",),
    apply_models.ApplicationStatusInfo: ("ApplicationStatusInfo",),
    apply_models.ApplyRequest: ("ApplyApiRequest",),
    apply_models.ApplyWeb: ("Web",),
    apply_models.ApplyFile: ("Attachment",),
    apply_models.ApplyAnswer: ("ScreeningQuestionAnswer",),
    apply_models.ApplyAnswerRecord: (),
    # Job Applications API
    ja.JobApplication: ("JobApplication",),
}

ALLOWED: dict[tuple[type[Any], str], str] = {
    # An item of ScreeningQuestionAnswer.records: an inline object the 2024 client has no model
    # for (its records are untyped). Its one key, a map of field id to the values given, is the
    # shape of the apply API's answers as applications send them; no schema names it.
    (apply_models.ApplyAnswerRecord, "fields"): "apply API answer record (inline, unnamed)",
}


def _wire_names(model: type[Any]) -> set[str]:
    return {wire_name(f) for f in attrs.fields(model) if f.name != "extra_fields"}


@pytest.mark.parametrize("model", list(SCHEMA_MODELS), ids=lambda m: m.__name__)
def test_a_model_declares_only_wire_names_the_schema_has(model: type[Any]) -> None:
    known: set[str] = set()
    for name in SCHEMA_MODELS[model]:
        known |= schema_names(name)
    allowed = {key for (owner, key) in ALLOWED if owner is model}
    assert _wire_names(model) - known - allowed == set()


def test_every_model_of_these_groups_is_checked() -> None:
    modules = (cm, apply_models, ja)
    declared = {
        getattr(module, name)
        for module in modules
        for name in module.__all__
        if attrs.has(getattr(module, name))
    }
    assert declared == set(SCHEMA_MODELS)


def _schema_enum(model: str, field: str) -> set[str]:
    shapes = json.loads((SCHEMA / "recruitifi-shapes.json").read_text())
    return set(shapes["models"][model]["enums"][field])


def _schema_enum_type(name: str) -> set[str]:
    shapes = json.loads((SCHEMA / "recruitifi-shapes.json").read_text())
    return set(shapes["enum_types"][name])


ENUMS: list[tuple[type[enum.Enum], set[str]]] = [
    (cm.CandidateStatus, _schema_enum_type("CandidateStatusEnum")),
    (cm.CandidateStatus, _schema_enum_type("JobApplicationStatus")),
    (cm.OnboardingState, _schema_enum("OnboardingStatus", "onboardingStatus")),
    (cm.ConsentStatus, _schema_enum_type("ConsentStatus")),
    (cm.ConsentDecisionStatus, _schema_enum_type("ConsentDecisionStatus")),
    (cm.ConsentScope, _schema_enum_type("ConsentScope")),
    (cm.AttachmentType, _schema_enum("IdAttachmentsBody", "attachmentType")),
    (cm.ScreeningAnswerType, _schema_enum("ScreeningAnswer", "type")),
    (apply_models.ApplicationStatus, _schema_enum("ApplicationStatusInfo", "status")),
    (apply_models.QuestionFieldType, _schema_enum("ScreeningQuestionField", "type")),
    (apply_models.ComplianceType, _schema_enum("ScreeningQuestionField", "complianceType")),
]


@pytest.mark.parametrize(("enum_type", "values"), ENUMS, ids=lambda e: getattr(e, "__name__", ""))
def test_an_enum_has_the_schema_values(enum_type: type[enum.Enum], values: set[str]) -> None:
    assert {member.value for member in enum_type} == values


# -- 3. the fake server speaks the schema -----------------------------------------------------


@pytest.fixture
async def fake(fake_smartrecruiters_factory: FakeServerFactory) -> FakeSmartRecruiters:
    return await fake_smartrecruiters_factory(postings=3, candidates=12)


@pytest.fixture
async def client(fake: FakeSmartRecruiters) -> AsyncIterator[sr.SmartRecruiters]:
    async with sr.SmartRecruiters(
        "test-key",
        base_url=fake.url,
        governor=sr.LocalGovernor(sr.Policies(rates={"default": 1000.0})),
    ) as c:
        yield c


def _schema_only(obj: Any) -> None:
    # Drift would already have raised: pytest turns every SchemaDriftWarning into an error.
    assert unmodelled_keys(obj) == []


async def test_the_fake_candidate_bodies_decode_with_no_drift(
    client: sr.SmartRecruiters, fake: FakeSmartRecruiters
) -> None:
    listed = await _all(client.candidates.list(limit=5))
    for candidate in listed:
        _schema_only(candidate)
    assert any(c.primary_assignment for c in listed)
    assert all(c.consent is not None for c in listed)
    created = await client.candidates.create_for_job(
        "job-1",
        cm.CandidateInput(
            first_name="Ada",
            last_name="Lovelace",
            email="ada@example.com",
            phone_number="+44 20 7946 0000",
            location=cm.CandidateLocation(country="United Kingdom", city="London", lat=51.5),
            web=cm.CandidateWeb(linkedin="https://www.linkedin.com/in/ada"),
            tags=["math"],
            education=[cm.Education(institution="Home", degree="None", start_date="1830")],
            experience=[cm.Experience(title="Analyst", company="Babbage & Co", current=True)],
            source_details=cm.SourceDetails(source_type_id="JOB_BOARD", source_id="linkedin"),
        ),
    )
    assert created.id is not None
    candidate_id = created.id
    # A second application, so the candidate has a secondary assignment too.
    candidate_store(fake.data).add_application(candidate_id, "job-2", status="IN_REVIEW")
    await client.candidates.update_status(candidate_id, "REJECTED", job_id="job-1", reason="r1")
    details = await client.candidates.get(candidate_id)
    _schema_only(details)
    assert details.primary_assignment is not None
    assert details.primary_assignment.source == "LinkedIn"
    assert details.primary_assignment.reason_of_rejection is not None
    assert len(details.secondary_assignments) == 1
    listed_again = await _all(client.candidates.list(q="Lovelace"))
    assert [c.id for c in listed_again] == [candidate_id]
    _schema_only(listed_again[0])
    updated = await client.candidates.update(candidate_id, details)
    _schema_only(updated)
    application = await client.candidates.get_application(candidate_id, "job-1")
    _schema_only(application)
    history = await client.candidates.status_history(candidate_id, job_id="job-1")
    _schema_only(history)
    await client.candidates.set_onboarding_status(candidate_id, "READY_TO_ONBOARD")
    _schema_only(await client.candidates.onboarding_status(candidate_id))
    _schema_only(await client.candidates.onboarding_status(candidate_id, job_id="job-2"))
    from_cv = await client.candidates.create_from_resume_for_job(
        "job-3", b"Grace Hopper\ngrace@example.com\n+1 555 0100 99\n"
    )
    _schema_only(from_cv)
    _schema_only(await client.candidates.parse_resume(b"Grace Hopper\ngrace@example.com\n"))


async def test_the_fake_record_file_and_consent_bodies_decode_with_no_drift(
    client: sr.SmartRecruiters, fake: FakeSmartRecruiters
) -> None:
    created = await client.candidates.create_for_job("job-1", NEW)
    assert created.id is not None
    candidate_id = created.id
    assert await client.candidates.add_tags(candidate_id, ["a", "b"]) == ["a", "b"]
    for property_id, value in (
        ("notice-period", 30),
        ("relocation", True),
        ("expected-salary", {"code": "EUR", "value": 70000}),
        ("notes", "text"),
        ("seniority", "senior"),
    ):
        await client.candidates.set_property(candidate_id, property_id, value)
    properties = await client.candidates.properties(candidate_id)
    _schema_only(properties)
    _schema_only(await client.candidates.properties(candidate_id, job_id="job-1"))
    added = await client.candidates.add_attachment(candidate_id, b"cv", job_id="job-1")
    _schema_only(added)
    await client.candidates.add_attachment(candidate_id, b"letter")
    _schema_only(await client.candidates.attachments(candidate_id))
    _schema_only(await client.candidates.attachments(candidate_id, job_id="job-1"))
    seeded = fake.data.candidates[0]["id"]
    _schema_only(await client.candidates.consent_status(seeded))
    _schema_only(await client.candidates.consent_decisions(seeded))
    results = await client.candidates.request_consents([candidate_id, "nobody"])
    _schema_only(results)
    _schema_only(await client.candidates.consent_status(candidate_id))
    _schema_only(await client.candidates.consent_decisions(candidate_id))


async def test_the_fake_apply_and_job_application_bodies_decode_with_no_drift(
    client: sr.SmartRecruiters, fake: FakeSmartRecruiters
) -> None:
    posting = fake.data.postings[0]
    configuration = await client.applications.configuration(posting["uuid"])
    _schema_only(configuration)
    permit = apply_models.ApplyAnswer(
        id="work-permit",
        records=[apply_models.ApplyAnswerRecord(fields={"work-permit-answer": ["yes"]})],
    )
    start = apply_models.ApplyAnswer(
        id="start-date",
        records=[apply_models.ApplyAnswerRecord(fields={"start-date-answer": ["June"]})],
    )
    applied = await client.applications.apply(
        posting["uuid"],
        attrs.evolve(
            APPLY,
            answers=[permit, start],
            web=apply_models.ApplyWeb(linked_in="https://www.linkedin.com/in/ada"),
            resume=apply_models.ApplyFile.of("cv.pdf", b"%PDF", "application/pdf"),
            create_join_link=True,
        ),
    )
    _schema_only(applied)
    assert applied.id is not None
    _schema_only(await client.applications.status(posting["uuid"], applied.id))
    _schema_only(await client.candidates.get(applied.id))
    answers = await client.candidates.screening_answers(applied.id, posting["id"])
    _schema_only(answers)
    assert [a.id for a in answers.content] == ["work-permit", "start-date"]
    app = candidate_store(fake.data).application(applied.id, posting["id"])
    assert app is not None
    _schema_only(await client.applications.status_by_id(app["id"]))
    job_application = await client.job_applications.get(app["id"])
    _schema_only(job_application)
    assert job_application.profile_id == applied.id
    await client.job_applications.request_consent(app["id"])
    _schema_only(await client.job_applications.consents(app["id"]))


# -- 4. query parameter names are the 2024 client's ------------------------------------------

# Query names the SDK sends that the 2024 client does not list, with the source that does.
ALLOWED_QUERY: dict[str, dict[str, str]] = {
    "/postings/{uuid}/configuration": {
        "conditionalsIncluded": "api-catalogue.md 9.2 (beta parameter of the apply API)",
    },
}


def _schema_query(path: str, method: str = "GET") -> set[str]:
    ops = json.loads((SCHEMA / "recruitifi.json").read_text())["ops"]
    found = [o for o in ops if o["path"] == path and o["method"] == method]
    assert found, f"no {method} {path} in recruitifi.json"
    return {name for op in found for name in op["query"]}


def _sent_query(fake: FakeSmartRecruiters) -> set[str]:
    return set(parse_qs(fake.requests[-1].query, keep_blank_values=True))


async def test_candidates_list_sends_only_the_2024_query_names(
    client: sr.SmartRecruiters, fake: FakeSmartRecruiters
) -> None:
    first = await client.candidates.list(limit=1)
    await client.candidates.list(
        q="a",
        limit=10,
        page_id=first.next_page_id,
        job_ids="job-1",
        locations="London",
        average_ratings=4,
        statuses="NEW",
        sub_status="Phone screen",
        consent_statuses="ACQUIRED",
        tags="python",
        updated_after=dt.datetime(2024, 1, 1, tzinfo=dt.UTC),
        onboarding_status="READY_TO_ONBOARD",
        property_ids="p1",
        property_value_ids="v1",
        source_types="JOB_BOARD",
        source_sub_types="s1",
        source_value_ids="linkedin",
        question_categories="workPermit",
        question_field_ids="f1",
        question_field_value_ids="yes",
    )
    sent = _sent_query(fake)
    assert sent == _schema_query("/candidates")  # every filter, by the 2024 names


@pytest.mark.parametrize("job_id", [None, "job-1"])
async def test_candidate_properties_send_only_the_2024_query_names(
    client: sr.SmartRecruiters, fake: FakeSmartRecruiters, job_id: str | None
) -> None:
    created = await client.candidates.create_for_job("job-1", NEW)
    assert created.id is not None
    await client.candidates.properties(created.id, job_id=job_id, context="PROFILE")
    path = (
        "/candidates/{id}/properties"
        if job_id is None
        else "/candidates/{id}/jobs/{jobId}/properties"
    )
    assert _sent_query(fake) <= _schema_query(path)


async def test_apply_configuration_sends_only_listed_query_names(
    client: sr.SmartRecruiters, fake: FakeSmartRecruiters
) -> None:
    path = "/postings/{uuid}/configuration"
    await client.applications.configuration(
        fake.data.postings[0]["uuid"], conditionals_included=True
    )
    assert _sent_query(fake) <= _schema_query(path) | set(ALLOWED_QUERY[path])
