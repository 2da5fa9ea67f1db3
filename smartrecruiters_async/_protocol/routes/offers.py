"""Offers API: ``offers-api.json`` (6 operations)."""

from __future__ import annotations

import datetime as dt

from ...models import offers as m
from ._route import Body, Paging, RouteGroup, param

_GROUP = RouteGroup("offers", spec="offers-api.json")
_APPLICATION_OFFERS = "/candidates/{candidate_id}/jobs/{job_id}/offers"

FIND = _GROUP.route(
    "GET",
    "candidates.offers.find",
    "/offers",
    returns=m.Offer,
    paging=Paging.OFFSET,
    query=(
        param("status", list[m.OfferStatus]),
        param("created_after", dt.datetime),
        param("created_before", dt.datetime),
        param("age"),
        param("limit", int),
        param("offset", int),
    ),
)
FOR_APPLICATION = _GROUP.route(
    "GET", "candidates.offers.all", _APPLICATION_OFFERS, returns=m.Offers
)
GET = _GROUP.route(
    "GET", "candidates.offers.get", _APPLICATION_OFFERS + "/{offer_id}", returns=m.Offer
)
LATEST_APPROVAL = _GROUP.route(
    "GET",
    "candidates.offers.approvals.latest",
    _APPLICATION_OFFERS + "/{offer_id}/approvals/latest",
    returns=m.OfferApproval,
)
DOCUMENTS = _GROUP.route(
    "GET",
    "offers.documents.getDocumentsList",
    "/offers/{offer_id}/documents",
    returns=m.OfferDocuments,
)
DOCUMENT = _GROUP.route(
    "GET",
    "offers.documents.getDocument",
    "/offers/{offer_id}/documents/{document_id}",
    rate_classes=("default", "offer_documents"),
    response_body=Body.BINARY,
)

ROUTES = _GROUP.routes
