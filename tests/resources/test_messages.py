"""The Message API against the fake server: every method has a real, observable effect."""

from urllib.parse import parse_qs

import pytest

import smartrecruiters_async as sr
from smartrecruiters_async.models import Message, MessageInput, ShareWith
from smartrecruiters_async.testing import FakeSmartRecruiters
from smartrecruiters_async.testing.handlers.messages import SEEDED_MESSAGES, messages_state


@pytest.fixture
def candidate_id(server: FakeSmartRecruiters) -> str:
    return str(server.data.candidates[0]["id"])


def note(candidate_id: str, share_with: ShareWith | None = None) -> MessageInput:
    return MessageInput(
        content="Strong systems design, see @[USER:someone] for details",
        correlation_id=candidate_id,
        share_with=share_with or ShareWith(hiring_team_of=["job-7"]),
    )


async def test_list_iterates_every_message_once_over_cursor_pages(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters, candidate_id: str
) -> None:
    # A listed message has no id (MessageView): the seeded contents are distinct.
    contents = [m.content async for m in client.messages.list(candidate_id)]
    assert len(contents) == len(set(contents)) == SEEDED_MESSAGES
    assert server.stats.count("messages.fetch") == 3  # 23 messages, 10 a page (the default)
    page = await client.messages.list(candidate_id, limit=5)
    assert len(page) == 5
    assert page.next_page_id
    assert all(isinstance(m, Message) for m in page)
    me = await client.users.me()
    assert all(m.author_id == me.id and m.created_on for m in page)


async def test_job_filter_reaches_the_server(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters, candidate_id: str
) -> None:
    found = [m async for m in client.messages.list(candidate_id, job_id="job-0", limit=100)]
    assert len(found) == (SEEDED_MESSAGES + 1) // 2
    shared = {m.content: m.share_with for m in messages_state(server.data).messages.values()}
    assert all(shared[m.content]["hiringTeamOf"] == ["job-0"] for m in found)
    query = parse_qs(server.requests[-1].query)
    assert query == {"candidateId": [candidate_id], "jobId": ["job-0"], "limit": ["100"]}


async def test_share_then_list_then_delete(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters, candidate_id: str
) -> None:
    details = await client.messages.share(note(candidate_id))
    assert details.id
    assert messages_state(server.data).messages[details.id].correlation_id == candidate_id
    listed = [m async for m in client.messages.list(candidate_id, job_id="job-7")]
    assert [m.content for m in listed] == [note(candidate_id).content]

    await client.messages.delete(details.id)
    assert [m async for m in client.messages.list(candidate_id, job_id="job-7")] == []
    with pytest.raises(sr.NotFoundError):
        await client.messages.delete(details.id)


async def test_share_with_users_must_name_known_users(
    client: sr.SmartRecruiters, candidate_id: str
) -> None:
    me = await client.users.me()
    assert me.id is not None
    details = await client.messages.share(note(candidate_id, ShareWith(users=[me.id])))
    assert details.id
    with pytest.raises(sr.BadRequestError, match="unknown users") as info:
        await client.messages.share(note(candidate_id, ShareWith(users=["nobody"])))
    assert info.value.body.errors[0]["code"] == "INVALID_PARAMETER"


async def test_share_refuses_nobody_to_share_with_and_empty_content(
    client: sr.SmartRecruiters, candidate_id: str
) -> None:
    with pytest.raises(sr.BadRequestError, match="shareWith"):
        await client.messages.share(note(candidate_id, ShareWith(everyone=False)))
    blank = MessageInput(
        content=" ", correlation_id=candidate_id, share_with=ShareWith(everyone=True)
    )
    with pytest.raises(sr.BadRequestError, match="content"):
        await client.messages.share(blank)
