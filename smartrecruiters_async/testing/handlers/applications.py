"""Application API handlers (``apply-api.json``) and the candidate-status API.

Errors of the Application API use its own shape, ``{"id", "code", "message"}``; the
candidate-status API answers in the Customer API's shape. An application to a posting is an
application to the job whose id is the posting's id.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping
from typing import Any

from aiohttp import web

from ..._protocol.routes import applications as routes
from ..candidate_store import Attachment, CandidateStore, candidate_store
from ..replies import Handler, Reply
from ..state import ServerData
from . import params
from .candidates import new_candidate
from .checks import Refusal, json_object, refusals_as_replies

__all__ = ["APPLY_QUESTIONS", "HANDLERS"]

Json = dict[str, Any]

APPLY_QUESTIONS: tuple[Json, ...] = (
    {
        "id": "work-permit",
        "label": "Are you allowed to work in the job's country?",
        "repeatable": False,
        "fields": [
            {
                "id": "work-permit-answer",
                "label": "Work permit",
                "type": "SINGLE_SELECT",
                "required": True,
                "values": [{"id": "yes", "label": "Yes"}, {"id": "no", "label": "No"}],
            }
        ],
    },
    {
        "id": "start-date",
        "label": "When could you start?",
        "repeatable": False,
        "fields": [
            {"id": "start-date-answer", "label": "Start", "type": "INPUT_TEXT", "required": False}
        ],
    },
)
"""The screening questions of every posting's application form."""

_QUESTIONS = {q["id"]: q for q in APPLY_QUESTIONS}
_ANSWER_TYPES = {"SINGLE_SELECT": "select", "INPUT_TEXT": "text"}
"""The screening-answer ``type`` (schema ``ScreeningAnswer``) of each question field type."""
_CATEGORIES = {"work-permit": "workPermit"}
"""Predefined questions' fixed ``category``; a custom question's category is its id."""
_PUBLIC_STATUS = {"OFFERED": "OFFER", "HIRED": "HIRE"}
"""``CandidateStatus`` values the candidate-facing ``ApplicationStatusInfo`` spells otherwise."""


def _posting(request: web.Request, data: ServerData) -> Json:
    by_uuid: dict[str, Json] = data.store(
        "apply_postings", lambda d: {p["uuid"]: p for p in d.postings}
    )
    posting_uuid = request.match_info["posting_uuid"]
    posting = by_uuid.get(posting_uuid)
    if posting is None:
        raise Refusal(404, "POSTING_NOT_FOUND", f"Posting {posting_uuid} not found")
    return posting


def _screening_answers(answers: Any) -> list[Json]:
    """Check ``answers`` against ``APPLY_QUESTIONS``; return them as screening answers.

    Chosen options are shown as ``{"id", "label"}``, typed text as ``{"label"}`` (schema
    ``AnswerFieldValue``).
    """
    if answers is None:
        answers = []
    if not isinstance(answers, list) or not all(isinstance(a, dict) for a in answers):
        raise Refusal(400, "INVALID_ANSWER", "answers must be a list of objects")
    given = {a.get("id"): a for a in answers}
    unknown = set(given) - set(_QUESTIONS)
    if unknown:
        raise Refusal(400, "INVALID_ANSWER", f"Unknown question {sorted(map(str, unknown))[0]}")
    out = []
    for question in APPLY_QUESTIONS:
        records = given.get(question["id"], {}).get("records") or [{"fields": {}}]
        fields_out = []
        for field in question["fields"]:
            values = records[0].get("fields", {}).get(field["id"]) if records else None
            if not values:
                if field["required"]:
                    raise Refusal(400, "INVALID_ANSWER", f"Question {question['id']} is required")
                continue
            allowed = {v["id"]: v for v in field.get("values", [])}
            if allowed and not set(values) <= set(allowed):
                raise Refusal(400, "INVALID_ANSWER", f"Invalid value for field {field['id']}")
            shown = [dict(allowed[v]) if allowed else {"label": v} for v in values]
            fields_out.append({"id": field["id"], "label": field["label"], "values": shown})
        if fields_out:
            out.append(
                {
                    "id": question["id"],
                    "type": _ANSWER_TYPES[question["fields"][0]["type"]],
                    "category": _CATEGORIES.get(question["id"], question["id"]),
                    "name": question["label"],
                    "label": question["label"],
                    "records": [{"fields": fields_out}],
                }
            )
    return out


def _profile_web(web: Any) -> Any:
    """The apply API's ``web`` (``linkedIn``) as the candidate profile keeps it (``linkedin``)."""
    if not isinstance(web, dict):
        return web
    return {("linkedin" if k == "linkedIn" else k): v for k, v in web.items()}


def _store_file(
    store: CandidateStore, candidate_id: str, job_id: str, file: Any, kind: str
) -> None:
    if not isinstance(file, dict) or not all(
        isinstance(file.get(k), str) for k in ("fileName", "mimeType", "fileContent")
    ):
        raise Refusal(400, "INVALID_FILE", "a file needs fileName, mimeType and fileContent")
    try:
        content = base64.b64decode(file["fileContent"], validate=True)
    except (binascii.Error, ValueError):
        raise Refusal(400, "INVALID_FILE", "fileContent is not base64") from None
    attachment_id = store.new_id()
    store.attachments[attachment_id] = Attachment(
        meta={
            "id": attachment_id,
            "name": file["fileName"],
            "type": kind,
            "contentType": file["mimeType"],
        },
        candidate_id=candidate_id,
        job_id=job_id,
        content=content,
    )


@refusals_as_replies("apply")
async def apply(request: web.Request, data: ServerData) -> Reply:
    """``POST /postings/{uuid}/candidates``: create the candidate, apply; 201.

    ``firstName``, ``lastName``, ``email`` are required and the required screening question
    must be answered with one of its values.
    """
    posting = _posting(request, data)
    body = await json_object(request)
    answers = _screening_answers(body.get("answers"))
    store = candidate_store(data)
    source = body.get("sourceDetails") or {"sourceTypeId": "CAREER_SITE", "sourceId": "apply"}
    profile = {**body, "sourceDetails": source}
    if body.get("web") is not None:
        profile["web"] = _profile_web(body["web"])
    candidate = new_candidate(store, profile)
    app = store.add_application(
        candidate["id"], posting["id"], title=posting["name"], source=source
    )
    store.answers[app["id"]] = answers
    if body.get("resume") is not None:
        _store_file(store, candidate["id"], posting["id"], body["resume"], "RESUME")
    for file in body.get("attachments") or []:
        _store_file(store, candidate["id"], posting["id"], file, "GENERIC_FILE")
    reply: Json = {
        "id": candidate["id"],
        "createdOn": candidate["createdOn"],
        "candidatePortalUrl": f"https://jobs.smartrecruiters.com/portal/{candidate['id']}",
    }
    if body.get("createJoinLink"):
        reply["smartrJoinUrl"] = f"https://www.smartr.me/join/{candidate['id']}"
    return Reply.json(reply, status=201)


@refusals_as_replies("apply")
async def configuration(request: web.Request, data: ServerData) -> Reply:
    """``GET /postings/{uuid}/configuration``: questions, privacy policy, settings.

    ``conditionalsIncluded`` is checked (a boolean) but changes nothing: no question here is
    conditional.
    """
    params.declared(request.query, routes.CONFIGURATION)
    _posting(request, data)
    return Reply.json(
        {
            "questions": list(APPLY_QUESTIONS),
            "privacyPolicies": [
                {"url": f"https://{data.company}.example.com/privacy", "orgName": data.company}
            ],
            "settings": {"avatarUploadAvailable": True},
        }
    )


@refusals_as_replies("apply")
async def application_status(request: web.Request, data: ServerData) -> Reply:
    """``GET /postings/{uuid}/candidates/{candidateId}/status``: ``{"status"}``."""
    posting = _posting(request, data)
    candidate_id = request.match_info["candidate_id"]
    app = candidate_store(data).application(candidate_id, posting["id"])
    if app is None:
        raise Refusal(404, "APPLICATION_NOT_FOUND", f"No application of {candidate_id}")
    return Reply.json({"status": _PUBLIC_STATUS.get(app["status"], app["status"])})


@refusals_as_replies()
async def status_by_uuid(request: web.Request, data: ServerData) -> Reply:
    """``GET /candidate-status-api/status/{applicationUuid}``: ``{"status"}``."""
    application_uuid = request.match_info["application_uuid"]
    app = candidate_store(data).applications.get(application_uuid)
    if app is None:
        raise Refusal(404, "NOT_FOUND", f"Application {application_uuid} not found")
    return Reply.json({"status": _PUBLIC_STATUS.get(app["status"], app["status"])})


HANDLERS: Mapping[str, Handler] = {
    "createCandidate": apply,
    "getApplyConfigurationForPosting": configuration,
    "getApplicationStatus": application_status,
    "getStatus": status_by_uuid,
}
