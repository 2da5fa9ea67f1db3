"""Job API handlers: job ads, their postings, and publishing a job as a whole.

Publishing a whole job accepts any job id (the throttling tests publish made-up jobs); when the
job exists, its ``postingStatus`` follows. Everything else answers 404 for an unknown job.
Bodies use the schema's names: ``PublicationList`` of ``PublicationListItem``, ``JobAdItem``,
``JobAdPublicationScheduled``, ``JobAdUnpublishScheduled``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from aiohttp import web

from ..._protocol.routes import Route
from ..._protocol.routes import jobs as routes
from ..data import now
from ..job_data import action, language
from ..replies import Handler, Reply
from ..state import ServerData
from ..vocabulary import LANGUAGES
from . import params
from ._collection import Collection, answering, server_data
from .checks import Checker, json_body, refusals_as_replies
from .job_lookup import find_job, jobs_state
from .webhooks import emit

__all__ = ["HANDLERS"]

Json = dict[str, Any]

_SOURCES = (
    # (sourceName, type): where a publication goes; the types are the fake's source types.
    ("SmartRecruiters Job Board", "JOB_BOARDS"),
    ("Career Page", "CAREER_SITES"),
)
_VISIBILITIES = ("PUBLIC", "INTERNAL")


async def _checked_publication(request: web.Request) -> Json:
    check = Checker(await json_body(request, empty={}), "publication")
    check.one_of("visibility", _VISIBILITIES).kind("aggregators", bool, "a boolean")
    return check.done()


def _boards() -> list[Json]:
    stamp = now()
    return [{"sourceName": name, "type": kind, "publishedOn": stamp} for name, kind in _SOURCES]


def _withdraw(boards: list[Json]) -> None:
    stamp = now()
    for board in boards:
        board.setdefault("unpublishedOn", stamp)


def _listed(request: web.Request, route: Route[Any], boards: list[Json]) -> Reply:
    """The ``PublicationList`` of ``boards``; ``activeOnly`` (default true) drops the past ones."""
    if params.declared(request.query, route).get("active_only", True):
        boards = [board for board in boards if "unpublishedOn" not in board]
    return Reply.json({"content": boards})


# -- a whole job ------------------------------------------------------------------------


@refusals_as_replies()
async def create_publication(request: web.Request, data: ServerData) -> Reply:
    """``POST /jobs/{jobId}/publication``: publish the job; 201 with no body (both schemas
    declare none)."""
    job_id = request.match_info["job_id"]
    body = await _checked_publication(request)
    visibility = body.get("visibility", "PUBLIC")
    previous = data.publications.get(job_id)
    if previous is not None:
        _withdraw(previous["boards"])
    boards = [*(previous["boards"] if previous else []), *_boards()]
    data.publications[job_id] = {"status": "PUBLISHED", "visibility": visibility, "boards": boards}
    job = jobs_state(data).jobs.get(job_id)
    if job is not None:
        job["postingStatus"] = visibility
        emit(data, "job.updated", {"id": job_id}, f"/jobs/{job_id}")  # its postingStatus
    return Reply.empty(status=201)


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
        emit(data, "job.updated", {"id": job_id}, f"/jobs/{job_id}")
    return Reply.empty()


@refusals_as_replies()
async def list_publications(request: web.Request, data: ServerData) -> Reply:
    """``GET /jobs/{jobId}/publication``: the boards the job is (``activeOnly=false``: was)
    published on; empty when it never was."""
    publication = data.publications.get(request.match_info["job_id"])
    return _listed(request, routes.LIST_PUBLICATIONS, publication["boards"] if publication else [])


# -- job ads ----------------------------------------------------------------------------


def _ads(request: web.Request, data: ServerData) -> dict[str, Json]:
    return jobs_state(data).ads[find_job(request, data)["id"]]


_ADS = Collection("Job ad", "job_ad_id", _ads, server_data)
_ad = _ADS.one


async def _checked_ad(request: web.Request) -> Json:
    """A ``JobAdContent``: ``title`` and ``jobAd.sections`` required, ``language`` a
    ``JobAdLanguage`` (``{"code": "de"}``)."""
    check = Checker(await json_body(request), "job ad")
    check.required("title", "jobAd.sections").kind("title", str, "a string")
    check.kind("jobAd.sections", dict, "an object").kind("language", dict, "an object")
    if isinstance(check.get("language"), dict):
        check.required("language.code").one_of("language.code", LANGUAGES)
    body = dict(check.done())
    code = (body.get("language") or {}).get("code") or "en"
    body["language"] = language(code)
    body["jobAd"] = {**body["jobAd"], "language": language(code)}
    return body


@refusals_as_replies()
async def create_ad(request: web.Request, data: ServerData) -> Reply:
    """``POST /jobs/{jobId}/jobads``: ``title`` and ``jobAd.sections`` required; 201."""
    job = find_job(request, data)
    body = await _checked_ad(request)
    stamp = now()
    ad_id = jobs_state(data).new_id("ad")
    ad = {
        **body,
        "id": ad_id,
        "createdOn": stamp,
        "updatedOn": stamp,
        "postingStatus": "NOT_PUBLISHED",
        "default": False,
        "actions": {"postings": action(f"/jobs/{job['id']}/jobads/{ad_id}/postings")},
        "creator": {"id": "api-user"},
        "visibility": "PUBLIC",
    }
    _ads(request, data)[ad_id] = ad
    return Reply.json(ad, status=201)


@refusals_as_replies()
async def update_ad(request: web.Request, data: ServerData) -> Reply:
    """``PUT /jobs/{jobId}/jobads/{jobAdId}``: replace title, language, text and location."""
    old = _ad(request, data)
    body = await _checked_ad(request)
    kept = ("id", "createdOn", "postingStatus", "default", "actions", "creator", "visibility")
    ad = {**body, **{key: old[key] for key in kept}, "updatedOn": now()}
    _ads(request, data)[old["id"]] = ad
    return Reply.json(ad)


def _ad_boards(request: web.Request, data: ServerData) -> list[Json]:
    ad = _ad(request, data)
    key = (request.match_info["job_id"], ad["id"])
    return jobs_state(data).ad_postings.setdefault(key, [])


@refusals_as_replies()
async def post_ad(request: web.Request, data: ServerData) -> Reply:
    """``POST /jobs/{jobId}/jobads/{jobAdId}/postings``: publish the ad; 202, pending."""
    ad = _ad(request, data)
    boards = _ad_boards(request, data)
    visibility = (await _checked_publication(request)).get("visibility", "PUBLIC")
    _withdraw(boards)
    boards.extend(_boards())
    ad.update(postingStatus="PUBLISHED", visibility=visibility)
    return Reply.json({"postingStatus": "PENDING"}, status=202)


@refusals_as_replies()
async def unpost_ad(request: web.Request, data: ServerData) -> Reply:
    """``DELETE /jobs/{jobId}/jobads/{jobAdId}/postings``: unpublish the ad; 202, pending."""
    ad = _ad(request, data)
    _withdraw(_ad_boards(request, data))
    ad["postingStatus"] = "NOT_PUBLISHED"
    return Reply.json({"unpostingStatus": "PENDING"}, status=202)


HANDLERS: Mapping[str, Handler] = {
    "jobs.publication.create": create_publication,
    "jobs.publication.unpublish": unpublish,
    "jobs.publication.all": list_publications,
    "jobs.jobads.all": _ADS.listing(),
    "jobs.jobads.create": create_ad,
    "jobs.jobads.get": _ADS.getter(),
    "jobs.jobads.update": update_ad,
    "jobs.jobads.postings.create": post_ad,
    # The boards the ad is (was) posted on.
    "jobs.jobads.postings.all": answering(
        lambda rq, d: _listed(rq, routes.LIST_AD_POSTINGS, _ad_boards(rq, d))
    ),
    "jobs.jobads.postings.unpublish": unpost_ad,
}
