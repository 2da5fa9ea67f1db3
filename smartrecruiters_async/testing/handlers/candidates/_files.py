"""Attachment handlers: upload (multipart), list, download (binary, streamed), delete."""

from __future__ import annotations

from aiohttp import web

from ...candidate_store import Attachment, CandidateStore, candidate_store
from ...replies import Reply
from ...state import ServerData
from .._collection import listed
from ..checks import Refusal, refusals_as_replies
from ._checks import application, candidate
from ._multipart import read_form

__all__ = ["HANDLERS"]

_TYPES = frozenset({"GENERIC_FILE", "RESUME", "COVER_LETTER"})


def _owner(request: web.Request, data: ServerData) -> tuple[CandidateStore, str, str | None]:
    if "job_id" in request.match_info:
        store, app = application(request, data)
        return store, app["candidateId"], app["jobId"]
    store, found = candidate(request, data)
    return store, found["id"], None


@refusals_as_replies()
async def add(request: web.Request, data: ServerData) -> Reply:
    """``POST .../attachments``: ``attachmentType`` (default ``GENERIC_FILE``) and ``file``."""
    store, candidate_id, job_id = _owner(request, data)
    form = await read_form(request)
    kind = form.fields.get("attachmentType", "GENERIC_FILE")
    if kind not in _TYPES:
        raise Refusal(400, "INVALID_VALUE", f"attachmentType must be one of {sorted(_TYPES)}")
    attachment_id = store.new_id()
    meta = {
        "id": attachment_id,
        "name": form.file.filename,
        "type": kind,
        "contentType": form.file.content_type,
    }
    stored = Attachment(
        meta=meta, candidate_id=candidate_id, job_id=job_id, content=form.file.content
    )
    store.attachments[attachment_id] = stored
    return Reply.json(stored.view(), status=201)


@refusals_as_replies()
async def list_attachments(request: web.Request, data: ServerData) -> Reply:
    """``GET .../attachments``: the candidate's (or the application's) attachments."""
    store, candidate_id, job_id = _owner(request, data)
    content = [
        a.view()
        for a in store.attachments.values()
        if a.candidate_id == candidate_id and a.job_id == job_id
    ]
    return listed(content)


def _attachment(request: web.Request, data: ServerData) -> tuple[CandidateStore, Attachment]:
    store = candidate_store(data)
    attachment_id = request.match_info["attachment_id"]
    found = store.attachments.get(attachment_id)
    wanted = request.match_info.get("candidate_id")
    if found is None or (wanted is not None and found.candidate_id != wanted):
        raise Refusal(404, "NOT_FOUND", f"Attachment {attachment_id} not found")
    return store, found


@refusals_as_replies()
async def download(request: web.Request, data: ServerData) -> Reply:
    """``GET .../attachments/{attachmentId}``: the content, streamed in chunks."""
    _, found = _attachment(request, data)
    return Reply(
        body=found.content,
        content_type=found.meta["contentType"],
        headers={"Content-Disposition": f'attachment; filename="{found.meta["name"]}"'},
        stream=True,
    )


@refusals_as_replies()
async def delete(request: web.Request, data: ServerData) -> Reply:
    """``DELETE /candidates/attachments/{attachmentId}``: 204; gone afterwards."""
    store, found = _attachment(request, data)
    del store.attachments[found.meta["id"]]
    return Reply.empty()


HANDLERS = {
    "candidates.attachments.add": add,
    "candidates.attachments.addForJob": add,
    "candidates.attachments.list": list_attachments,
    "candidates.attachments.listForJob": list_attachments,
    "candidates.attachments.get": download,
    "candidates.attachments.getForJob": download,
    "candidates.attachments.deleteForJob": delete,
}
