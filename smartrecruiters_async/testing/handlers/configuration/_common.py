"""What every Configuration API handler shares: the group's state, body checks, languages."""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

import attrs
from aiohttp import web

from ...replies import Handler, Reply
from ...state import ServerData
from ..checks import Checker, Refusal, json_object, refusals_as_replies
from ._state import ConfigurationState

__all__ = ["Field", "Json", "config", "handler", "language", "object_body", "select_values"]

Json = dict[str, Any]
StateHandler = Callable[[web.Request, ConfigurationState], Awaitable[Reply]]


def config(data: ServerData) -> ConfigurationState:
    """The group's state of one fake server (built on first use)."""
    return data.store("configuration", ConfigurationState.seeded)


def handler(serve: StateHandler) -> Handler:
    """A fake-server ``Handler`` from one that takes the group's state and may raise ``Refusal``."""

    @refusals_as_replies()
    @functools.wraps(serve)
    async def run(request: web.Request, data: ServerData) -> Reply:
        return await serve(request, config(data))

    return run


def language(request: web.Request) -> str | None:
    """The first language of ``Accept-Language`` (``"de"`` of ``"de-DE;q=0.9, en"``), if any."""
    header = request.headers.get("Accept-Language", "")
    first = header.split(",")[0].split(";")[0].strip()
    return first.split("-")[0].lower() or None


@attrs.frozen
class Field:
    """One JSON member a body may hold: its type, whether it is required, allowed values."""

    kind: type | tuple[type, ...] = str
    required: bool = False
    choices: frozenset[str] | None = None


async def object_body(request: web.Request, fields: Mapping[str, Field]) -> Json:
    """The request's JSON object, checked against ``fields``.

    Every problem is reported at once, as the API does: ``{"message", "errors": [...]}`` with a
    ``REQUIRED_FIELD``, ``INVALID_TYPE`` or ``INVALID_VALUE`` entry per bad member. Members not
    in ``fields`` are ignored.
    """
    check = Checker(await json_object(request))
    for name, field in fields.items():
        if field.required:
            check.required(name)
        if isinstance(check.get(name), str) and not check.get(name).strip():
            continue  # a blank string counts as absent
        check.kind(name, field.kind, "of the right type", code="INVALID_TYPE")
        if field.choices is not None:
            check.one_of(name, field.choices)
    return check.done(headline="Request body is invalid")


def select_values(prop: Json, values: dict[str, dict[str, Json]]) -> dict[str, Json]:
    """The values of the property ``prop`` kept in ``values``; 400 unless it is single-select."""
    if prop["type"] != "SINGLE_SELECT":
        raise Refusal(
            400, "INVALID_PROPERTY_TYPE", "Values exist only for SINGLE_SELECT properties"
        )
    return values.setdefault(prop["id"], {})
