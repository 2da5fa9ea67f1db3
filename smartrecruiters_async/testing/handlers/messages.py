"""Fake-server handlers of the Message API: notes about candidates, shared with users.

A message is about the candidate named by its ``correlationId``; the ``jobId`` filter of the
list keeps messages shared with that job's hiring team. Messages are written by the user the
credential acts as (``users_state(data).me``). The fake starts with ``SEEDED_MESSAGES`` messages
about the first seeded candidate.

The fake keeps each message as it was shared (``StoredMessage``) and lists it in the schema's
``MessageView`` form: ``content``, ``createdOn``, ``authorId``. ``context`` and ``visibility``
are left out: the schema gives them no type and no source shows their form, so the fake does not
make one up.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from typing import Any

import attrs
from aiohttp import web

from ..._protocol.routes import messages as routes
from ..data import RELEASED_UNTIL, now, wire_datetime
from ..replies import Handler, Reply
from ..state import ServerData
from . import params
from .checks import (
    bad_request,
    json_object,
    not_found,
    refusals_as_replies,
    required_object,
    required_string,
    string_list,
)
from .users import users_state

__all__ = ["HANDLERS", "SEEDED_MESSAGES", "MessagesState", "StoredMessage", "messages_state"]

Json = dict[str, Any]

SEEDED_MESSAGES = 23
"""Messages the fake starts with, all about the first seeded candidate."""

_MAX_CONTENT = 10_000


@attrs.frozen(kw_only=True)
class StoredMessage:
    """A message as it was shared: the ``Message`` body, its author and when it was posted."""

    id: str
    content: str
    correlation_id: str
    author_id: str
    created_on: str
    share_with: Json

    def view(self) -> Json:
        """The message as ``GET /messages`` lists it (``MessageView``)."""
        return {"content": self.content, "createdOn": self.created_on, "authorId": self.author_id}


@attrs.define(kw_only=True, eq=False)
class MessagesState:
    """Messages by id, oldest first."""

    messages: dict[str, StoredMessage] = attrs.field(factory=dict)


def _author_id(data: ServerData) -> str:
    return users_state(data).me


def _build(data: ServerData) -> MessagesState:
    state = MessagesState()
    if not data.candidates:
        return state
    candidate_id = data.candidates[0]["id"]
    for index in range(SEEDED_MESSAGES):
        message_id = str(uuid.UUID(int=index + 1, version=4))
        state.messages[message_id] = StoredMessage(
            id=message_id,
            content=f"Note {index + 1} about this candidate",
            correlation_id=candidate_id,
            author_id=_author_id(data),
            created_on=wire_datetime(RELEASED_UNTIL + dt.timedelta(hours=index)),
            share_with={"hiringTeamOf": [f"job-{index % 2}"], "everyone": False},
        )
    return state


def messages_state(data: ServerData) -> MessagesState:
    """The Message API's state of one fake server (built on first use)."""
    return data.store("messages", _build)


@refusals_as_replies()
async def fetch_messages(request: web.Request, data: ServerData) -> Reply:
    """``GET /messages?candidateId=``: one cursor page (``jobId``, ``limit`` ≤ 100, default 10)."""
    query = params.declared(request.query, routes.FETCH)
    candidate_id = query["candidate_id"]
    limit = params.integer(request.query, "limit", 10, low=1, high=100)
    offset = params.page_offset(request.query, "messages")
    job_id = query.get("job_id")
    found = [
        m.view()
        for m in messages_state(data).messages.values()
        if m.correlation_id == candidate_id
        and (job_id is None or job_id in m.share_with.get("hiringTeamOf", []))
    ]
    page: Json = {"content": found[offset : offset + limit]}
    if offset + limit < len(found):
        page["nextPageId"] = params.page_id("messages", offset + limit)
    return Reply.json(page)


def _share_with(body: Json, data: ServerData) -> Json:
    share = required_object(body, "shareWith")
    users = string_list(share, "users")
    unknown = sorted(set(users) - set(users_state(data).users))
    if unknown:
        raise bad_request(f"shareWith.users holds unknown users: {', '.join(unknown)}")
    teams = string_list(share, "hiringTeamOf")
    flags = {}
    for key in ("everyone", "openNote"):
        value = share.get(key, False)
        if not isinstance(value, bool):
            raise bad_request(f"shareWith.{key} must be true or false")
        flags[key] = value
    if not (users or teams or any(flags.values())):
        raise bad_request("shareWith must name users, hiring teams, everyone or an open note")
    return {"users": users, "hiringTeamOf": teams, **flags}


@refusals_as_replies()
async def share_message(request: web.Request, data: ServerData) -> Reply:
    """``POST /messages/shares``: validate and store; 201 with ``{id, shareRequired}``."""
    body = await json_object(request)
    content = required_string(body, "content")
    if len(content) > _MAX_CONTENT:
        raise bad_request(f"content must be at most {_MAX_CONTENT} characters")
    message = StoredMessage(
        id=str(uuid.uuid4()),
        content=content,
        correlation_id=required_string(body, "correlationId"),
        author_id=_author_id(data),
        created_on=now(),
        share_with=_share_with(body, data),
    )
    messages_state(data).messages[message.id] = message
    return Reply.json({"id": message.id, "shareRequired": False}, status=201)


@refusals_as_replies()
async def delete_message(request: web.Request, data: ServerData) -> Reply:
    """``DELETE /messages/shares/{id}``: 204; 404 for an unknown message."""
    state = messages_state(data)
    message_id = request.match_info["message_id"]
    if state.messages.pop(message_id, None) is None:
        raise not_found("Message", message_id)
    return Reply.empty()


HANDLERS: Mapping[str, Handler] = {
    "messages.fetch": fetch_messages,
    "messages.shares.create": share_message,
    "messages.shares.delete": delete_message,
}
