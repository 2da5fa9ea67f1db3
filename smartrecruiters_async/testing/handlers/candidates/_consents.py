"""Consent handlers: status, decisions, and batch consent requests."""

from __future__ import annotations

from aiohttp import web

from ...candidate_store import candidate_store
from ...data import now
from ...replies import Reply
from ...state import ServerData
from ..checks import Refusal, json_array, refusals_as_replies
from ._checks import candidate

__all__ = ["HANDLERS"]

_MAX_REQUESTS = 100


@refusals_as_replies()
async def status(request: web.Request, data: ServerData) -> Reply:
    """``GET /candidates/{id}/consent``: ``REQUIRED``, ``PENDING`` or ``ACQUIRED`` (with a date)."""
    store, found = candidate(request, data)
    consent = store.consent[found["id"]]
    body = {"status": consent["status"]}
    if consent["status"] == "ACQUIRED" and consent.get("date"):
        body["date"] = consent["date"]
    return Reply.json(body)


@refusals_as_replies()
async def decisions(request: web.Request, data: ServerData) -> Reply:
    """``GET /candidates/{id}/consents``: decisions and the newest pending request."""
    store, found = candidate(request, data)
    consent = store.consent[found["id"]]
    body = {"decisions": consent["decisions"]}
    if consent.get("recentPendingRequestCreatedOn"):
        body["recentPendingRequestCreatedOn"] = consent["recentPendingRequestCreatedOn"]
    return Reply.json(body)


@refusals_as_replies()
async def request_batch(request: web.Request, data: ServerData) -> Reply:
    """``POST /candidates/consent-requests``: ``[{"id"}]`` (1..100); one result per id.

    A known candidate's request is scheduled, ``{"status": 202, "body": {"location"}}`` (their
    status becomes ``PENDING``); an unknown id is unavailable, ``{"status": 403}`` (schema
    ``ConsentRequestScheduled`` / ``ConsentRequestUnavailable``).
    """
    items = await json_array(request)
    if not 1 <= len(items) <= _MAX_REQUESTS:
        raise Refusal(400, "INVALID_VALUE", f"send 1 to {_MAX_REQUESTS} consent requests")
    if not all(isinstance(i, dict) and isinstance(i.get("id"), str) for i in items):
        raise Refusal(400, "REQUIRED_FIELD", "every consent request needs a candidate id")
    store = candidate_store(data)
    results: list[dict[str, object]] = []
    for item in items:
        consent = store.consent.get(item["id"])
        if consent is None:
            results.append({"status": 403})
            continue
        consent["recentPendingRequestCreatedOn"] = now()
        if consent["status"] != "ACQUIRED":
            consent["status"] = "PENDING"
        results.append({"status": 202, "body": {"location": f"/candidates/{item['id']}/consents"}})
    return Reply.json({"results": results})


HANDLERS = {
    "candidates.consent.status": status,
    "candidates.consent.decisions": decisions,
    "candidates.consent.request.batch": request_batch,
}
