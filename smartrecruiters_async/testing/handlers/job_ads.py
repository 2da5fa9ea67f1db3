"""Job API handlers: job ads, their postings, and publishing a job as a whole.

Publishing a whole job accepts any job id (the throttling tests publish made-up jobs); when the
job exists, its ``postingStatus`` follows. Everything else answers 404 for an unknown job.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from aiohttp import web

from ..data import now
from ..job_data import language
from ..replies import Handler, Reply
from ..state import ServerData
from ..vocabulary import LANGUAGES
from . import params
from .checks import Checker, NotFound, json_body, refusals_as_replies
from .job_lookup import find_job, jobs_state

__all__ = ["HANDLERS"]

Json = dict[str, Any]

_BOARDS = (
    ("smartrecruiters", "SmartRecruiters Job Board"),
    ("career-site", "Career Site"),
)
_VISIBILITIES = ("PUBLIC", "INTERNAL")


async def _checked_publication(request: web.Request) -> Json:
    check = Checker(await json_body(request, empty={}), "publication")
    check.one_of("visibility", _VISIBILITIES).kind("aggregators", bool, "a boolean")
    return check.done()


def _boards(visibility: str) -> list[Json]:
    stamp = now()
    return [
        {"id": board, "name": name, "visibility": visibility, "publishedOn": stamp}
        for board, name in _BOARDS
    ]


def _withdraw(boards: list[Json]) -> None:
    stamp = now()
    for board in boards:
        board.setdefault("unpublishedOn", stamp)


def _listed(request: web.Request, boards: list[Json]) -> Reply:
    active_only = request.query.get("activeOnly", "true").lower()
    if active_only not in ("true", "false"):
        raise params.InvalidParameter("activeOnly must be true or false")
    if active_only == "true":
        boards = [board for board in boards if "unpublishedOn" not in board]
    return Reply.json({"totalFound": len(boards), "content": boards})


# -- a whole job ------------------------------------------------------------------------


@refusals_as_replies()
async def create_publication(request: web.Request, data: ServerData) -> Reply:
    """``POST /jobs/{jobId}/publication``: publish the job; 201 with the publication."""
    job_id = request.match_info["job_id"]
    body = await _checked_publication(request)
    visibility = body.get("visibility", "PUBLIC")
    boards = _boards(visibility)
    data.publications[job_id] = {
        "jobId": job_id,
        "status": "PUBLISHED",
        "visibility": visibility,
        "publishedOn": boards[0]["publishedOn"],
        "postingUrl": f"https://jobs.smartrecruiters.com/{data.company}/{job_id}",
        "boards": boards,
    }
    job = jobs_state(data).jobs.get(job_id)
    if job is not None:
        job["postingStatus"] = visibility
    answer = {k: v for k, v in data.publications[job_id].items() if k != "boards"}
    return Reply.json(answer, status=201)


@refusals_as_replies()
async def unpublish(request: web.Request, data: ServerData) -> Reply:
    """``DELETE /jobs/{jobId}/publication``: unpublish everywhere; 204, also when not published.

    Answering 204 for an unpublished job keeps the operation idempotent, so a client may replay
    it after an ambiguous failure.
    """
    job_id = request.match_info["job_id"]
    publication = data.publications.get(job_id)
    if publication is not None:
        publication["status"] = "UNPUBLISHED"
        _withdraw(publication["boards"])
    job = jobs_state(data).jobs.get(job_id)
    if job is not None:
        job["postingStatus"] = "NOT_PUBLISHED"
    return Reply.empty()


@refusals_as_replies()
async def list_publications(request: web.Request, data: ServerData) -> Reply:
    """``GET /jobs/{jobId}/publication``: the boards the job is (``activeOnly=false``: was)
    published on; empty when it never was."""
    publication = data.publications.get(request.match_info["job_id"])
    return _listed(request, publication["boards"] if publication else [])


# -- job ads ----------------------------------------------------------------------------


def _ads(request: web.Request, data: ServerData) -> dict[str, Json]:
    return jobs_state(data).ads[find_job(request, data)["id"]]


def _ad(request: web.Request, data: ServerData) -> Json:
    ads = _ads(request, data)
    ad_id = request.match_info["job_ad_id"]
    if ad_id not in ads:
        raise NotFound(f"Job ad {ad_id} not found")
    return ads[ad_id]


async def _checked_ad(request: web.Request, job: Json) -> Json:
    check = Checker(await json_body(request), "job ad")
    check.required("title", "jobAd.sections").kind("title", str, "a string")
    check.kind("jobAd.sections", dict, "an object").one_of("language", LANGUAGES)
    if check.get("location") is not None:
        check.required("location.countryCode", "location.city")
    body = dict(check.done())
    body["language"] = language(body.get("language") or "en")
    body.setdefault("location", job.get("location"))
    return body


@refusals_as_replies()
async def list_ads(request: web.Request, data: ServerData) -> Reply:
    """``GET /jobs/{jobId}/jobads``: every job ad of the job."""
    ads = list(_ads(request, data).values())
    return Reply.json({"totalFound": len(ads), "content": ads})


@refusals_as_replies()
async def create_ad(request: web.Request, data: ServerData) -> Reply:
    """``POST /jobs/{jobId}/jobads``: ``title`` and ``jobAd.sections`` required; 201."""
    job = find_job(request, data)
    body = await _checked_ad(request, job)
    stamp = now()
    ad_id = jobs_state(data).new_id("ad")
    ad = {
        **body,
        "id": ad_id,
        "postingStatus": "NOT_PUBLISHED",
        "defaultJobAd": False,
        "createdOn": stamp,
        "updatedOn": stamp,
    }
    _ads(request, data)[ad_id] = ad
    return Reply.json(ad, status=201)


@refusals_as_replies()
async def get_ad(request: web.Request, data: ServerData) -> Reply:
    """``GET /jobs/{jobId}/jobads/{jobAdId}``."""
    return Reply.json(_ad(request, data))


@refusals_as_replies()
async def update_ad(request: web.Request, data: ServerData) -> Reply:
    """``PUT /jobs/{jobId}/jobads/{jobAdId}``: replace title, language, text and location."""
    old = _ad(request, data)
    body = await _checked_ad(request, find_job(request, data))
    kept = ("id", "postingStatus", "defaultJobAd", "createdOn")
    ad = {**body, **{key: old[key] for key in kept}, "updatedOn": now()}
    _ads(request, data)[old["id"]] = ad
    return Reply.json(ad)


def _ad_boards(request: web.Request, data: ServerData) -> list[Json]:
    ad = _ad(request, data)
    key = (request.match_info["job_id"], ad["id"])
    return jobs_state(data).ad_postings.setdefault(key, [])


@refusals_as_replies()
async def post_ad(request: web.Request, data: ServerData) -> Reply:
    """``POST /jobs/{jobId}/jobads/{jobAdId}/postings``: publish the ad; 202, scheduled."""
    ad = _ad(request, data)
    boards = _ad_boards(request, data)
    visibility = (await _checked_publication(request)).get("visibility", "PUBLIC")
    _withdraw(boards)
    boards.extend(_boards(visibility))
    ad["postingStatus"] = visibility
    return Reply.json({"status": "SCHEDULED"}, status=202)


@refusals_as_replies()
async def list_ad_postings(request: web.Request, data: ServerData) -> Reply:
    """``GET /jobs/{jobId}/jobads/{jobAdId}/postings``: boards the ad is (was) posted on."""
    return _listed(request, _ad_boards(request, data))


@refusals_as_replies()
async def unpost_ad(request: web.Request, data: ServerData) -> Reply:
    """``DELETE /jobs/{jobId}/jobads/{jobAdId}/postings``: unpublish the ad; 202, scheduled."""
    ad = _ad(request, data)
    _withdraw(_ad_boards(request, data))
    ad["postingStatus"] = "NOT_PUBLISHED"
    return Reply.json({"status": "SCHEDULED"}, status=202)


HANDLERS: Mapping[str, Handler] = {
    "jobs.publication.create": create_publication,
    "jobs.publication.unpublish": unpublish,
    "jobs.publication.all": list_publications,
    "jobs.jobads.all": list_ads,
    "jobs.jobads.create": create_ad,
    "jobs.jobads.get": get_ad,
    "jobs.jobads.update": update_ad,
    "jobs.jobads.postings.create": post_ad,
    "jobs.jobads.postings.all": list_ad_postings,
    "jobs.jobads.postings.unpublish": unpost_ad,
}
