"""Fake-server handlers of the Feed API (remaining-apis.md §11): the job board's view of the
server's postings, with the board's status reports.

Every posting is in the feed, ``Pending`` until the board reports otherwise; without a
``status`` filter only ``Pending`` ones are listed, as the API does (its 30-day window is not
modelled). Numbers travel as strings (``offset``, ``limit``, ``totalFound``, ids) as the API
sends them. ``updatedAfter`` compares with the posting's release or its last status report.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from aiohttp import web

from ..._protocol.routes import feed as routes
from ...models.feed import FeedStatus
from ..data import now
from ..replies import Handler, Reply
from ..state import ServerData
from . import params
from .checks import bad_request, found, json_object, optional_string, refusals_as_replies

__all__ = ["HANDLERS", "feed_jobs"]

Json = dict[str, Any]
_BOARD_SETS = {"UnderPosting", "Active", "Inactive", "Error"}
_SECTIONS = ("companyDescription", "jobDescription", "qualifications", "additionalInformation")


def _job(posting: Json) -> Json:
    first, _, last = posting["creator"]["name"].partition(" ")
    location = posting["location"]
    return {
        "id": posting["id"],
        "uuid": posting["uuid"],
        "name": posting["name"],
        "refNumber": posting["refNumber"],
        "status": "Pending",
        "jobAdUrl": posting["postingUrl"],
        "applyUrl": posting["applyUrl"],
        "postedDate": posting["releasedDate"],
        "location": {
            k: location[k] for k in ("city", "region", "country", "latitude", "longitude")
        },
        "company": {"id": posting["company"]["identifier"], "name": posting["company"]["name"]},
        "creator": {"firstName": first, "lastName": last},
        "industry": posting["industry"],
        "function": posting["function"],
        "experienceLevel": posting["experienceLevel"],
        "typeOfEmployment": posting["typeOfEmployment"],
        "jobAd": {k: posting["jobAd"]["sections"][k]["text"] for k in _SECTIONS},
        "_updated": posting["releasedDate"],
    }


def feed_jobs(data: ServerData) -> dict[str, Json]:
    """The feed's postings by id, newest first (built on first use); ``_updated`` is internal."""
    return data.store("feed", lambda d: {p["id"]: _job(p) for p in d.postings})


def _public(job: Json) -> Json:
    return {k: v for k, v in job.items() if not k.startswith("_")}


@refusals_as_replies()
async def list_jobs(request: web.Request, data: ServerData) -> Reply:
    """``GET /feed/publications``: offset pages (``limit`` ≤ 100) under ``jobs``."""
    query = params.declared(request.query, routes.LIST)
    limit = params.integer(request.query, "limit", 100, low=0, high=100)
    offset = params.integer(request.query, "offset", 0, low=0, high=2**31 - 1)
    statuses = set(query.get("status") or ["Pending"])
    after: dt.datetime | None = query.get("updated_after")
    found_jobs = [
        _public(job)
        for job in feed_jobs(data).values()
        if job["status"] in statuses
        and (after is None or dt.datetime.fromisoformat(job["_updated"]) > after)
    ]
    page = found_jobs[offset : offset + limit]
    return Reply.json(
        {
            "Provider": "SmartRecruiters",
            "offset": str(offset),
            "limit": str(limit),
            "totalFound": str(len(found_jobs)),
            "jobs": page,
        }
    )


@refusals_as_replies()
async def get_job(request: web.Request, data: ServerData) -> Reply:
    """``GET /feed/publications/{postingId}``; 404 for a posting not in the feed."""
    posting_id = request.match_info["posting_id"]
    return Reply.json(_public(found(feed_jobs(data), posting_id, "Posting")))


@refusals_as_replies()
async def update_job(request: web.Request, data: ServerData) -> Reply:
    """``PUT /feed/publications/{postingId}``: ``{status, liveUrl, comment}``; ``Active``
    needs ``liveUrl``, ``Error`` a ``comment``; 200 with the posting."""
    job = found(feed_jobs(data), request.match_info["posting_id"], "Posting")
    body = await json_object(request)
    status = body.get("status")
    if status not in _BOARD_SETS:
        raise bad_request(f"status must be one of {sorted(_BOARD_SETS)}")
    live_url, comment = optional_string(body, "liveUrl"), optional_string(body, "comment")
    if status == FeedStatus.ACTIVE.value and not live_url:
        raise bad_request("liveUrl is required for status Active")
    if status == FeedStatus.ERROR.value and not comment:
        raise bad_request("comment is required for status Error")
    job.update(status=status, _updated=now())
    return Reply.json(_public(job))


HANDLERS: Mapping[str, Handler] = {
    "postingsJSONStream": list_jobs,
    "findPostingUsingJson": get_job,
    "updatePostingUsingJson": update_job,
}
