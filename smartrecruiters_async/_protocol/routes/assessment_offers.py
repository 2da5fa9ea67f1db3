"""The sunset Assessment API ``/v1/offers`` (shared/seeds/assessment-api-offers.txt)."""

from __future__ import annotations

from ...models import assessment_offers as m
from ._route import Paging, RouteGroup, param

SUNSET = "2024-05-10"
"""The day the Assessment API ``/v1/offers`` stops being served (deprecated 2023-09-04)."""

# Every operation is deprecated with the same words, so the group says it once.
_GROUP = RouteGroup(
    "assessment_offers",
    spec="assessment-api-offers.txt",
    deprecated=(
        f"the Assessment API /v1/offers is deprecated and its sunset date is {SUNSET}; "
        "use the Assessment API (2021)"
    ),
)
_OFFER = "/v1/offers/{offer_id}"

LIST = _GROUP.route(
    "GET",
    "assessment.offers.list",
    "/v1/offers",
    returns=m.AssessmentOffer,
    paging=Paging.OFFSET,
    query=(
        param("status", m.AssessmentOfferStatus),
        param("q"),
        param("limit", int),
        param("offset", int),
    ),
)
INSERT = _GROUP.route(
    "POST",
    "assessment.offers.insert",
    "/v1/offers",
    returns=m.AssessmentOffer,
    body=m.AssessmentOfferInput,
)
GET = _GROUP.route("GET", "assessment.offers.get", _OFFER, returns=m.AssessmentOffer)
# Update replaces the whole offer with the body: replaying it changes nothing more.
UPDATE = _GROUP.route(
    "POST",
    "assessment.offers.update",
    _OFFER,
    returns=m.AssessmentOffer,
    body=m.AssessmentOfferInput,
    idempotent=True,
)
SUBMIT = _GROUP.route(
    "POST", "assessment.offers.submit", _OFFER + "/submit", returns=m.AssessmentOffer
)
WITHDRAW = _GROUP.route(
    "POST", "assessment.offers.withdraw", _OFFER + "/withdraw", returns=m.AssessmentOffer
)

ROUTES = _GROUP.routes
