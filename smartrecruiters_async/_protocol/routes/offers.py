"""Offers API: ``offers-api.json`` (6 operations)."""

from __future__ import annotations

from ...models import offers as m
from ._route import Body, Paging, Route

_SPEC = "offers-api.json"
_APPLICATION_OFFERS = "/candidates/{candidate_id}/jobs/{job_id}/offers"

ROUTES = (
    Route(
        operation_id="candidates.offers.find",
        method="GET",
        path="/offers",
        group="offers",
        paging=Paging.OFFSET,
        response_model=m.Offer,
        source_spec=_SPEC,
    ),
    Route(
        operation_id="candidates.offers.all",
        method="GET",
        path=_APPLICATION_OFFERS,
        group="offers",
        response_model=m.Offers,
        source_spec=_SPEC,
    ),
    Route(
        operation_id="candidates.offers.get",
        method="GET",
        path=_APPLICATION_OFFERS + "/{offer_id}",
        group="offers",
        response_model=m.Offer,
        source_spec=_SPEC,
    ),
    Route(
        operation_id="candidates.offers.approvals.latest",
        method="GET",
        path=_APPLICATION_OFFERS + "/{offer_id}/approvals/latest",
        group="offers",
        response_model=m.OfferApproval,
        source_spec=_SPEC,
    ),
    Route(
        operation_id="offers.documents.getDocumentsList",
        method="GET",
        path="/offers/{offer_id}/documents",
        group="offers",
        response_model=m.OfferDocuments,
        source_spec=_SPEC,
    ),
    Route(
        operation_id="offers.documents.getDocument",
        method="GET",
        path="/offers/{offer_id}/documents/{document_id}",
        group="offers",
        rate_classes=("default", "offer_documents"),
        response_body=Body.BINARY,
        source_spec=_SPEC,
    ),
)
