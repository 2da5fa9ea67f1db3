"""The sunset Assessment API ``/v1/offers`` (shared/seeds/assessment-api-offers.txt)."""

from __future__ import annotations

from typing import Any

from ...models import assessment_offers as m
from ._route import Body, Paging, Route

SUNSET = "2024-05-10"
"""The day the Assessment API ``/v1/offers`` stops being served (deprecated 2023-09-04)."""

_SOURCE = "assessment-api-offers.txt"
_DEPRECATED = (
    f"the Assessment API /v1/offers is deprecated and its sunset date is {SUNSET}; "
    "use the Assessment API (2021)"
)
_OFFER = "/v1/offers/{offer_id}"


def _route(operation_id: str, method: str, path: str, **kwargs: Any) -> Route:
    return Route(
        operation_id=operation_id,
        method=method,
        path=path,
        group="assessment_offers",
        response_model=m.AssessmentOffer,
        deprecated=_DEPRECATED,
        source_spec=_SOURCE,
        **kwargs,
    )


ROUTES = (
    _route("assessment.offers.list", "GET", "/v1/offers", paging=Paging.OFFSET),
    _route(
        "assessment.offers.insert",
        "POST",
        "/v1/offers",
        request_body=Body.JSON,
        request_model=m.AssessmentOfferInput,
    ),
    _route("assessment.offers.get", "GET", _OFFER),
    # Update replaces the whole offer with the body: replaying it changes nothing more.
    _route(
        "assessment.offers.update",
        "POST",
        _OFFER,
        idempotent=True,
        request_body=Body.JSON,
        request_model=m.AssessmentOfferInput,
    ),
    _route("assessment.offers.submit", "POST", _OFFER + "/submit"),
    _route("assessment.offers.withdraw", "POST", _OFFER + "/withdraw"),
)
