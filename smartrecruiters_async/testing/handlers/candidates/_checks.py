"""How the candidate handlers find what a path names (404) and check a few candidate fields."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from aiohttp import web

from ...candidate_store import CandidateStore, candidate_store
from ...state import ServerData
from ..checks import Checker, NotFound, Refusal

__all__ = ["application", "candidate", "enum_field", "required_texts"]

Json = dict[str, Any]


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
    checked = Checker(body).required(key).one_of(key, allowed)
    return str(checked.done(headline=None)[key])


def candidate(request: web.Request, data: ServerData) -> tuple[CandidateStore, Json]:
    """The store and the candidate of the path's ``{candidate_id}`` (404 if unknown)."""
    store = candidate_store(data)
    candidate_id = request.match_info["candidate_id"]
    found = store.by_id.get(candidate_id)
    if found is None:
        raise NotFound(f"Candidate {candidate_id} not found")
    return store, found


def application(request: web.Request, data: ServerData) -> tuple[CandidateStore, Json]:
    """The store and the application of the path's candidate and ``{job_id}`` (404)."""
    store, found = candidate(request, data)
    job_id = request.match_info["job_id"]
    app = store.application(found["id"], job_id)
    if app is None:
        raise NotFound(f"Candidate {found['id']} has not applied to job {job_id}")
    return store, app
