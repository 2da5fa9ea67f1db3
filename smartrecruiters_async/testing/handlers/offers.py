"""Offers API handlers: the company's offers, one application's offers, approvals, documents."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from typing import Any

from aiohttp import web

from ..._protocol.routes import offers as routes
from ..offer_data import OffersState
from ..replies import Handler, Reply
from ..state import ServerData
from . import params
from ._collection import OffsetPage, answering, listed
from .checks import NotFound, refusals_as_replies
from .job_lookup import jobs_state

__all__ = ["HANDLERS", "offers_state"]

Json = dict[str, Any]

_AGE = re.compile(r"^\s*(\d+)\s*(minute|hour|day|week|month)s?\s*$", re.IGNORECASE)
_UNIT = {"minute": 60, "hour": 3600, "day": 86400, "week": 7 * 86400, "month": 30 * 86400}


def offers_state(data: ServerData) -> OffersState:
    """The Offers API state of this server (seeded on first use)."""
    return data.store(
        "offers",
        lambda d: OffersState.build(
            d.seed, [c["id"] for c in d.candidates], sorted(jobs_state(d).jobs)
        ),
    )


def _created(offer: Json) -> dt.datetime:
    return dt.datetime.fromisoformat(offer["createdOn"])


def _filters(query: Mapping[str, Any]) -> list[Callable[[Json], bool]]:
    """Tests an offer must pass, from ``GET /offers``'s declared parameters (statuses are
    already checked against ``OfferStatus`` by ``params.declared``)."""
    tests: list[Callable[[Json], bool]] = []
    if statuses := set(query.get("status", ())):
        tests.append(lambda offer: offer["status"] in statuses)
    if (after := query.get("created_after")) is not None:
        tests.append(lambda offer: _created(offer) > after)
    if (before := query.get("created_before")) is not None:
        tests.append(lambda offer: _created(offer) < before)
    if (age := query.get("age")) is not None:
        match = _AGE.match(age)
        if match is None:
            raise params.InvalidParameter("age must be like '10 days' or '7 hours'")
        seconds = int(match[1]) * _UNIT[match[2].lower()]
        since = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=seconds)
        tests.append(lambda offer: _created(offer) >= since)
    return tests


@refusals_as_replies()
async def find_offers(request: web.Request, data: ServerData) -> Reply:
    """``GET /offers``: one offset page of the company's offers, oldest first."""
    page = OffsetPage.read(request)
    tests = _filters(params.declared(request.query, routes.FIND))
    return page.reply([o for o in offers_state(data).offers.values() if all(t(o) for t in tests)])


def _application_offers(request: web.Request, data: ServerData) -> list[Json]:
    candidate_id = request.match_info["candidate_id"]
    job_id = request.match_info["job_id"]
    if candidate_id not in {c["id"] for c in data.candidates}:
        raise NotFound(f"Candidate {candidate_id} not found")
    state = offers_state(data)
    return [state.offers[o] for o, owner in state.owners.items() if owner == (candidate_id, job_id)]


def _application_offer(request: web.Request, data: ServerData) -> Json:
    offer_id = request.match_info["offer_id"]
    for offer in _application_offers(request, data):
        if offer["id"] == offer_id:
            return offer
    raise NotFound(f"Offer {offer_id} not found")


@refusals_as_replies()
async def list_application_offers(request: web.Request, data: ServerData) -> Reply:
    """``GET /candidates/{id}/jobs/{jobId}/offers``: that application's offers."""
    offers = _application_offers(request, data)
    return Reply.json(
        {"limit": len(offers), "offset": 0, "totalFound": len(offers), "content": offers}
    )


@refusals_as_replies()
async def latest_approval(request: web.Request, data: ServerData) -> Reply:
    """``GET .../offers/{offerId}/approvals/latest``: 404 when never sent for approval."""
    offer = _application_offer(request, data)
    approval = offers_state(data).approvals.get(offer["id"])
    if approval is None:
        raise NotFound(f"Offer {offer['id']} has no approval request")
    return Reply.json(approval)


def _documents(request: web.Request, data: ServerData) -> list[Json]:
    offer_id = request.match_info["offer_id"]
    documents = offers_state(data).documents.get(offer_id)
    if documents is None:
        raise NotFound(f"Offer {offer_id} not found")
    return documents


@refusals_as_replies()
async def get_document(request: web.Request, data: ServerData) -> Reply:
    """``GET /offers/{offerId}/documents/{documentId}``: the file, streamed in chunks."""
    document_id = request.match_info["document_id"]
    document = next((d for d in _documents(request, data) if d["id"] == document_id), None)
    if document is None:
        raise NotFound(f"Document {document_id} not found")
    body = offers_state(data).document_body(request.match_info["offer_id"], document_id)
    return Reply(
        body=body,
        content_type=document["contentType"],
        headers={"Content-Disposition": f'attachment; filename="{document["name"]}"'},
        stream=True,
    )


HANDLERS: Mapping[str, Handler] = {
    "candidates.offers.find": find_offers,
    "candidates.offers.all": list_application_offers,
    "candidates.offers.get": answering(_application_offer),
    "candidates.offers.approvals.latest": latest_approval,
    "offers.documents.getDocumentsList": answering(lambda rq, d: listed(_documents(rq, d))),
    "offers.documents.getDocument": get_document,
}
