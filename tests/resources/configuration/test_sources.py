"""Sources: types, offset-paged values, lookups and recruiter resolution."""

import pytest

import smartrecruiters_async as sr
from smartrecruiters_async.models import IdLabel, SourceValue
from smartrecruiters_async.testing import FakeSmartRecruiters


async def test_types_carry_sub_types(client: sr.SmartRecruiters) -> None:
    types = await client.configuration.sources.types()
    assert [t.id for t in types][:2] == ["JOB_BOARDS", "SOCIAL_MEDIA"]
    assert types[0].source_sub_types == [
        IdLabel(id="GENERAL", label="General"),
        IdLabel(id="NICHE", label="Niche"),
    ]


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
    assert {v.sub_type for v in niche} == {"NICHE"}
    assert "sourceSubType=NICHE" in server.requests[-1].query
    some = [v async for v in sources.values("JOB_BOARDS", limit=50, max_items=60)]
    assert len(some) == 60


async def test_values_arguments_are_checked_before_any_request(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters
) -> None:
    sources = client.configuration.sources
    with pytest.raises(ValueError, match="limit"):
        sources.values("JOB_BOARDS", limit=101)
    with pytest.raises(ValueError, match="offset"):
        sources.values("JOB_BOARDS", offset=-1)
    with pytest.raises(ValueError, match="source_type"):
        sources.values("")
    with pytest.raises(ValueError, match="sub_type"):
        sources.values("JOB_BOARDS", sub_type="")
    assert server.stats.count("configuration.source.values.all") == 0
    with pytest.raises(sr.NotFoundError):
        await sources.values("NO_SUCH_TYPE")


async def test_single_value_lookups(client: sr.SmartRecruiters) -> None:
    sources = client.configuration.sources
    linkedin = await sources.value("SOCIAL_MEDIA", "LinkedIn")
    assert linkedin == SourceValue(id="LinkedIn", label="LinkedIn", type="SOCIAL_MEDIA")
    assert await sources.get("LinkedIn") == linkedin
    with pytest.raises(sr.NotFoundError):
        await sources.value("JOB_BOARDS", "LinkedIn")
    with pytest.raises(sr.NotFoundError):
        await sources.get("nowhere")


async def test_resolve_recruiter_creates_once(client: sr.SmartRecruiters) -> None:
    sources = client.configuration.sources
    first = await sources.resolve_recruiter("Jane Hunter")
    assert (first.label, first.type) == ("Jane Hunter", "RECRUITERS")
    assert await sources.resolve_recruiter("jane hunter") == first
    assert await sources.get(first.id) == first
    page = await sources.values("RECRUITERS")
    assert [v.id for v in page] == [first.id]
    with pytest.raises(ValueError, match="name"):
        await sources.resolve_recruiter("")
    with pytest.raises(sr.BadRequestError):
        await client.request("PUT", "/configuration/sources/recruiters/resolve", json={})
