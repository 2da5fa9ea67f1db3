"""Job Applications API handlers (``/job-applications-api/v202112``), over ``CandidateStore``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from aiohttp import web

from ..candidate_store import CandidateStore, candidate_store
from ..data import now
from ..replies import Handler, Reply
from ..state import ServerData
from .checks import Refusal, refusals_as_replies

__all__ = ["HANDLERS"]

Json = dict[str, Any]


def _application(request: web.Request, data: ServerData) -> tuple[CandidateStore, Json]:
    store = candidate_store(data)
    application_id = request.match_info["job_application_id"]
    app = store.applications.get(application_id)
    if app is None:
        raise Refusal(404, "NOT_FOUND", f"Job application {application_id} not found")
    return store, app


@refusals_as_replies()
async def get(request: web.Request, data: ServerData) -> Reply:
    """``GET /job-applications/{id}``: the application, its candidate (``profileId``) and job."""
    store, app = _application(request, data)
    return Reply.json(store.job_application_view(app))


@refusals_as_replies()
async def delete(request: web.Request, data: ServerData) -> Reply:
    """``DELETE /job-applications/{id}``: 204; the candidate stays."""
    store, app = _application(request, data)
    store.remove_application(app["id"])
    return Reply.empty()


@refusals_as_replies()
async def request_consent(request: web.Request, data: ServerData) -> Reply:
    """``POST /job-applications/{id}/consent-request``: 202; the request is then pending."""
    store, app = _application(request, data)
    consent = store.application_consent.setdefault(app["id"], {"decisions": []})
    consent["recentPendingRequestCreatedOn"] = now()
    return Reply.empty(202)


@refusals_as_replies()
async def consents(request: web.Request, data: ServerData) -> Reply:
    """``GET /job-applications/{id}/consents``: decisions and the newest pending request."""
    store, app = _application(request, data)
    return Reply.json(store.application_consent.get(app["id"], {"decisions": []}))


HANDLERS: Mapping[str, Handler] = {
    "job-applications.getById": get,
    "job-applications.deleteById": delete,
    "job-applications.postConsentRequest": request_consent,
    "job-applications.getConsentDecision": consents,
}
