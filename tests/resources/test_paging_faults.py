"""Nothing silently wrong: malformed pages, cursor loops, lists that change during a walk,
corrupt 200s and exhausted retries, all against the fake server's faults."""

from __future__ import annotations

import warnings
from collections import Counter
from typing import Any

import pytest

import smartrecruiters_async as sr
from smartrecruiters_async.testing import FakeSmartRecruiters, Fault
from smartrecruiters_async.testing.pytest_plugin import FakeServerFactory

LIST = "v1.listPostings"


@pytest.fixture
async def server(
    fake_smartrecruiters_factory: FakeServerFactory, policies: sr.Policies
) -> FakeSmartRecruiters:
    return await fake_smartrecruiters_factory(
        policies=policies, postings=500, candidates=60, api_keys=["key"]
    )


@pytest.fixture
async def client(server: FakeSmartRecruiters, policies: sr.Policies) -> Any:
    async with sr.SmartRecruiters(
        "key", base_url=server.url, governor=sr.LocalGovernor(policies)
    ) as c:
        yield c


def listed(server: FakeSmartRecruiters) -> list[str]:
    return [p["id"] for p in server.data.summaries]


async def walk(paginator: sr.AsyncPaginator[Any]) -> tuple[list[str], Exception | None]:
    """The ids yielded, and the error that ended the walk (``None`` if it ended whole)."""
    ids: list[str] = []
    try:
        async for item in paginator:
            ids.append(item.id)
    except sr.SmartRecruitersError as exc:
        return ids, exc
    return ids, None


# -- 1. a page that is not the shape its style requires -----------------------------------------


@pytest.mark.parametrize(
    ("shape", "said"),
    [
        ("no_content", "no 'content'"),
        ("null_content", "'content' is null"),
        ("no_total", "no 'totalFound'"),
        ("null_total", "'totalFound' is None"),
        ("text_total", "'totalFound' is 'lots'"),
        ("bare_array", "bare JSON array"),
    ],
)
@pytest.mark.parametrize("after", [0, 2], ids=["first page", "a later page"])
async def test_a_malformed_offset_page_raises_naming_the_route_and_the_page(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters, shape: str, said: str, after: int
) -> None:
    server.faults.add(Fault.malformed_page(shape, operation_id=LIST, after=after))  # type: ignore[arg-type]
    ids, error = await walk(client.postings.list("acme"))
    assert isinstance(error, sr.ResponseDecodeError)
    assert said in str(error)
    assert f"while fetching {LIST} at offset=" in str(error)
    assert error.page is not None
    assert error.page["limit"] == 100
    # What was yielded is the list's beginning, up to the page named, once each.
    assert ids == listed(server)[: len(ids)]
    assert len(ids) == error.page["offset"] < 500
    assert (error.page["offset"] == 0) is (after == 0)


@pytest.mark.parametrize("shape", ["no_content", "null_content"])
async def test_a_cursor_page_without_content_is_an_error_not_the_end(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters, shape: str
) -> None:
    server.faults.add(Fault.malformed_page(shape, operation_id="candidates.all", after=1))  # type: ignore[arg-type]
    ids, error = await walk(client.candidates.list(limit=20))
    assert isinstance(error, sr.ResponseDecodeError)
    assert "content" in str(error)
    assert error.page is not None
    assert "pageId" in error.page
    assert len(ids) == 20


# -- 2. a cursor that repeats ---------------------------------------------------------------------


async def test_a_repeated_cursor_raises_after_yielding_each_item_once(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters
) -> None:
    server.faults.add(
        Fault.malformed_page("repeat_cursor", operation_id="candidates.all", times=1000)
    )
    ids, error = await walk(client.candidates.list(limit=20))
    assert isinstance(error, sr.PagingError)
    assert isinstance(error, sr.ResponseDecodeError)
    assert "again" in str(error)
    assert error.page is not None
    assert set(error.page) == {"pageId", "limit"}
    expected = [c["id"] for c in server.data.candidates]
    assert ids == expected[:40]  # the first page, then the one whose cursor points at itself
    assert server.stats.count("candidates.all") == 2


async def test_a_page_that_repeats_the_previous_pages_items_raises(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters
) -> None:
    # The server ignores the cursor: the second page is the first again, with a new cursor.
    server.faults.add(
        Fault.malformed_page("cursor_ignored", operation_id="candidates.all", after=1)
    )
    ids, error = await walk(client.candidates.list(limit=20))
    assert isinstance(error, sr.PagingError)
    assert "repeats 20 items" in str(error)
    assert ids == [c["id"] for c in server.data.candidates[:20]]


async def test_an_offset_page_that_ignores_its_offset_raises(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters
) -> None:
    server.faults.add(Fault.malformed_page("cursor_ignored", operation_id=LIST, after=1))
    ids, error = await walk(client.postings.list("acme"))
    assert isinstance(error, sr.PagingError)
    assert "ignore 'offset'" in str(error)
    assert ids == listed(server)[: len(ids)]


# -- 3. a list that changes during the walk --------------------------------------------------------


async def changed_walk(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters, fault: Fault
) -> tuple[list[str], set[str]]:
    """Walk the postings while ``fault`` changes them; return the ids yielded and the ids that
    were listed for the whole walk."""
    before = set(listed(server))
    server.faults.add(fault)
    with warnings.catch_warnings():
        warnings.simplefilter("error", sr.ListChangedWarning)  # a repair must not need one
        ids, error = await walk(client.postings.list("acme"))
    assert error is None
    assert server.data.posting_changes  # the list did change under the walk
    return ids, before & set(listed(server))


def assert_exactly_once(ids: list[str], whole_walk: set[str]) -> None:
    repeated = {i: n for i, n in Counter(ids).items() if n > 1}
    assert repeated == {}
    assert whole_walk - set(ids) == set()


async def test_items_inserted_at_the_front_during_the_walk_cause_no_duplicate(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters
) -> None:
    ids, whole = await changed_walk(client, server, Fault.list_changed(inserts=37, at=0, after=1))
    assert_exactly_once(ids, whole)
    assert len(whole) == 500


async def test_items_deleted_at_the_front_during_the_walk_skip_no_survivor(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters
) -> None:
    ids, whole = await changed_walk(client, server, Fault.list_changed(deletes=37, at=0, after=1))
    assert_exactly_once(ids, whole)
    assert len(whole) == 463


async def test_churn_on_every_page_loses_and_repeats_nothing(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters
) -> None:
    churn = Fault.list_changed(inserts=3, deletes=3, after=1, times=10_000)
    ids, whole = await changed_walk(client, server, churn)
    assert_exactly_once(ids, whole)
    assert len(server.data.posting_changes) >= 4


async def test_a_walk_that_cannot_be_repaired_warns_with_the_counts(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters
) -> None:
    # Before each of 12 requests after the first page, all 500 postings are replaced by new
    # ones: no re-read, not even from the start, finds an item the walk has seen, so it
    # cannot tell where it was and must say so.
    server.faults.add(Fault.list_changed(inserts=500, deletes=500, after=1, times=12))
    with pytest.warns(sr.ListChangedWarning) as caught:
        ids, error = await walk(client.postings.list("acme"))
    assert error is None
    assert len(ids) == len(set(ids))
    warning = caught[0].message
    assert isinstance(warning, sr.ListChangedWarning)
    assert warning.operation_id == LIST
    assert warning.gap > 0
    assert warning.total_found[0] == 500
    assert warning.page["offset"] > 0
    assert "may be missing" in str(warning)


# -- 4. a corrupt 200 is retried; exhausted retries name the page ----------------------------------


async def test_an_export_through_html_and_cut_200s_ends_whole(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters
) -> None:
    server.faults.add(
        Fault.please_wait(operation_id=LIST, after=1),
        Fault.truncated_json(operation_id=LIST, after=3),
    )
    ids, error = await walk(client.postings.list("acme"))
    assert error is None
    assert ids == listed(server)


async def test_exhausted_retries_name_the_page_to_resume_from(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters
) -> None:
    server.faults.add(Fault.connection_reset(operation_id=LIST, after=2, times=10_000))
    async with sr.SmartRecruiters(
        "key", base_url=server.url, governor=client.governor, max_retries=1
    ) as short:
        ids, error = await walk(short.postings.list("acme"))
    assert isinstance(error, sr.APIConnectionError)
    assert error.page is not None
    assert f"while fetching {LIST} at offset={error.page['offset']}" in str(error)
    assert ids == listed(server)[: error.page["offset"]]
    # The page names where to resume: that walk yields the rest.
    server.faults.clear()
    rest, _ = await walk(client.postings.list("acme", offset=error.page["offset"]))
    assert ids + rest == listed(server)
