"""Job API publication handlers: ``jobs.publication.create``/``unpublish``/``all``.

The state of each job's publication lives in ``ServerData.publications``; any job id exists.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping

from aiohttp import web

from ..data import wire_datetime
from ..replies import Handler, Reply
from ..state import ServerData

__all__ = ["HANDLERS", "create_publication", "list_publications", "unpublish"]

_BOARDS = (
    ("smartrecruiters", "SmartRecruiters Job Board"),
    ("career-site", "Career Site"),
)


async def create_publication(request: web.Request, data: ServerData) -> Reply:
    """``POST /jobs/{jobId}/publication``: publish the job; 201 with the publication."""
    job_id = request.match_info["job_id"]
    text = await request.text()
    try:
        body = json.loads(text) if text.strip() else {}
    except ValueError:
        return Reply.error(400, "INVALID_JSON", "Request body is not valid JSON")
    if not isinstance(body, dict):
        return Reply.error(400, "INVALID_JSON", "Request body must be a JSON object")
    visibility = body.get("visibility", "PUBLIC")
    if visibility not in ("PUBLIC", "INTERNAL"):
        return Reply.error(400, "INVALID_PARAMETER", "visibility must be PUBLIC or INTERNAL")
    publication = {
        "jobId": job_id,
        "status": "PUBLISHED",
        "visibility": visibility,
        "publishedOn": wire_datetime(dt.datetime.now(dt.UTC)),
        "postingUrl": f"https://jobs.smartrecruiters.com/{data.company}/{job_id}",
    }
    data.publications[job_id] = publication
    return Reply.json(publication, status=201)


async def unpublish(request: web.Request, data: ServerData) -> Reply:
    """``DELETE /jobs/{jobId}/publication``: unpublish everywhere; 204, also when not published.

    Answering 204 for an unpublished job keeps the operation idempotent, so a client may replay
    it after an ambiguous failure.
    """
    job_id = request.match_info["job_id"]
    publication = data.publications.get(job_id)
    if publication is not None:
        data.publications[job_id] = {**publication, "status": "UNPUBLISHED"}
    return Reply.empty()


async def list_publications(request: web.Request, data: ServerData) -> Reply:
    """``GET /jobs/{jobId}/publication``: where the job is published (empty when it is not)."""
    publication = data.publications.get(request.match_info["job_id"])
    if publication is None or publication["status"] != "PUBLISHED":
        return Reply.json({"totalFound": 0, "content": []})
    content = [
        {
            "id": board_id,
            "name": name,
            "visibility": publication["visibility"],
            "publishedOn": publication["publishedOn"],
        }
        for board_id, name in _BOARDS
    ]
    return Reply.json({"totalFound": len(content), "content": content})


HANDLERS: Mapping[str, Handler] = {
    "jobs.publication.create": create_publication,
    "jobs.publication.unpublish": unpublish,
    "jobs.publication.all": list_publications,
}
