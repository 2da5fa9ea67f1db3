"""Partners public API: ``partners-public-api.json`` (Marketplace vendor configs and offers)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._paginator import AsyncPaginator
from .._protocol.json_value import JsonValue
from .._protocol.paging import check_limit
from .._protocol.routes import partners_public as routes
from ..models.assessment_offers import AssessmentOffer, AssessmentOfferStatus
from ..models.partners_public import VendorConfig
from ._resource import Resource
from ._values import json_document, non_empty, optional_enum

__all__ = ["PartnersPublic"]

Config = VendorConfig | Mapping[str, Any]


class PartnersPublic(Resource):
    """``client.partners``: a Marketplace partner's vendor configs and product offers (``/v1``,
    with the 64-character partner token). Config fields are not published: configs are
    ``VendorConfig`` (``Opaque``) models; writes take one or a JSON object and raise
    ``TypeError``/``ValueError`` before sending for anything else or an empty one."""

    async def configs(self) -> JsonValue:
        """Every vendor config: ``GET /v1/configs``. Returns decoded JSON (not published).
        Raises the ``APIStatusError`` family."""
        return await self._client._call(routes.CONFIGS)

    async def add_config(self, config: Config) -> JsonValue:
        """Add a vendor config: ``POST /v1/configs``. Returns decoded JSON. Raises
        ``BadRequestError`` for a config the API refuses."""
        body = json_document(config, "config", VendorConfig)
        return await self._client._call(routes.ADD_CONFIG, body=body)

    async def config(self, config_id: str) -> VendorConfig:
        """One vendor config: ``GET /v1/configs/{configId}``. Returns a ``VendorConfig``.
        Raises ``NotFoundError`` for an unknown id."""
        return await self._client._call(routes.CONFIG, path={"config_id": config_id})

    async def update_config(self, config_id: str, config: Config) -> JsonValue:
        """Update a vendor config: ``POST /v1/configs/{configId}``. Returns decoded JSON.
        Raises ``NotFoundError`` for an unknown id."""
        body = json_document(config, "config", VendorConfig)
        path = {"config_id": config_id}
        return await self._client._call(routes.UPDATE_CONFIG, path=path, body=body)

    def search_offers(
        self,
        *,
        status: AssessmentOfferStatus | str | None = None,
        q: str | None = None,
        posting_id: str | None = None,
        limit: int = 100,
        max_items: int | None = None,
    ) -> AsyncPaginator[AssessmentOffer]:
        """Product offers by criteria: ``GET /v1/offers`` (offset-paged).

        ``q`` searches names and descriptions; ``posting_id`` (a Job Board API posting id)
        finds a job board's offer. Returns an ``AsyncPaginator`` of ``AssessmentOffer``.
        Raises ``ValueError`` for an unknown status, an empty ``q``/``posting_id`` or a
        ``limit`` outside 1–100, before any request.
        """
        query = {
            "status": optional_enum(status, AssessmentOfferStatus, "status"),
            "q": None if q is None else non_empty(q, "q"),
            "posting_id": None if posting_id is None else non_empty(posting_id, "posting_id"),
            "limit": check_limit(limit),
        }
        return self._client._paginate(routes.SEARCH_OFFERS, query=query, max_items=max_items)
