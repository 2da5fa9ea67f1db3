"""How the candidate handlers read and refuse requests: JSON bodies, ids, 400 and 404."""

from __future__ import annotations

import functools
import json
from collections.abc import Collection
from typing import Any

from aiohttp import web

from ...candidate_store import CandidateStore, candidate_store
from ...replies import Handler, Reply
from ...state import ServerData

__all__ = [
    "Refusal",
    "application",
    "candidate",
    "enum_field",
    "json_body",
    "refusals",
    "required_texts",
]

Json = dict[str, Any]


class Refusal(Exception):
    """A request the API refuses: status plus the documented ``errors[{code, message}]``."""

    def __init__(self, status: int, code: str, message: str, *more: tuple[str, str]) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.errors = [{"code": code, "message": message}] + [
            {"code": c, "message": m} for c, m in more
        ]

    def reply(self) -> Reply:
        """The Customer API's error body: ``{"message", "errors": [{"code", "message"}]}``."""
        return Reply.json({"message": self.message, "errors": self.errors}, status=self.status)


def refusals(handler: Handler) -> Handler:
    """``handler`` answering a raised ``Refusal`` with its error reply."""

    @functools.wraps(handler)
    async def guarded(request: web.Request, data: ServerData) -> Reply:
        try:
            return await handler(request, data)
        except Refusal as refusal:
            return refusal.reply()

    return guarded


async def json_body(request: web.Request, *, array: bool = False) -> Any:
    """The request's JSON body: an object (or an array with ``array``), else a 400 refusal."""
    text = await request.text()
    try:
        body = json.loads(text)
    except ValueError:
        raise Refusal(400, "INVALID_JSON", "Request body is not valid JSON") from None
    expected = list if array else dict
    if not isinstance(body, expected):
        kind = "an array" if array else "an object"
        raise Refusal(400, "INVALID_JSON", f"Request body must be a JSON {kind}")
    return body


def required_texts(body: Json, *keys: str) -> None:
    """Refuse with one ``REQUIRED_FIELD`` error per key that is missing or blank."""
    missing = [k for k in keys if not isinstance(body.get(k), str) or not body[k].strip()]
    if missing:
        errors = [("REQUIRED_FIELD", f"{k} is required") for k in missing]
        raise Refusal(400, *errors[0], *errors[1:])
    if "email" in keys and "@" not in body["email"]:
        raise Refusal(400, "INVALID_VALUE", "email is not a valid e-mail address")


def enum_field(body: Json, key: str, allowed: Collection[str]) -> str:
    """``body[key]``, which must be one of ``allowed`` (400 otherwise)."""
    value = body.get(key)
    if value is None:
        raise Refusal(400, "REQUIRED_FIELD", f"{key} is required")
    if value not in allowed:
        raise Refusal(400, "INVALID_VALUE", f"{key} must be one of {', '.join(sorted(allowed))}")
    return str(value)


def candidate(request: web.Request, data: ServerData) -> tuple[CandidateStore, Json]:
    """The store and the candidate of the path's ``{candidate_id}`` (404 if unknown)."""
    store = candidate_store(data)
    candidate_id = request.match_info["candidate_id"]
    found = store.by_id.get(candidate_id)
    if found is None:
        raise Refusal(404, "NOT_FOUND", f"Candidate {candidate_id} not found")
    return store, found


def application(request: web.Request, data: ServerData) -> tuple[CandidateStore, Json]:
    """The store and the application of the path's candidate and ``{job_id}`` (404)."""
    store, found = candidate(request, data)
    job_id = request.match_info["job_id"]
    app = store.application(found["id"], job_id)
    if app is None:
        raise Refusal(404, "NOT_FOUND", f"Candidate {found['id']} has not applied to job {job_id}")
    return store, app
