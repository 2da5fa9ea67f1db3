"""What every Configuration API handler shares: refusals, body checks, the group's state."""

from __future__ import annotations

import functools
import json
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

import attrs
from aiohttp import web

from ...replies import Handler, Reply, error_body
from ...state import ServerData
from ._state import ConfigurationState

__all__ = [
    "Field",
    "Json",
    "Refusal",
    "bad_request",
    "conflict",
    "handler",
    "json_body",
    "language",
    "not_found",
    "object_body",
]

Json = dict[str, Any]
StateHandler = Callable[[web.Request, ConfigurationState], Awaitable[Reply]]


class Refusal(Exception):
    """Raised inside a handler to answer ``reply`` instead (404, 400, 409)."""

    def __init__(self, reply: Reply) -> None:
        super().__init__(reply.status)
        self.reply = reply


def not_found(kind: str, key: str) -> Refusal:
    """404 in the API's error shape."""
    return Refusal(Reply.error(404, "NOT_FOUND", f"{kind} {key} not found"))


def bad_request(code: str, message: str) -> Refusal:
    """400 in the API's error shape."""
    return Refusal(Reply.error(400, code, message))


def conflict(message: str) -> Refusal:
    """409 in the API's error shape."""
    return Refusal(Reply.error(409, "CONFLICT", message))


def handler(serve: StateHandler) -> Handler:
    """A fake-server ``Handler`` from one that takes the group's state and may raise ``Refusal``."""

    @functools.wraps(serve)
    async def run(request: web.Request, data: ServerData) -> Reply:
        state = data.store("configuration", ConfigurationState.seeded)
        try:
            return await serve(request, state)
        except Refusal as refusal:
            return refusal.reply

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


async def json_body(request: web.Request) -> Any:
    """The request's JSON; 400 ``INVALID_JSON`` when it is not JSON."""
    try:
        return json.loads(await request.read() or b"null")
    except ValueError:
        raise bad_request("INVALID_JSON", "Request body is not valid JSON") from None


async def object_body(request: web.Request, fields: Mapping[str, Field]) -> Json:
    """The request's JSON object, checked against ``fields``.

    Every problem is reported at once, as the API does: ``{"message", "errors": [...]}`` with a
    ``REQUIRED_FIELD``, ``INVALID_TYPE`` or ``INVALID_VALUE`` entry per bad member. Members not
    in ``fields`` are ignored.
    """
    body = await json_body(request)
    if not isinstance(body, dict):
        raise bad_request("INVALID_BODY", "Request body must be a JSON object")
    errors = [problem for name, field in fields.items() if (problem := _check(body, name, field))]
    if errors:
        reply = error_body(errors[0]["code"], "Request body is invalid")
        reply["errors"] = errors
        raise Refusal(Reply.json(reply, status=400))
    return body


def _check(body: Json, name: str, field: Field) -> dict[str, str] | None:
    value = body.get(name)
    if value is None or (isinstance(value, str) and not value.strip()):
        return (
            {"code": "REQUIRED_FIELD", "message": f"{name} is required"} if field.required else None
        )
    if not isinstance(value, field.kind):
        return {"code": "INVALID_TYPE", "message": f"{name} has the wrong type"}
    if field.choices is not None and value not in field.choices:
        allowed = ", ".join(sorted(field.choices))
        return {"code": "INVALID_VALUE", "message": f"{name} must be one of {allowed}"}
    return None
