"""Families whose bodies SmartRecruiters has not published (SmartOnboard, message templates,
notification preferences, vendor configs, assessments, apps integrations, URL shortener),
against the fake: each operation once, by a table of calls and the state they read or leave."""

from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest

import smartrecruiters_async as sr
from smartrecruiters_async.models import MessageTemplate, Opaque
from smartrecruiters_async.testing import FakeOAuth, FakeSmartRecruiters
from smartrecruiters_async.testing.handlers.documents import documents
from smartrecruiters_async.testing.pytest_plugin import FakeServerFactory

DOC = {"kept": ["as", "sent"], "n": 1}
MORE = {"n": 2, "added": True}
Call = Callable[[sr.SmartRecruiters], Any]


@pytest.fixture
async def server(
    fake_smartrecruiters_factory: FakeServerFactory, policies: sr.Policies
) -> FakeSmartRecruiters:
    oauth = FakeOAuth(clients={"vendor": "secret"})
    return await fake_smartrecruiters_factory(policies=policies, oauth=oauth, postings=3)


@pytest.fixture
async def bearer(server: FakeSmartRecruiters) -> AsyncIterator[sr.SmartRecruiters]:
    auth = sr.OAuthClientCredentials("vendor", "secret")
    async with sr.SmartRecruiters(auth=auth, base_url=server.url) as client:
        yield client


def plain(value: Any) -> Any:
    return dict(value.extra_fields) if isinstance(value, Opaque) else value


# operation, the document the fake holds first (kind, key), the call, what it returns
READS: list[tuple[str, tuple[str, str], Call, Any]] = [
    ("new-hires.get", ("new-hires.get", "h1"), lambda c: c.smartonboard.new_hire("h1"), DOC),
    ("onboarding-processes.get", ("onboarding-processes.get", "p1"),
     lambda c: c.smartonboard.process("p1"), DOC),
    ("onboarding-processes.assignments.get", ("onboarding-processes.assignments.get", "p1"),
     lambda c: c.smartonboard.assignments("p1", integration_relevant=True), DOC),
    ("onboarding-processes.assignment.get", ("onboarding-processes.assignment.get", "p1/a1"),
     lambda c: c.smartonboard.assignment("p1", "a1"), DOC),
    ("web-form-assignments.form-answers.get", ("web-form-assignments.form-answers.get", "w1"),
     lambda c: c.smartonboard.form_answers("w1"), DOC),
    ("web-form-assignments.fields-metadata.get",
     ("web-form-assignments.fields-metadata.get", "w1"), lambda c: c.smartonboard.form_fields("w1"),
     DOC),
    ("fillable-pdf-form-assignments.form-answers.get",
     ("fillable-pdf-form-assignments.form-answers.get", "f1"),
     lambda c: c.smartonboard.pdf_form_answers("f1"), DOC),
    ("activity-assignments.attachments.get", ("activity-assignments.attachments.get", "x1"),
     lambda c: c.smartonboard.attachments("x1"), DOC),
    ("getMessageTemplates", ("message-templates", "t1"),
     lambda c: c.message_templates.list(types="REJECTION", channels=["EMAIL"], name="No"), [DOC]),
    ("getMessageTemplate", ("message-templates", "t1"), lambda c: c.message_templates.get("t1"),
     DOC),
    ("getEmployeePreferences", ("employee-preferences", "SLACK"),
     lambda c: c.notification_preferences.employee("SLACK"), DOC),
    ("getAllEmployeePreferences", ("all-employee", ""),
     lambda c: c.notification_preferences.all_employee(), DOC),
    ("findGlobalPreferences", ("global", ""), lambda c: c.notification_preferences.global_(), DOC),
    ("findAllNotificationTypes", ("notification-types", ""),
     lambda c: c.notification_preferences.types(), DOC),
    ("getConfigs", ("configs", "c1"), lambda c: c.partners.configs(), [DOC]),
    ("getConfig", ("configs", "c1"), lambda c: c.partners.config("c1"), DOC),
    ("orders.getList", ("assessment-orders", "app1"), lambda c: c.assessments.orders("app1"), DOC),
    ("getPartnerConfig", ("partner-configuration", ""),
     lambda c: c.assessment_partner.configuration(), DOC),
]  # fmt: skip


@pytest.mark.parametrize(
    ("operation", "seeded", "call", "expected"), READS, ids=[r[0] for r in READS]
)
async def test_a_read_returns_what_the_server_holds(
    bearer: sr.SmartRecruiters, server: FakeSmartRecruiters, operation: str,
    seeded: tuple[str, str], call: Call, expected: Any,
) -> None:  # fmt: skip
    documents(server.data).put(*seeded, DOC)
    assert plain(await call(bearer)) == expected
    assert server.stats.count(operation) == 1


async def test_an_attachment_is_streamed_and_unknown_ids_are_not_found(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters
) -> None:
    documents(server.data).put("activity-assignments.attachments.getById", "x1/f1", DOC)
    async with client.smartonboard.download_attachment("x1", "f1") as download:
        assert (download.content_type or "").startswith("application/json")
        assert await download.read() == b'{"kept":["as","sent"],"n":1}'
    with pytest.raises(sr.NotFoundError):
        await client.smartonboard.new_hire("nobody")
    assert await client.notification_preferences.types() == []  # none written yet


NEW = {"replaced": True}
PDF = sr.Upload(data=b"%PDF", filename="r.pdf")
# operation, a document held first or None, the call, then (kind, key: None = any) and content
WRITES: list[tuple[str, tuple[str, str] | None, Call, tuple[str, str | None], Any]] = [
    ("createMessageTemplate", None, lambda c: c.message_templates.create(DOC),
     ("message-templates", None), DOC),
    ("updateMessageTemplate", ("message-templates", "t1"),
     lambda c: c.message_templates.update("t1", MessageTemplate(extra_fields=NEW)),
     ("message-templates", "t1"), NEW),
    ("removeMessageTemplate", ("message-templates", "t1"),
     lambda c: c.message_templates.delete("t1"), ("message-templates", "t1"), None),
    ("saveEmployeePreferences", None, lambda c: c.notification_preferences.save_employee([DOC]),
     ("all-employee", ""), [DOC]),
    ("upsertEmployeePreferences", ("all-employee", ""),
     lambda c: c.notification_preferences.upsert_employee(MORE), ("all-employee", ""),
     {**DOC, **MORE}),
    ("updateEmployeePreferences", ("preference", "p1"),
     lambda c: c.notification_preferences.update_employee("p1", MORE), ("preference", "p1"),
     {**DOC, **MORE}),
    ("upsertGlobalPreferences", None, lambda c: c.notification_preferences.upsert_global(DOC),
     ("global", ""), DOC),
    ("addConfig", None, lambda c: c.partners.add_config(DOC), ("configs", None), DOC),
    ("updateConfig", ("configs", "c1"), lambda c: c.partners.update_config("c1", NEW),
     ("configs", "c1"), NEW),
    ("savePartnerConfig", None, lambda c: c.assessment_partner.save_configuration(DOC),
     ("partner-configuration", ""), DOC),
    ("setUpIntegration", None, lambda c: c.assessment_partner.set_up_integration("co1", DOC),
     ("integrations", "co1"), DOC),
    ("packageResultUpdate", ("order-results", "o1"),
     lambda c: c.assessment_partner.update_results("o1", MORE), ("order-results", "o1"),
     {**DOC, **MORE}),
    ("addAttachmentToOrder", ("order-results", "o1"),
     lambda c: c.assessment_partner.add_result_attachment("o1", PDF),
     ("order-attachments", "o1"), [{"filename": "r.pdf", "size": 4}]),
    ("enableIntegration", None, lambda c: c.apps_integrations.enable(DOC),
     ("apps-integrations", None), DOC),
    ("publicShorten", None, lambda c: c.url_shortener.shorten(DOC), ("short-urls", None), DOC),
]  # fmt: skip


@pytest.mark.parametrize(
    ("operation", "seeded", "call", "where", "content"), WRITES, ids=[w[0] for w in WRITES]
)
async def test_a_write_leaves_its_document_on_the_server(
    bearer: sr.SmartRecruiters, server: FakeSmartRecruiters, operation: str,
    seeded: tuple[str, str] | None, call: Call, where: tuple[str, str | None], content: Any,
) -> None:  # fmt: skip
    if seeded is not None:
        documents(server.data).put(*seeded, DOC)
    await call(bearer)
    kind, key = where
    held = documents(server.data).of(kind)
    assert (list(held.values()) == [content]) if key is None else held.get(key) == content
    assert server.stats.count(operation) == 1


async def test_writes_to_what_does_not_exist_are_not_found(client: sr.SmartRecruiters) -> None:
    with pytest.raises(sr.NotFoundError):
        await client.message_templates.update("nope", DOC)
    with pytest.raises(sr.NotFoundError):
        await client.notification_preferences.update_employee("nope", MORE)


BAD: list[tuple[Call, type[Exception]]] = [
    (lambda c: c.message_templates.create("text"), TypeError),
    (lambda c: c.message_templates.create({}), ValueError),
    (lambda c: c.message_templates.create([DOC]), TypeError),
    (lambda c: c.message_templates.update("", DOC), ValueError),
    (lambda c: c.message_templates.list(types="NOPE"), ValueError),
    (lambda c: c.message_templates.list(name=" "), ValueError),
    (lambda c: c.notification_preferences.employee("FAX"), ValueError),
    (lambda c: c.notification_preferences.save_employee(42), TypeError),
    (lambda c: c.notification_preferences.update_employee("p", []), ValueError),
    (lambda c: c.smartonboard.new_hire(""), ValueError),
    (lambda c: c.smartonboard.assignments("p1", integration_relevant="yes"), TypeError),
    (lambda c: c.partners.update_config("c1", {1: "x"}), TypeError),
    (lambda c: c.assessments.orders(""), ValueError),
    (lambda c: c.assessment_partner.add_result_attachment("o1", b"x", field=""), ValueError),
    (lambda c: c.url_shortener.shorten(None), TypeError),
    # bearer-only routes with an API key: refused, the API would answer 401
    (lambda c: c.assessment_partner.configuration(), ValueError),
    (lambda c: c.assessment_partner.update_results("o1", MORE), ValueError),
    (lambda c: c.apps_integrations.enable(DOC), ValueError),
    # the partner app's operations are SmartRecruiters' calls to partners, never the client's
    (lambda c: c._call(sr.operations()["listPackages"]), ValueError),
]


@pytest.mark.parametrize(("call", "error"), BAD)
async def test_bad_input_is_refused_before_sending(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters, call: Call, error: type[Exception]
) -> None:
    with pytest.raises(error):
        await call(client)
    assert server.stats.count() == 0


async def test_the_refusals_say_why(client: sr.SmartRecruiters) -> None:
    with pytest.raises(ValueError, match="accepts only an OAuth bearer token, not ApiKey"):
        await client.apps_integrations.enable(DOC)
    with pytest.raises(ValueError, match="implemented by assessment partners"):
        client._paginate(sr.operations()["listPackages"], query={})


def test_no_path_on_smartrecruiters_host_is_taken_for_a_partner_app_operation() -> None:
    assert sr.operations().match("GET", "/packages") is None
    assert sr.operations()["listPackages"].partner_implements
