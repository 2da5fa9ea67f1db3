"""Refusing bad requests the way the API documents: 4xx with ``{"message", "errors"}``.

Handlers raise ``Refusal`` (or one of its helpers) wherever they find a problem; wrapping the
handler with ``refusals_answered`` turns it into the reply, so validation reads top to bottom.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Collection, Mapping
from typing import Any

from aiohttp import web

from ..replies import Handler, Reply
from ..state import ServerData
from . import params

__all__ = [
    "Refusal",
    "bad_request",
    "not_found",
    "optional_enum",
    "optional_object",
    "optional_string",
    "read_json",
    "read_object",
    "refusals_answered",
    "required_date_time",
    "required_enum",
    "required_object",
    "required_string",
    "string_list",
]

Json = dict[str, Any]


class Refusal(Exception):
    """A request the API refuses: ``status``, error ``code`` and ``message``."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message

    def reply(self) -> Reply:
        """The documented error body with this status."""
        return Reply.error(self.status, self.code, self.message)


def bad_request(message: str, code: str = "INVALID_PARAMETER") -> Refusal:
    """A 400 refusal."""
    return Refusal(400, code, message)


def not_found(what: str, ident: str) -> Refusal:
    """A 404 refusal naming what was not found."""
    return Refusal(404, "NOT_FOUND", f"{what} {ident} not found")


def refusals_answered(handler: Handler) -> Handler:
    """``handler`` with every ``Refusal`` (and bad query parameter) answered as an error."""

    @functools.wraps(handler)
    async def answer(request: web.Request, data: ServerData) -> Reply:
        try:
            return await handler(request, data)
        except Refusal as refusal:
            return refusal.reply()
        except params.InvalidParameter as error:
            return bad_request(str(error)).reply()

    return answer


async def read_json(request: web.Request) -> Any:
    """The request body as JSON; refuses a missing or malformed body."""
    text = await request.text()
    if not text.strip():
        raise bad_request("Request body is required", "INVALID_JSON")
    try:
        return json.loads(text)
    except ValueError:
        raise bad_request("Request body is not valid JSON", "INVALID_JSON") from None


async def read_object(request: web.Request) -> Json:
    """The request body as a JSON object."""
    body = await read_json(request)
    if not isinstance(body, dict):
        raise bad_request("Request body must be a JSON object", "INVALID_JSON")
    return body


def required_string(body: Mapping[str, Any], key: str, *, where: str = "") -> str:
    """``body[key]``, a non-blank string; refuses anything else."""
    value = body.get(key)
    if not isinstance(value, str) or not value.strip():
        raise bad_request(f"{where}{key} is required and must be a non-empty string")
    return value


def optional_string(body: Mapping[str, Any], key: str, *, where: str = "") -> str | None:
    """``body[key]`` when present: a string (``None`` when absent or null)."""
    value = body.get(key)
    if value is not None and not isinstance(value, str):
        raise bad_request(f"{where}{key} must be a string")
    return value


def optional_enum(body: Mapping[str, Any], key: str, allowed: Collection[str]) -> str | None:
    """``body[key]`` when present: one of ``allowed``; refuses other values."""
    if body.get(key) is None:
        return None
    return required_enum(body, key, allowed)


def required_enum(body: Mapping[str, Any], key: str, allowed: Collection[str]) -> str:
    """``body[key]``, one of ``allowed``; refuses anything else."""
    value = body.get(key)
    if not isinstance(value, str) or value not in allowed:
        raise bad_request(f"{key} must be one of {', '.join(sorted(allowed))}")
    return value


def optional_object(body: Mapping[str, Any], key: str) -> Json | None:
    """``body[key]`` when present: a JSON object."""
    if body.get(key) is None:
        return None
    return required_object(body, key)


def required_object(body: Mapping[str, Any], key: str) -> Json:
    """``body[key]``, a JSON object."""
    value = body.get(key)
    if not isinstance(value, dict):
        raise bad_request(f"{key} is required and must be an object")
    return value


def string_list(body: Mapping[str, Any], key: str, *, required: bool = False) -> list[str]:
    """``body[key]``, a list of non-empty strings (empty when absent and not required)."""
    value = body.get(key)
    if value is None and not required:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise bad_request(f"{key} must be a list of non-empty strings")
    return value


def required_date_time(body: Mapping[str, Any], key: str) -> dt.datetime:
    """``body[key]`` as an aware datetime (ISO 8601 with ``Z``, ``+0000`` or ``+00:00``)."""
    value = body.get(key)
    if not isinstance(value, str):
        raise bad_request(f"{key} is required and must be an ISO 8601 date-time")
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        raise bad_request(f"{key} must be an ISO 8601 date-time") from None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=dt.UTC)
