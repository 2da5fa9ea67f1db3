"""Partners public API: ``partners-public-api.json`` (Marketplace vendor configs and offers)."""

from __future__ import annotations

from ...models.assessment_offers import AssessmentOffer, AssessmentOfferStatus
from ...models.partners_public import VendorConfig
from ..json_value import AsSent
from ._route import Paging, RouteGroup, param

_GROUP = RouteGroup("partners_public", spec="partners-public-api.json")

CONFIGS = _GROUP.route("GET", "getConfigs", "/v1/configs", returns=AsSent)
ADD_CONFIG = _GROUP.route("POST", "addConfig", "/v1/configs", returns=AsSent, body=VendorConfig)
CONFIG = _GROUP.route("GET", "getConfig", "/v1/configs/{config_id}", returns=VendorConfig)
UPDATE_CONFIG = _GROUP.route(
    "POST", "updateConfig", "/v1/configs/{config_id}", returns=AsSent, body=VendorConfig
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
