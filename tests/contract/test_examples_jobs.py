"""The Job API and Posting API models against bodies and names this project did not write.

1. Every example body of the group (tests/data/examples/davejcameron/jobs and postings, plus the
   Posting API's own object page) decodes with no drift and no unmodelled key, round-trips, and
   comes out of the real SDK method over HTTP equal to the direct decoding.
2. Every wire name a model declares is in its schema model (``SCHEMA_MODELS``), or in
   ``NOT_IN_SCHEMA`` with the source that has it.
3. The fake server's bodies for every operation of the group decode with no drift and no
   unmodelled key: the fake speaks the schema.
4. The query parameter names every list operation sends are the 2024 client's
   (``ops[].query``), the 2017 one's where 2024 lacks the operation, or in ``EXTRA_QUERY`` with
   their source.
"""

from __future__ import annotations

import datetime as dt
import json
import warnings
from collections.abc import AsyncIterator, Iterator
from typing import Any
from urllib.parse import parse_qs

import attrs
import pytest

import smartrecruiters_async as sr
from smartrecruiters_async._converter import unstructure, wire_name
from smartrecruiters_async.models import common, jobs, postings
from smartrecruiters_async.models.common import Action, IdLabel, Location
from smartrecruiters_async.models.jobs import (
    Compensation,
    HeadcountPatchRequest,
    HeadcountUpdateAccepted,
    HiringTeamMember,
    HiringTeamMemberActions,
    HiringTeamMemberInput,
    HiringTeamMembers,
    JobAdContent,
    JobAdCreator,
    JobAdItem,
    JobAdItemActions,
    JobAdLanguage,
    JobAdPublicationScheduled,
    JobAds,
    JobAdSectionInput,
    JobAdSectionsInput,
    JobAdTextInput,
    JobAdUnpublishScheduled,
    JobApproval,
    JobApprovalPosition,
    JobCreator,
    JobDetails,
    JobDetailsActions,
    JobInput,
    JobLocationInput,
    JobNote,
    JobNoteInput,
    JobPosition,
    JobPositionInput,
    JobPositions,
    JobProperty,
    JobPropertyInput,
    JobStatusHistory,
    JobStatusHistoryActions,
    JobStatusHistoryEntry,
    JobStatusInput,
    JobStatusUpdate,
    JobSummary,
    JobSummaryActions,
    Publication,
    PublicationItem,
    PublicationList,
    SalaryRange,
)
from smartrecruiters_async.models.postings import (
    Department,
    Departments,
    JobAd,
    JobAdSection,
    JobAdSections,
    JobAdVideos,
    Posting,
    PostingCompany,
    PostingCreator,
    PostingCustomField,
    PostingExperienceLevel,
    PostingLanguage,
)
from smartrecruiters_async.testing import FakeSmartRecruiters
from smartrecruiters_async.testing.pytest_plugin import FakeServerFactory

from .example_check import (
    SCHEMA,
    assert_decodes,
    assert_round_trip,
    decode,
    load_example,
    over_http,
    unmodelled_keys,
)

# -- 1. the examples ----------------------------------------------------------------------------

# The Posting API's object page (developers.smartrecruiters.com/docs/objects, also
# dev.smartrecruiters.com/customer-api/posting-api/objects/posting/): its example posting, as
# printed there. It differs from the swagger example: experienceLevel has "label" (the swagger
# example and the 2017 schema say "name"), typeOfEmployment has no id, coordinates are strings.
OBJECT_PAGE_POSTING: dict[str, Any] = {
    "id": "75551135",
    "uuid": "34225731-e7cf-4584-b0b7-78098fe1a66b",
    "name": "Director, Customer Engagement",
    "jobAdId": "106f35bc-a0e6-4e55-96f9-56835e3f8349",
    "defaultJobAd": True,
    "refNumber": "REF12345",
    "company": {"identifier": "smartrecruiters", "name": "SmartRecruiters Inc"},
    "releasedDate": "2014-02-19T19:36:42.346Z",
    "location": {
        "city": "San Francisco",
        "region": "CA",
        "country": "us",
        "remote": True,
        "latitude": "28.557071",
        "longitude": "-81.359463",
    },
    "industry": {"id": "internet", "label": "Internet"},
    "department": {"id": "18554", "label": "Marketing", "description": "Marketing Department"},
    "function": {"id": "marketing", "label": "Marketing"},
    "typeOfEmployment": {"label": "Full-time"},
    "experienceLevel": {"id": "director", "label": "Director"},
    "customField": [],
    "ref": "https://api.smartrecruiters.com/api-v1/companies/smartrecruiters/postings/900155674",
    "creator": {"name": "Renette Youssef"},
}

# The keys of a list envelope, which the paginator reads (they become ``Page`` fields).
PAGE_KEYS = {"limit", "offset", "nextPageId", "totalFound", "content"}


@pytest.mark.parametrize(
    ("name", "model"),
    [
        ("jobs/retrieve.json", JobDetails),
        ("jobs/list_hiring_team.json", HiringTeamMembers),
        ("postings/retrieve_posting.json", Posting),
        ("postings/list_departments.json", Departments),
    ],
)
def test_an_example_decodes_fully_and_round_trips(name: str, model: type[Any]) -> None:
    body = load_example(name)
    assert_decodes(body, model)
    assert_round_trip(body, model)


@pytest.mark.parametrize(
    ("name", "model"), [("jobs/list.json", JobSummary), ("postings/list.json", Posting)]
)
def test_a_list_example_decodes_item_by_item(name: str, model: type[Any]) -> None:
    body = load_example(name)
    assert set(body) <= PAGE_KEYS
    assert body["content"]
    for item in body["content"]:
        assert_decodes(item, model)
        assert_round_trip(item, model)


def test_the_object_page_posting_decodes_fully() -> None:
    posting = assert_decodes(OBJECT_PAGE_POSTING, Posting)
    assert_round_trip(OBJECT_PAGE_POSTING, Posting)
    assert posting.experience_level == PostingExperienceLevel(id="director", label="Director")
    assert posting.location == Location(
        city="San Francisco",
        region="CA",
        country="us",
        remote=True,
        latitude="28.557071",
        longitude="-81.359463",
    )


def test_the_examples_keep_what_the_old_models_lost() -> None:
    # The cases: a date-time target hiring date, the job's language and actions, the
    # posting's active flag, a posting experience level named by "name".
    job = decode(load_example("jobs/retrieve.json"), JobDetails)
    assert job.target_hiring_date == dt.datetime(2021, 10, 13, 18, 9, 48, 173000, tzinfo=dt.UTC)
    assert job.actions is not None
    assert job.actions.hiring_team == Action(url="string", method="GET")
    assert job.job_ad is not None
    assert job.job_ad.sections is not None
    assert job.job_ad.sections.videos == JobAdVideos(urls=["string"])
    summary = decode(load_example("jobs/list.json")["content"][0], JobSummary)
    assert summary.language == PostingLanguage(code="string", label="string", label_native="string")
    assert summary.location is not None
    assert (summary.location.manual, summary.location.remote) == (True, True)
    posting = decode(load_example("postings/retrieve_posting.json"), Posting)
    assert posting.active is True
    assert posting.experience_level == PostingExperienceLevel(id="associate", name="string")


async def test_job_examples_over_http() -> None:
    body = load_example("jobs/retrieve.json")
    assert await over_http(body, lambda c: c.jobs.get("j1")) == decode(body, JobDetails)

    listed = load_example("jobs/list.json")
    page = await over_http(listed, lambda c: c.jobs.list())
    assert list(page.items) == [decode(item, JobSummary) for item in listed["content"]]
    assert (page.total_found, page.limit, page.offset, page.next_page_id) == (0, 0, 0, "string")

    team = load_example("jobs/list_hiring_team.json")
    members = await over_http(team, lambda c: c.jobs.hiring_team.list("j1"))
    assert members == decode(team, HiringTeamMembers).content


async def test_posting_examples_over_http() -> None:
    body = load_example("postings/retrieve_posting.json")
    got = await over_http(body, lambda c: c.postings.get("acme", "p1"))
    assert got == decode(body, Posting)
    page_body = await over_http(OBJECT_PAGE_POSTING, lambda c: c.postings.get("acme", "p1"))
    assert page_body == decode(OBJECT_PAGE_POSTING, Posting)

    listed = load_example("postings/list.json")
    page = await over_http(listed, lambda c: c.postings.list("acme"))
    assert list(page.items) == [decode(item, Posting) for item in listed["content"]]

    departments = load_example("postings/list_departments.json")
    got_departments = await over_http(departments, lambda c: c.postings.departments("acme"))
    assert got_departments == decode(departments, Departments).content


# -- 2. wire names against the schema ------------------------------------------------------------


def _schema(name: str) -> dict[str, dict[str, Any]]:
    models: dict[str, dict[str, Any]] = json.loads((SCHEMA / name).read_text())["models"]
    return models


NEW, OLD = _schema("recruitifi.json"), _schema("roksela.json")

# Each model of the group -> the schema models it stands for, as "2024:Name" (recruitifi.json)
# or "2017:Name" (roksela.json). A model may stand for several (the same shape under two names,
# or a 2024 model whose inherited fields only the 2017 one lists).
SCHEMA_MODELS: dict[type[Any], tuple[str, ...]] = {
    # common
    Action: ("2024:Action",),
    IdLabel: ("2024:Industry", "2024:JobPropertyValue", "2017:ModelProperty"),
    Location: ("2017:Location", "2024:Location", "2017:PostingLocation"),
    # postings
    Posting: ("2017:Posting",),
    PostingCompany: ("2017:Company",),
    PostingCreator: ("2017:Creator",),
    PostingCustomField: ("2017:CustomField",),
    PostingExperienceLevel: ("2017:ExperienceLevel",),
    PostingLanguage: ("2024:Language",),
    Department: ("2024:Department",),
    Departments: ("2024:Departments",),
    JobAd: ("2024:JobAd",),
    JobAdSections: ("2024:JobAdSections",),
    JobAdSection: ("2024:JobAdSection",),
    JobAdVideos: ("2024:JobAdVideos",),
    # jobs: responses
    JobSummary: ("2024:JobSummary",),
    JobSummaryActions: ("2017:CandidatePrimaryAssignmentJobActions",),
    JobDetails: ("2024:JobDetails",),
    JobDetailsActions: ("2024:JobDetailsActions",),
    JobCreator: ("2024:UserIdentity",),
    Compensation: ("2024:Compensation", "2024:SalaryRange"),
    JobProperty: ("2024:JobProperty",),
    JobStatusUpdate: ("2024:JobStatusUpdate",),
    JobStatusHistory: ("2024:JobStatusHistory",),
    JobStatusHistoryEntry: ("2024:JobStatusHistoryContent",),
    JobStatusHistoryActions: ("2024:JobStatusHistoryActions",),
    JobNote: ("2024:JobNote",),
    HeadcountUpdateAccepted: ("2024:HeadcountUpdateAccepted",),
    JobApproval: ("2024:JobApproval",),
    JobApprovalPosition: ("2024:JobApprovalPosition",),
    HiringTeamMember: ("2024:HiringTeamMemberResponse", "2017:HiringTeamMemberResponse"),
    HiringTeamMemberActions: ("2024:HiringTeamMemberResponseActions",),
    HiringTeamMembers: ("2024:HiringTeamMembers",),
    JobPosition: ("2024:JobPosition",),
    JobPositions: ("2024:JobPositions",),
    JobAdItem: ("2024:JobAdItem",),
    JobAdItemActions: ("2024:JobAdItemActions",),
    JobAdCreator: ("2024:Identifiable",),
    JobAds: ("2024:JobAds",),
    PublicationItem: ("2024:PublicationListItem",),
    PublicationList: ("2024:PublicationList",),
    JobAdPublicationScheduled: ("2024:JobAdPublicationScheduled",),
    JobAdUnpublishScheduled: ("2024:JobAdUnpublishScheduled",),
    # jobs: request payloads
    JobInput: ("2024:JobInput",),
    JobLocationInput: ("2024:JobLocationInput",),
    JobPropertyInput: ("2024:JobPropertyInput",),
    JobStatusInput: ("2024:JobStatusUpdate",),
    JobNoteInput: ("2024:JobNote",),
    SalaryRange: ("2024:SalaryRange",),
    HeadcountPatchRequest: ("2024:HeadcountPatchRequest",),
    HiringTeamMemberInput: ("2024:HiringTeamMember",),
    JobPositionInput: ("2024:JobPositionInput",),
    JobAdContent: ("2024:JobAdContent",),
    JobAdLanguage: ("2024:JobAdLanguage",),
    JobAdTextInput: ("2024:JobAdInput",),
    JobAdSectionsInput: ("2024:JobAdSections",),
    JobAdSectionInput: ("2024:JobAdSection",),
    Publication: ("2024:Publication",),
}

# Wire names no schema model above has, each with the source that does.
NOT_IN_SCHEMA: dict[tuple[type[Any], str], str] = {
    (Location, "remote"): "swagger examples jobs/list.json, postings/list.json; object page",
    (Location, "manual"): "swagger examples jobs/list.json, jobs/retrieve.json",
    (Posting, "jobAdId"): "object page; swagger example postings/retrieve_posting.json",
    (Posting, "defaultJobAd"): "object page (developers.smartrecruiters.com/docs/objects)",
    (Posting, "releasedDate"): "object page and both posting examples (2017 says releaseDate)",
    (Posting, "language"): "swagger example postings/list.json",
    (Posting, "applyUrl"): "swagger example postings/retrieve_posting.json",
    (Posting, "postingUrl"): "swagger example postings/retrieve_posting.json",
    (Posting, "referralUrl"): "swagger example postings/retrieve_posting.json",
    (Posting, "jobAd"): "swagger example postings/retrieve_posting.json",
    (Posting, "active"): "swagger example postings/retrieve_posting.json",
    (PostingExperienceLevel, "label"): "object page (developers.smartrecruiters.com/docs/objects)",
    (JobAdVideos, "title"): "swagger example postings/retrieve_posting.json",
    (JobAds, "totalFound"): "JobAds' parent, dropped by both generators (as HiringTeamMembers)",
    (JobAds, "content"): "JobAds' parent, dropped by both generators (as HiringTeamMembers)",
}


def _names(ref: str) -> set[str]:
    version, name = ref.split(":")
    return set((NEW if version == "2024" else OLD)[name])


def _wire_names(model: type[Any]) -> Iterator[str]:
    for field in attrs.fields(model):
        if field.name != "extra_fields":
            yield wire_name(field)


def _group_models() -> set[type[Any]]:
    found: set[type[Any]] = set()
    for module in (common, jobs, postings):
        for name in module.__all__:
            value = getattr(module, name)
            if isinstance(value, type) and attrs.has(value):
                found.add(value)
    return found


def test_every_model_of_the_group_is_mapped_to_the_schema() -> None:
    unmapped = sorted(m.__name__ for m in _group_models() - set(SCHEMA_MODELS))
    assert not unmapped, f"map these to their schema models: {unmapped}"


@pytest.mark.parametrize("model", sorted(SCHEMA_MODELS, key=lambda m: m.__name__))
def test_a_model_declares_only_wire_names_of_its_schema(model: type[Any]) -> None:
    schema = set().union(*(_names(ref) for ref in SCHEMA_MODELS[model]))
    unknown = [
        name
        for name in _wire_names(model)
        if name not in schema and (model, name) not in NOT_IN_SCHEMA
    ]
    assert not unknown, f"{model.__name__}: no source for {unknown}"


def test_every_allowance_is_still_needed() -> None:
    for (model, name), source in NOT_IN_SCHEMA.items():
        schema = set().union(*(_names(ref) for ref in SCHEMA_MODELS[model]))
        assert name in set(_wire_names(model)), f"{model.__name__}.{name} is gone"
        assert name not in schema, f"{model.__name__}.{name} is in the schema now ({source})"


# -- 3. the fake server speaks the schema --------------------------------------------------------


@pytest.fixture
async def server(
    fake_smartrecruiters_factory: FakeServerFactory, policies: sr.Policies
) -> FakeSmartRecruiters:
    return await fake_smartrecruiters_factory(policies=policies, postings=40)


@pytest.fixture
async def client(
    server: FakeSmartRecruiters, policies: sr.Policies
) -> AsyncIterator[sr.SmartRecruiters]:
    async with sr.SmartRecruiters(
        "test-key", base_url=server.url, governor=sr.LocalGovernor(policies)
    ) as c:
        yield c


def _speaks_the_schema(obj: Any) -> None:
    assert not unmodelled_keys(obj), f"{type(obj).__name__}: {unmodelled_keys(obj)}"
    assert_decodes(unstructure(obj), type(obj))


def _new_job() -> JobInput:
    return JobInput(
        title="Site Reliability Engineer",
        location=JobLocationInput(country_code="pl", city="Kraków"),
        industry=IdLabel(id="internet"),
        function=IdLabel(id="engineering"),
        experience_level=IdLabel(id="associate"),
        department=IdLabel(id="1049611"),
        target_hiring_date=dt.datetime(2025, 6, 1, 12, tzinfo=dt.UTC),
        compensation=Compensation(min=50000, max=70000, currency="PLN"),
    )


async def test_the_fake_job_api_speaks_the_schema(client: sr.SmartRecruiters) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error", sr.SchemaDriftWarning)
        seen: list[Any] = []
        page = await client.jobs.list(limit=100)
        seen += page.items
        seeded = [await client.jobs.get(job.id) for job in page.items[:20]]
        seen += seeded
        job = await client.jobs.create(_new_job())
        seen += [job, await client.jobs.update(job.id, job.to_input(title="SRE"))]
        seen.append(await client.jobs.patch(job.id, sr.JsonPatch().replace("/title", "SRE 2")))
        seen.append(await client.jobs.update_status(job.id, "SOURCING"))
        seen += await client.jobs.status_history(job.id)
        seen += [await client.jobs.note(job.id), await client.jobs.update_note(job.id, "n")]
        salary = SalaryRange(min=1, max=2, currency="EUR")
        seen.append(await client.jobs.update_headcount(job.id, salary))
        seen.append(await client.jobs.latest_approval(job.id))
        for listed in page.items:
            try:
                seen.append(await client.jobs.latest_approval(listed.id))
            except sr.NotFoundError:
                continue
        team = client.jobs.hiring_team
        seen += [await team.add(job.id, "user-7", "COORDINATOR"), *await team.list(job.id)]
        positions = client.jobs.positions
        opened = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
        body = JobPositionInput(
            type="NEW", position_open_date=opened, target_start_date=opened + dt.timedelta(30)
        )
        position = await positions.create(job.id, body)
        seen += [position, await positions.get(job.id, position.id)]
        seen += [await positions.update(job.id, position.id, body), *await positions.list(job.id)]
        for listed in seeded:
            seen += await positions.list(listed.id)
        ads = client.jobs.ads
        text = JobAdTextInput(
            sections=JobAdSectionsInput(job_description=JobAdSectionInput(text="<p>x</p>"))
        )
        content = JobAdContent(title="SRE", job_ad=text, language=JobAdLanguage(code="pl"))
        ad = await ads.create(job.id, content)
        seen += [ad, await ads.get(job.id, ad.id), await ads.update(job.id, ad.id, content)]
        seen += await ads.list(job.id)
        seen.append(await ads.publish(job.id, ad.id))
        seen += await ads.postings(job.id, ad.id)
        seen.append(await ads.unpublish(job.id, ad.id))
        seen += await ads.postings(job.id, ad.id, active_only=False)
        await client.jobs.publication.publish(job.id, Publication(visibility="INTERNAL"))
        seen += await client.jobs.publication.list(job.id)
        await client.jobs.publication.unpublish(job.id)
        seen += await client.jobs.publication.list(job.id, active_only=False)
    kinds = {type(obj) for obj in seen}
    assert kinds >= {
        JobSummary,
        JobDetails,
        JobStatusUpdate,
        JobStatusHistoryEntry,
        JobNote,
        HeadcountUpdateAccepted,
        JobApproval,
        HiringTeamMember,
        JobPosition,
        JobAdItem,
        JobAdPublicationScheduled,
        JobAdUnpublishScheduled,
        PublicationItem,
    }
    for obj in seen:
        _speaks_the_schema(obj)


async def test_the_fake_posting_api_speaks_the_schema(
    server: FakeSmartRecruiters, policies: sr.Policies
) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error", sr.SchemaDriftWarning)
        async with sr.SmartRecruiters(
            base_url=server.url, governor=sr.LocalGovernor(policies)
        ) as public:
            listed = [posting async for posting in public.postings.list("acme")]
            full = [await public.postings.get("acme", p.id) for p in listed[:10]]
            departments = await public.postings.departments("acme")
    assert len(listed) == 40
    for obj in [*listed, *full, *departments]:
        _speaks_the_schema(obj)


# -- 4. query parameter names --------------------------------------------------------------------


def _ops_query(spec: dict[str, Any], path: str) -> set[str]:
    return {
        name
        for op in spec["ops"]
        if op["method"] == "GET" and op["path"] == path
        for name in op["query"]
    }


NEW_OPS = json.loads((SCHEMA / "recruitifi.json").read_text())
OLD_OPS = json.loads((SCHEMA / "roksela.json").read_text())

S1P_JOBS = (
    "OpenCompanyApp/integrations packages/smartrecruiters/src/Tools/SmartRecruitersJobsJobsAll.php"
)
S1P_POSTINGS = (
    "OpenCompanyApp/integrations packages/smartrecruiters/src/Tools/"
    "SmartRecruitersPostingV1ListPostings.php"
)

# Names the SDK sends that neither client lists, each with the source that has them (the
# OpenCompanyApp tools are generated from the current official specs, jobs-api.json and
# posting-api.json; see shared/specs/api-catalogue.md, S1p).
EXTRA_QUERY: dict[tuple[str, str], str] = {
    ("jobs.all", "sort"): S1P_JOBS + " (pageId needs sort=job_id)",
    ("jobs.all", "statuses"): S1P_JOBS + " (status is deprecated in its favour)",
    ("jobs.all", "hiringTeamMemberId"): S1P_JOBS,
    ("v1.listPostings", "locationType"): S1P_POSTINGS,
    ("v1.listPostings", "jobAdId"): S1P_POSTINGS,
    ("v1.listPostings", "releasedAfter"): S1P_POSTINGS,
    ("v1.listPostings", "custom_field.*"): S1P_POSTINGS + " (custom_field.{id}=v1,v2)",
}

# Each list operation -> (its path in recruitifi.json, in roksela.json).
LIST_OPS: dict[str, tuple[str, str]] = {
    "jobs.all": ("/jobs", "/jobs"),
    "jobs.jobads.postings.all": (
        "/jobs/{jobId}/jobads/{jobAdId}/postings",
        "/jobs/{id}/jobads/{jobadId}/postings",
    ),
    "jobs.publication.all": ("/jobs/{jobId}/publication", "/jobs/{id}/publication"),
    "v1.listPostings": ("", "/v1/companies/{companyIdentifier}/postings"),
    "v1.getPosting": ("", "/v1/companies/{companyIdentifier}/postings/{postingId}"),
}


def _allowed(operation: str) -> set[str]:
    new_path, old_path = LIST_OPS[operation]
    names = _ops_query(NEW_OPS, new_path)
    return names or _ops_query(OLD_OPS, old_path)


async def _every_parameter(
    client: sr.SmartRecruiters, job_id: str, ad_id: str, posting_id: str
) -> None:
    after = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
    async for _ in client.jobs.list(
        q="engineer",
        limit=1,
        statuses=["SOURCING", "CREATED", "FILLED", "INTERVIEW", "OFFER", "CANCELLED", "ON_HOLD"],
        posting_status="PUBLIC",
        department="1049611",
        city=["Berlin", "Paris"],
        hiring_team_member_id="user-1",
        updated_after=after,
        last_activity_after=after,
        language="en",
        max_items=3,
    ):
        pass
    [_ async for _ in client.jobs.list(limit=1, max_items=2)]
    await client.jobs.ads.postings(job_id, ad_id, active_only=False)
    await client.jobs.publication.list(job_id, active_only=False)
    await client.postings.list(
        "acme",
        q="engineer",
        limit=10,
        offset=1,
        destination="PUBLIC",
        location_type=["REMOTE"],
        country="us",
        region="CA",
        city="San Francisco",
        department="1049611",
        job_ad_id="ad-1",
        language=["en"],
        released_after=after,
        custom_fields={"f1": ["v1"]},
    )
    await client.postings.get("acme", posting_id, source_type_id="OTHER", source_id="api")


async def test_list_operations_send_only_documented_query_names(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters
) -> None:
    job = (await client.jobs.list(limit=1)).items[0]
    ad = (await client.jobs.ads.list(job.id))[0]
    server.requests.clear()
    await _every_parameter(client, job.id, ad.id, server.data.postings[0]["id"])
    sent: dict[str, set[str]] = {}
    for request in server.requests:
        names = {
            "custom_field.*" if key.startswith("custom_field.") else key
            for key in parse_qs(request.query)
        }
        sent.setdefault(request.operation_id, set()).update(names)
    assert set(sent) == set(LIST_OPS), sent
    assert "pageId" in sent["jobs.all"]
    for operation, names in sent.items():
        undocumented = sorted(
            name for name in names - _allowed(operation) if (operation, name) not in EXTRA_QUERY
        )
        assert not undocumented, f"{operation} sends {undocumented}, which no source lists"


def test_every_extra_query_allowance_is_still_needed() -> None:
    for operation, name in EXTRA_QUERY:
        assert name not in _allowed(operation), f"{operation}: {name} is documented now"
