"""The Interview templates API against the fake server, both generations."""

from collections.abc import Callable
from typing import Any

import pytest

import smartrecruiters_async as sr
from smartrecruiters_async.models import (
    InterviewTemplate,
    JobInterviewTemplate,
    LegacyInterviewTemplate,
    ManagedSteps,
)
from smartrecruiters_async.testing import FakeSmartRecruiters
from smartrecruiters_async.testing.handlers.interview_templates import (
    BOUND_APPLICATION,
    TEMPLATED_JOB,
    UNBOUND_APPLICATION,
    state,
)

LEGACY = pytest.mark.filterwarnings("ignore:legacy_interview_templates:DeprecationWarning")


@pytest.mark.parametrize(
    ("filters", "count", "pages"),
    [
        ({}, 45, 3),
        ({"type": "GROUP"}, 9, 1),
        ({"search": "T4"}, 6, 1),
        ({"hiring_stage": "INTERVIEW", "hiring_step": "step-1"}, 1, 1),
    ],
)
async def test_list_pages_from_zero_to_the_total(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters, filters: Any, count: int, pages: int
) -> None:
    found = [t async for t in client.interview_templates.list(**filters)]
    assert len({t.extra_fields["id"] for t in found}) == len(found) == count
    assert server.stats.count("getTemplates") == pages
    assert [t.extra_fields["id"] for t in found] == [
        i for i in state(server.data).templates if i in {t.extra_fields["id"] for t in found}
    ]


async def test_the_legacy_generation_warns_and_pages_by_limit(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters
) -> None:
    with pytest.warns(DeprecationWarning, match="legacy_interview_templates.list is deprecated"):
        found = [t async for t in client.interview_templates.legacy.list(limit=10)]
    assert [t.extra_fields["id"] for t in found] == list(state(server.data).legacy)
    assert found[0].duration_in_minutes == 30
    assert server.stats.count("searchInterviewTemplates") == 3


@LEGACY
@pytest.mark.parametrize(
    ("generation", "model"),
    [("", InterviewTemplate), ("legacy", LegacyInterviewTemplate)],
)
async def test_company_templates_round_trip(
    client: sr.SmartRecruiters, generation: str, model: Any
) -> None:
    api: Any = getattr(client.interview_templates, generation, client.interview_templates)
    made = await api.create(model(extra_fields={"name": "Panel"}))
    ident = made.extra_fields["id"]
    assert await api.get(ident) == made
    changed = await api.update(ident, model(extra_fields={"name": "Panel 2"}))
    assert (await api.get(ident)).extra_fields["name"] == changed.extra_fields["name"]
    await api.delete(ident)
    with pytest.raises(sr.NotFoundError):
        await api.get(ident)


@LEGACY
@pytest.mark.parametrize("generation", ["", "legacy"])
async def test_job_level_templates(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters, generation: str
) -> None:
    it = client.interview_templates
    api: Any = getattr(it, generation, it)
    bound = await it.for_stage(TEMPLATED_JOB, "INTERVIEW", "step-1")
    assert bound is not None
    assert await it.for_stage(TEMPLATED_JOB, "OFFER", "step-9") is None
    assert await api.for_application(BOUND_APPLICATION) == bound
    assert await api.for_application(UNBOUND_APPLICATION) is None
    assert [s["id"] for s in (await api.for_job(TEMPLATED_JOB)).stages] == [
        bound.extra_fields["id"]
    ]
    jid = bound.extra_fields["id"]
    await api.set_interviewers(jid, {"INTERVIEWER": ["u1"]})
    assert state(server.data).job_templates[jid]["hiringTeamRoleToInterviewers"] == {
        "INTERVIEWER": ["u1"]
    }
    replaced = await api.update_job_template(jid, JobInterviewTemplate(extra_fields={"n": 1}))
    assert replaced["n"] == 1


async def test_binding_search_managed_steps_and_preferences(client: sr.SmartRecruiters) -> None:
    it = client.interview_templates
    template = (await it.list()).items[0].extra_fields["id"]
    bound = await it.bind(TEMPLATED_JOB, "OFFER", "step-9", template)
    assert await it.for_application(UNBOUND_APPLICATION) == JobInterviewTemplate(extra_fields=bound)
    with pytest.raises(sr.NotFoundError):
        await it.bind(TEMPLATED_JOB, "OFFER", "step-9", "no-such-template")
    found = await it.search_for_applications(TEMPLATED_JOB, [BOUND_APPLICATION, "other"])
    assert len(found.hiring_state_blueprints or []) == 1
    assert (await it.managed_steps("j1")).states == []
    steps = ManagedSteps(states=[{"hiringStage": "INTERVIEW"}])
    assert (await it.update_managed_steps("j1", steps)).states == steps.states
    me = await client.users.me()
    assert me.id is not None
    assert (await it.schedule_preferences(me.id)).extra_fields == {}
    with pytest.raises(sr.NotFoundError):
        await it.schedule_preferences("nobody")


BAD: list[tuple[Callable[[Any], Any], type[Exception]]] = [
    (lambda it: it.list(hiring_stage="NEW"), ValueError),
    (lambda it: it.list(hiring_stage="LATER", hiring_step="s"), ValueError),
    (lambda it: it.list(type="PAIR"), ValueError),
    (lambda it: it.list(page_size=101), ValueError),
    (lambda it: it.create({"name": "x"}), TypeError),
    (lambda it: it.update("t", LegacyInterviewTemplate()), TypeError),
    (lambda it: it.get(""), ValueError),
    (lambda it: it.for_stage("j", "NEW", ""), ValueError),
    (lambda it: it.bind("j", "NEW", "s", ""), ValueError),
    (lambda it: it.update_job_template("j", {}), TypeError),
    (lambda it: it.set_interviewers("j", {}), ValueError),
    (lambda it: it.set_interviewers("j", [("R", ["u"])]), TypeError),
    (lambda it: it.list(search=""), ValueError),
    (lambda it: it.set_interviewers("j", {"R": []}), ValueError),
    (lambda it: it.search_for_applications("j", []), ValueError),
    (lambda it: it.update_managed_steps("j", ManagedSteps()), ValueError),
    (lambda it: it.schedule_preferences(""), ValueError),
    (lambda it: it.legacy.create(InterviewTemplate()), TypeError),
    (lambda it: it.legacy.set_interviewers("j", {"": ["u"]}), ValueError),
    (lambda it: it.legacy.for_application(""), ValueError),
    (lambda it: it.delete(""), ValueError),
    (lambda it: it.legacy.update("", LegacyInterviewTemplate()), ValueError),
    (lambda it: it.legacy.delete(""), ValueError),
    (lambda it: it.legacy.update_job_template("j", InterviewTemplate()), TypeError),
]


@LEGACY
@pytest.mark.parametrize(("call", "error"), BAD)
async def test_bad_input_is_refused_before_any_request(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters, call: Any, error: type[Exception]
) -> None:
    with pytest.raises(error):
        await call(client.interview_templates)
    assert len(server.requests) == 0
