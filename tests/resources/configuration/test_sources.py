"""Sources: types, offset-paged values, lookups and recruiter resolution."""

import pytest

import smartrecruiters_async as sr
from smartrecruiters_async.models import (
    Action,
    SourceDefinition,
    SourceSubType,
    SourceTypeActions,
    SourceValue,
    SourceValueActions,
)
from smartrecruiters_async.testing import FakeSmartRecruiters

API = "https://api.smartrecruiters.com"


async def test_types_carry_sub_types(client: sr.SmartRecruiters) -> None:
    types = await client.configuration.sources.types()
    assert [t.id for t in types][:2] == ["JOB_BOARDS", "SOCIAL_MEDIA"]
    assert types[0].subtypes == [SourceSubType(id="GENERAL"), SourceSubType(id="NICHE")]
    assert types[1].subtypes == []
    assert types[0].actions == SourceTypeActions(
        values=Action(url=f"{API}/configuration/sources/JOB_BOARDS/values", method="GET")
    )


async def test_values_iterate_every_page_in_order(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters
) -> None:
    ids = [v.id async for v in client.configuration.sources.values("JOB_BOARDS")]
    assert ids == [f"board-{i:03d}" for i in range(230)]
    assert server.stats.count("configuration.source.values.all") == 3


async def test_first_page_sub_type_and_max_items(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters
) -> None:
    sources = client.configuration.sources
    page = await sources.values("JOB_BOARDS", limit=10, offset=20)
    assert (len(page), page.total_found, page.offset) == (10, 230, 20)
    assert server.requests[-1].query == "limit=10&offset=20"
    niche = [v async for v in sources.values("JOB_BOARDS", sub_type="NICHE", limit=20)]
    assert len(niche) == 46
    assert all(v.source_sub_type == SourceSubType(id="NICHE") for v in niche)
    assert "sourceSubType=NICHE" in server.requests[-1].query
    some = [v async for v in sources.values("JOB_BOARDS", limit=50, max_items=60)]
    assert len(some) == 60


async def test_values_of_an_unknown_type_are_not_found(client: sr.SmartRecruiters) -> None:
    with pytest.raises(sr.NotFoundError):
        await client.configuration.sources.values("NO_SUCH_TYPE")


def _details(source_type: str, value_id: str) -> SourceValueActions:
    url = f"{API}/configuration/sources/{source_type}/values/{value_id}"
    return SourceValueActions(source_details=Action(url=url, method="GET"))


async def test_single_value_lookups(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters
) -> None:
    sources = client.configuration.sources
    linkedin = await sources.value("SOCIAL_MEDIA", "LinkedIn")
    assert linkedin == SourceValue(
        id="LinkedIn", label="LinkedIn", actions=_details("SOCIAL_MEDIA", "LinkedIn")
    )
    board = await sources.value("JOB_BOARDS", "board-005", sub_type="NICHE")
    assert board.source_sub_type == SourceSubType(id="NICHE")
    assert server.requests[-1].query == "sourceSubType=NICHE"
    with pytest.raises(sr.NotFoundError):
        await sources.value("JOB_BOARDS", "board-005", sub_type="GENERAL")
    with pytest.raises(ValueError, match="sub_type"):
        await sources.value("JOB_BOARDS", "board-005", sub_type="")
    assert await sources.get("LinkedIn") == SourceDefinition(label="LinkedIn", type="SOCIAL_MEDIA")
    assert await sources.get("board-005") == SourceDefinition(
        label="Job board 005", type="JOB_BOARDS", sub_type="NICHE"
    )
    with pytest.raises(sr.NotFoundError):
        await sources.value("JOB_BOARDS", "LinkedIn")
    with pytest.raises(sr.NotFoundError):
        await sources.get("nowhere")


async def test_resolve_recruiter_creates_once(client: sr.SmartRecruiters) -> None:
    sources = client.configuration.sources
    first = await sources.resolve_recruiter("Jane Hunter")
    assert first.label == "Jane Hunter"
    assert first.id is not None
    assert first.actions == _details("RECRUITERS", first.id)
    assert await sources.resolve_recruiter("jane hunter") == first
    assert await sources.get(first.id) == SourceDefinition(label="Jane Hunter", type="RECRUITERS")
    page = await sources.values("RECRUITERS")
    assert [v.id for v in page] == [first.id]
    with pytest.raises(ValueError, match="name"):
        await sources.resolve_recruiter("")
    with pytest.raises(sr.BadRequestError):
        await client.request("PUT", "/configuration/sources/recruiters/resolve", json={})


async def test_the_fake_reads_the_declared_query(client: sr.SmartRecruiters) -> None:
    # Names it does not declare are refused: test_fake_reads_declared_query.
    values = "/configuration/sources/JOB_BOARDS/values"
    page = await client.request("GET", values, params={"sourceSubType": "NICHE", "limit": 5})
    assert {v["sourceSubType"]["id"] for v in page["content"]} == {"NICHE"}
