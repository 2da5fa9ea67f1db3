"""Application handlers: read and remove, status and its history, source, onboarding, answers."""

from __future__ import annotations

from typing import Any

from aiohttp import web

from ...candidate_store import CANDIDATE_STATUSES, CandidateStore, source_text
from ...replies import Reply
from ...state import ServerData
from .._collection import answering, listed
from ..checks import Refusal, json_object, refusals_as_replies
from ..webhooks import emit
from ._checks import application, candidate, enum_field

__all__ = ["HANDLERS"]

Json = dict[str, Any]

_ONBOARDING = frozenset({"READY_TO_ONBOARD", "ONBOARDING_SUCCESSFUL", "ONBOARDING_FAILED"})


def _primary(request: web.Request, data: ServerData) -> tuple[CandidateStore, Json]:
    store, found = candidate(request, data)
    apps = store.applications_of(found["id"])
    if not apps:
        raise Refusal(404, "NOT_FOUND", f"Candidate {found['id']} has no application")
    return store, apps[0]


@refusals_as_replies()
async def get_application(request: web.Request, data: ServerData) -> Reply:
    """``GET /candidates/{id}/jobs/{jobId}``: the application."""
    store, app = application(request, data)
    return Reply.json(store.application_view(app))


@refusals_as_replies()
async def delete_application(request: web.Request, data: ServerData) -> Reply:
    """``DELETE /candidates/{id}/jobs/{jobId}``: 204; the application is gone."""
    store, app = application(request, data)
    store.remove_application(app["id"])
    return Reply.empty()


def emit_application(data: ServerData, name: str, app: Json) -> None:
    """Send the application event ``name`` (``{job_id, candidate_id, application_id}``)."""
    ids = {"job_id": app["jobId"], "candidate_id": app["candidateId"], "application_id": app["id"]}
    emit(data, name, ids, f"/candidates/{app['candidateId']}/jobs/{app['jobId']}")


async def _set_status(
    request: web.Request, data: ServerData, store: CandidateStore, app: Json
) -> Reply:
    body = await json_object(request)
    enum_field(body, "status", CANDIDATE_STATUSES)
    for key in ("subStatus", "startsOn", "reason"):
        if body.get(key) is not None and not isinstance(body[key], str):
            raise Refusal(400, "INVALID_VALUE", f"{key} must be a string")
    store.set_status(app, body)
    emit_application(data, "application.status.updated", app)
    return Reply.empty()


@refusals_as_replies()
async def update_primary_status(request: web.Request, data: ServerData) -> Reply:
    """``PUT /candidates/{id}/status``: the primary application's status; 204."""
    store, app = _primary(request, data)
    return await _set_status(request, data, store, app)


@refusals_as_replies()
async def update_status(request: web.Request, data: ServerData) -> Reply:
    """``PUT /candidates/{id}/jobs/{jobId}/status``: 204."""
    store, app = application(request, data)
    return await _set_status(request, data, store, app)


def _history(store: CandidateStore, app: Json) -> Reply:
    return listed(
        [{k: v for k, v in e.items() if v is not None} for e in store.histories[app["id"]]]
    )


@refusals_as_replies()
async def update_source(request: web.Request, data: ServerData) -> Reply:
    """``PUT /candidates/{id}/jobs/{jobId}/source``: ``sourceTypeId`` and ``sourceId``; 204.

    The application then shows a free-text ``source`` for the new ids.
    """
    store, app = application(request, data)
    body = await json_object(request)
    missing = [k for k in ("sourceTypeId", "sourceId") if not isinstance(body.get(k), str)]
    if missing:
        raise Refusal(400, "REQUIRED_FIELD", f"{missing[0]} is required")
    keys = ("sourceTypeId", "sourceSubTypeId", "sourceId")
    app["sourceDetails"] = {k: body[k] for k in keys if body.get(k) is not None}
    app["source"] = source_text(app["sourceDetails"])
    store.touch(app["candidateId"])
    return Reply.empty()


def _onboarding_key(request: web.Request, data: ServerData) -> tuple[CandidateStore, Any]:
    if "job_id" in request.match_info:
        store, app = application(request, data)
        return store, (app["candidateId"], app["jobId"])
    store, found = candidate(request, data)
    return store, (found["id"], None)


@refusals_as_replies()
async def get_onboarding(request: web.Request, data: ServerData) -> Reply:
    """``GET .../onboardingStatus``: ``{"onboardingStatus"}`` (``{}`` until one is set)."""
    store, key = _onboarding_key(request, data)
    status = store.onboarding.get(key)
    return Reply.json({} if status is None else {"onboardingStatus": status})


@refusals_as_replies()
async def set_onboarding(request: web.Request, data: ServerData) -> Reply:
    """``PUT .../onboardingStatus``: ``{"onboardingStatus"}`` among the states; 204."""
    store, key = _onboarding_key(request, data)
    status = enum_field(await json_object(request), "onboardingStatus", _ONBOARDING)
    store.onboarding[key] = status
    return Reply.empty()


@refusals_as_replies()
async def screening_answers(request: web.Request, data: ServerData) -> Reply:
    """``GET /candidates/{id}/jobs/{jobId}/screening-answers``: answers given when applying."""
    store, app = application(request, data)
    return listed(store.answers.get(app["id"], []))


HANDLERS = {
    "candidates.getApplication": get_application,
    "candidates.deleteApplication": delete_application,
    "candidates.status.updatePrimary": update_primary_status,
    "candidates.status.update": update_status,
    # The primary application's statuses, then one application's.
    "candidates.status.history.get": answering(lambda rq, d: _history(*_primary(rq, d))),
    "candidates.status.history.getForJob": answering(lambda rq, d: _history(*application(rq, d))),
    "candidates.source.update": update_source,
    "candidates.onboarding.get": get_onboarding,
    "candidates.onboarding.update": set_onboarding,
    "candidates.onboarding.getForJob": get_onboarding,
    "candidates.onboarding.updateForJob": set_onboarding,
    "candidates.screening-answers.get": screening_answers,
}
