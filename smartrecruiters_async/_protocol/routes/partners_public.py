"""Partners public API: ``partners-public-api.json`` (Marketplace vendor configs and offers)."""

from __future__ import annotations

from typing import Any

from ...models.assessment_offers import AssessmentOffer, AssessmentOfferStatus
from ...models.partners_public import VendorConfig
from ._route import Paging, RouteGroup, param

_GROUP = RouteGroup("partners_public", spec="partners-public-api.json")

CONFIGS = _GROUP.route("GET", "getConfigs", "/v1/configs", returns=Any)
ADD_CONFIG = _GROUP.route("POST", "addConfig", "/v1/configs", returns=Any, body=VendorConfig)
CONFIG = _GROUP.route("GET", "getConfig", "/v1/configs/{config_id}", returns=VendorConfig)
UPDATE_CONFIG = _GROUP.route(
    "POST", "updateConfig", "/v1/configs/{config_id}", returns=Any, body=VendorConfig
)
# The same endpoint as the sunset Assessment API's offers list, with ``postingId`` added.
SEARCH_OFFERS = _GROUP.route(
    "GET",
    "searchOffers",
    "/v1/offers",
    returns=AssessmentOffer,
    paging=Paging.OFFSET,
    query=(
        param("status", AssessmentOfferStatus),
        param("q"),
        param("posting_id"),
        param("limit", int),
        param("offset", int),
    ),
)

ROUTES = _GROUP.routes
