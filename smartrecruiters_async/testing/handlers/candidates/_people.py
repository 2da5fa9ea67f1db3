"""Candidate handlers: list (cursor paging), create (also from a CV), get, update, delete."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from aiohttp import web

from ...._protocol.routes import candidates as routes
from ...candidate_store import CANDIDATE_KEYS, Attachment, CandidateStore
from ...candidate_store import candidate_store as store_of
from ...data import now
from ...replies import Reply
from ...state import ServerData
from .. import params
from ..checks import Refusal, json_object, refusals_as_replies
from ..webhooks import emit
from ._applications import emit_application
from ._checks import candidate, required_texts
from ._multipart import Form, parsed_resume, read_form

__all__ = ["HANDLERS", "new_candidate"]

Json = dict[str, Any]
Test = Callable[[Json], bool]

PERSONAL_FIELDS = ("phoneNumber", "location", "web")
"""Writable personal details that ``PATCH`` replaces (absent from the body: removed).

A stored key the schema does not know (a test stores one to play a field the API adds later) is
a personal detail too, so a client that drops fields it does not know loses it."""
_COMPUTED = frozenset({"primaryAssignment", "secondaryAssignments", "actions"})
_NAME_FIELDS = ("firstName", "lastName", "email")
_OBJECTS = ("location", "web", "sourceDetails")
_LISTS = ("education", "experience")


def _parse_wire(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


def _filters(query: Json, store: CandidateStore) -> list[Test]:
    """One test per filter of ``query`` (read by ``params.declared``, so enum values and dates
    are already checked); raises ``InvalidParameter`` for a rating that is not a number."""
    tests: list[Test] = []

    def apps(c: Json) -> list[Json]:
        return store.applications_of(c["id"])

    if q := query.get("q", "").casefold():
        tests.append(lambda c: any(q in str(c.get(k, "")).casefold() for k in _NAME_FIELDS))
    if job_ids := set(query.get("job_ids", ())):
        tests.append(lambda c: any(a["jobId"] in job_ids for a in apps(c)))
    if statuses := set(query.get("statuses", ())):
        tests.append(lambda c: any(a["status"] in statuses for a in apps(c)))
    if sub_status := query.get("sub_status"):
        tests.append(lambda c: any(a.get("subStatus") == sub_status for a in apps(c)))
    if tags := set(query.get("tags", ())):
        tests.append(lambda c: bool(tags & set(c.get("tags") or ())))
    if consent := set(query.get("consent_statuses", ())):
        tests.append(lambda c: store.consent[c["id"]]["status"] in consent)
    if onboarding := query.get("onboarding_status"):
        tests.append(
            lambda c: any(k[0] == c["id"] and v == onboarding for k, v in store.onboarding.items())
        )
    if ratings := query.get("average_ratings"):
        try:
            wanted = {float(r) for r in ratings}
        except ValueError:
            raise params.InvalidParameter("averageRating must be numbers") from None
        tests.append(lambda c: c.get("averageRating") in wanted)
    if (after := query.get("updated_after")) is not None:
        tests.append(lambda c: _parse_wire(c["updatedOn"]) > after)
    return tests


@refusals_as_replies()
async def list_candidates(request: web.Request, data: ServerData) -> Reply:
    """``GET /candidates``: ``limit`` (1..100, default 10), ``pageId`` and filters.

    ``nextPageId`` and a ``Link: <...>; rel="next"`` header are present unless it is the last
    page.
    """
    store = store_of(data)
    limit = params.integer(request.query, "limit", 10, low=1, high=100)
    offset = params.page_offset(request.query, "cand")
    tests = _filters(params.declared(request.query, routes.LIST), store)
    found = [c for c in data.candidates if all(test(c) for test in tests)]
    body: dict[str, object] = {"limit": limit, "totalFound": len(found)}
    headers: dict[str, str] = {}
    if offset + limit < len(found):
        next_page = params.page_id("cand", offset + limit)
        body["nextPageId"] = next_page
        url = request.url.update_query({"limit": str(limit), "pageId": next_page})
        headers["Link"] = f'<{url}>; rel="next"'
    body["content"] = [store.list_view(c) for c in found[offset : offset + limit]]
    return Reply.json(body, headers=headers)


def _check_shapes(body: Json) -> None:
    for key in _OBJECTS:
        if body.get(key) is not None and not isinstance(body[key], dict):
            raise Refusal(400, "INVALID_VALUE", f"{key} must be an object")
    for key in _LISTS:
        if body.get(key) is not None and not (
            isinstance(body[key], list) and all(isinstance(i, dict) for i in body[key])
        ):
            raise Refusal(400, "INVALID_VALUE", f"{key} must be a list of objects")
    tags = body.get("tags")
    if tags is not None and not (
        isinstance(tags, list) and all(isinstance(t, str) and t for t in tags)
    ):
        raise Refusal(400, "INVALID_VALUE", "tags must be a list of strings")
    if body.get("internal") is not None and not isinstance(body["internal"], bool):
        raise Refusal(400, "INVALID_VALUE", "internal must be a boolean")


def new_candidate(store: CandidateStore, body: Json) -> Json:
    """Validate a ``CandidateInput`` body (400 via ``Refusal``) and store the candidate.

    The stored candidate has the schema's ``CandidateDetails`` keys only; the body's
    ``sourceDetails`` belong to the application the caller may create.
    """
    required_texts(body, *_NAME_FIELDS)
    _check_shapes(body)
    created = now()
    candidate_json = {
        "id": store.new_id(),
        "internal": bool(body.get("internal", False)),
        **{k: body[k] for k in _NAME_FIELDS},
        **{k: body[k] for k in ("phoneNumber", "location", "web") if body.get(k) is not None},
        "createdOn": created,
        "updatedOn": created,
        "tags": list(body.get("tags") or []),
        "education": list(body.get("education") or []),
        "experience": list(body.get("experience") or []),
    }
    return store.add_candidate(candidate_json)


def _source(body: Json) -> Json:
    details = body.get("sourceDetails")
    return dict(details) if details else {"sourceTypeId": "OTHER", "sourceId": "api"}


@refusals_as_replies()
async def add(request: web.Request, data: ServerData) -> Reply:
    """``POST /candidates``: 201 with the new candidate."""
    store = store_of(data)
    created = new_candidate(store, await json_object(request))
    emit(data, "candidate.created", {"id": created["id"]}, f"/candidates/{created['id']}")
    return Reply.json(store.candidate_view(created), status=201)


@refusals_as_replies()
async def add_to_job(request: web.Request, data: ServerData) -> Reply:
    """``POST /jobs/{jobId}/candidates``: 201 with the new candidate, applied to the job."""
    store = store_of(data)
    body = await json_object(request)
    created = new_candidate(store, body)
    app = store.add_application(created["id"], request.match_info["job_id"], source=_source(body))
    emit(data, "candidate.created", {"id": created["id"]}, f"/candidates/{created['id']}")
    emit_application(data, "application.created", app)
    return Reply.json(store.candidate_view(created), status=201)


def _from_resume(store: CandidateStore, form: Form, job_id: str | None) -> Json:
    body: Json = dict(parsed_resume(form.file))
    source = {
        k: form.fields[k]
        for k in ("sourceTypeId", "sourceSubTypeId", "sourceId")
        if k in form.fields
    }
    if source:
        body["sourceDetails"] = source
    if "internal" in form.fields:
        body["internal"] = form.fields["internal"] == "true"
    created = new_candidate(store, body)
    if job_id is not None:
        store.add_application(created["id"], job_id, source=_source(body))
    attachment_id = store.new_id()
    store.attachments[attachment_id] = Attachment(
        meta={
            "id": attachment_id,
            "name": form.file.filename,
            "type": "RESUME",
            "contentType": form.file.content_type,
        },
        candidate_id=created["id"],
        job_id=None,
        content=form.file.content,
    )
    return created


@refusals_as_replies()
async def add_from_resume(request: web.Request, data: ServerData) -> Reply:
    """``POST /candidates/cv``: parse the CV, store it as a ``RESUME``; 201 with the candidate."""
    store = store_of(data)
    created = _from_resume(store, await read_form(request), None)
    return Reply.json(store.candidate_view(created), status=201)


@refusals_as_replies()
async def add_from_resume_to_job(request: web.Request, data: ServerData) -> Reply:
    """``POST /jobs/{jobId}/candidates/cv``: as ``/candidates/cv``, applied to the job."""
    store = store_of(data)
    created = _from_resume(store, await read_form(request), request.match_info["job_id"])
    return Reply.json(store.candidate_view(created), status=201)


@refusals_as_replies()
async def parse_resume(request: web.Request, data: ServerData) -> Reply:
    """``POST /candidates/cv/parse``: what the parser read; nothing is stored."""
    form = await read_form(request)
    return Reply.json(parsed_resume(form.file))


@refusals_as_replies()
async def get(request: web.Request, data: ServerData) -> Reply:
    """``GET /candidates/{id}``: the candidate with their assignments."""
    store, found = candidate(request, data)
    return Reply.json(store.candidate_view(found))


@refusals_as_replies()
async def update(request: web.Request, data: ServerData) -> Reply:
    """``PATCH /candidates/{id}``: replace the personal details.

    Names and e-mail keep their value when absent; every other personal detail
    (``PERSONAL_FIELDS``, and any key the schema does not know) is removed when absent, so a
    client that drops fields it does not know loses them. Keys the server computes are ignored.
    """
    store, found = candidate(request, data)
    body = await json_object(request)
    merged = {
        **{k: found[k] for k in _NAME_FIELDS},
        **{k: body[k] for k in _NAME_FIELDS if k in body},
    }
    required_texts(merged, *_NAME_FIELDS)
    _check_shapes(body)
    found.update(merged)
    for key in PERSONAL_FIELDS:
        if body.get(key) is not None:
            found[key] = body[key]
        else:
            found.pop(key, None)
    for key in [k for k in found if k not in CANDIDATE_KEYS]:
        del found[key]
    found.update(
        (k, v)
        for k, v in body.items()
        if k not in CANDIDATE_KEYS and k not in _COMPUTED and v is not None
    )
    store.touch(found["id"])
    emit(data, "candidate.updated", {"id": found["id"]}, f"/candidates/{found['id']}")
    return Reply.json(store.candidate_view(found))


@refusals_as_replies()
async def delete(request: web.Request, data: ServerData) -> Reply:
    """``DELETE /candidates/{id}``: 204; the candidate is gone (404 afterwards)."""
    store, found = candidate(request, data)
    store.remove_candidate(found["id"])
    emit(data, "candidate.deleted", {"id": found["id"]}, f"/candidates/{found['id']}")
    return Reply.empty()


HANDLERS = {
    "candidates.all": list_candidates,
    "candidates.add": add,
    "candidates.addToJob": add_to_job,
    "candidates.resume.add": add_from_resume,
    "candidates.resume.addToJob": add_from_resume_to_job,
    "candidates.resume.parse": parse_resume,
    "candidates.get": get,
    "candidates.update": update,
    "candidates.delete": delete,
}
