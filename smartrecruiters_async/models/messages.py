"""Message API models: notes on a candidate, shared with users or hiring teams."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ._base import ExtraFields, extra_fields, model

__all__ = ["Message", "MessageContext", "MessageDetails", "MessageInput", "ShareWith"]


@model
class ShareWith:
    """Who sees a new message: users by id, the hiring teams of jobs by job id, everyone, or an
    open note (visible to everyone who can see the candidate)."""

    users: list[str] | None = None
    hiring_team_of: list[str] | None = None
    everyone: bool | None = None
    open_note: bool | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class MessageInput:
    """The body of ``messages.share`` (``Message`` in the schema): the text (``@[USER:id]``
    mentions notify that user), the candidate it is about (``correlation_id``) and who it is
    shared with."""

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
class MessageContext:
    """What a listed message relates to besides its candidate (``Context``).

    The schema names one field, ``applications``, without a type, and no example or other source
    shows its form, so it is kept as sent.
    """

    applications: Any = None
    extra_fields: ExtraFields = extra_fields()


@model
class Message:
    """A message as ``messages.list`` returns it (``MessageView``).

    It has no id: the API lists messages by candidate and names only their author
    (``author_id``). ``visibility`` has no type in the schema and no source shows its form, so
    it is kept as sent.
    """

    content: str | None = None
    created_on: dt.datetime | None = None
    author_id: str | None = None
    context: MessageContext | None = None
    visibility: Any = None
    extra_fields: ExtraFields = extra_fields()
