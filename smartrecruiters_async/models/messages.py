"""Message API models: notes on a candidate, shared with users or hiring teams."""

from __future__ import annotations

import datetime as dt

from ._base import ExtraFields, extra_fields, model

__all__ = ["Message", "MessageAuthor", "MessageDetails", "MessageInput", "ShareWith"]


@model
class ShareWith:
    """Who sees a message: users by id, the hiring teams of jobs by job id, everyone, or an
    open note (visible to everyone who can see the candidate)."""

    users: list[str] | None = None
    hiring_team_of: list[str] | None = None
    everyone: bool | None = None
    open_note: bool | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class MessageInput:
    """The body of ``messages.share``: the text (``@[USER:id]`` mentions notify that user),
    the candidate it is about (``correlation_id``) and who it is shared with."""

    content: str
    correlation_id: str
    share_with: ShareWith


@model
class MessageDetails:
    """The answer to ``messages.share``: the new message's id."""

    id: str
    share_required: bool | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class MessageAuthor:
    """Who wrote a message."""

    id: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class Message:
    """A message as ``messages.list`` returns it."""

    id: str
    content: str | None = None
    correlation_id: str | None = None
    author: MessageAuthor | None = None
    created_on: dt.datetime | None = None
    share_with: ShareWith | None = None
    extra_fields: ExtraFields = extra_fields()
