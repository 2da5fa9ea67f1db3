"""The sunset Assessment API ``/v1/offers`` (shared/seeds/assessment-api-offers.txt).

Deprecated since 2023-09-04 and sunset on 2024-05-10: every method emits a
``DeprecationWarning`` saying so. New integrations should use the Assessment API (2021).
"""

from __future__ import annotations

from typing import Any, cast

import attrs

from .._paginator import AsyncPaginator
from .._protocol.paging import check_limit, check_offset
from .._protocol.routes import assessment_offers as routes
from ..models.assessment_offers import AssessmentOffer, AssessmentOfferInput, AssessmentOfferStatus
from ._resource import Resource
from ._values import instance_of, non_empty, optional_enum

__all__ = ["AssessmentOffers"]


class AssessmentOffers(Resource):
    """``client.assessment_offers``: a partner's catalogue of assessment offers (deprecated).

    Each method warns with ``DeprecationWarning`` (sunset 2024-05-10) and otherwise works as
    documented while the server still answers.
    """

    async def insert(self, offer: AssessmentOfferInput) -> AssessmentOffer:
        """Add an offer to the catalogue: ``POST /v1/offers``.

        Returns the new ``AssessmentOffer`` (status ``INACTIVE`` until submitted). Raises
        ``BadRequestError`` when the server refuses the body.
        """
        instance_of(offer, AssessmentOfferInput, "offer")
        return await self._client._call(routes.INSERT, body=offer)

    async def update(self, offer_id: str, offer: AssessmentOfferInput) -> AssessmentOffer:
        """Replace an offer: ``POST /v1/offers/{offerId}`` (the body repeats ``offer_id``).

        Build ``offer`` with ``AssessmentOffer.to_input()`` to keep every field. Returns the
        updated ``AssessmentOffer``. Raises ``BadRequestError`` or ``NotFoundError``.
        """
        instance_of(offer, AssessmentOfferInput, "offer")
        body: AssessmentOfferInput = attrs.evolve(
            cast(Any, offer), id=non_empty(offer_id, "offer_id")
        )
        return await self._client._call(routes.UPDATE, path={"offer_id": offer_id}, body=body)

    async def get(self, offer_id: str) -> AssessmentOffer:
        """One offer: ``GET /v1/offers/{offerId}``.

        Returns the ``AssessmentOffer``. Raises ``NotFoundError`` when unknown.
        """
        return await self._client._call(routes.GET, path={"offer_id": offer_id})

    async def submit(self, offer_id: str) -> AssessmentOffer:
        """Send an offer for review: ``POST /v1/offers/{offerId}/submit``.

        Returns the offer, now ``UNDER_REVIEW``. Raises ``NotFoundError`` when unknown.
        """
        return await self._client._call(routes.SUBMIT, path={"offer_id": offer_id})

    async def withdraw(self, offer_id: str) -> AssessmentOffer:
        """Take an offer off the marketplace: ``POST /v1/offers/{offerId}/withdraw``.

        Returns the offer, now ``INACTIVE``. Raises ``NotFoundError`` when unknown.
        """
        return await self._client._call(routes.WITHDRAW, path={"offer_id": offer_id})

    def list(
        self,
        *,
        status: AssessmentOfferStatus | str | None = None,
        q: str | None = None,
        limit: int = 100,
        offset: int = 0,
        max_items: int | None = None,
    ) -> AsyncPaginator[AssessmentOffer]:
        """The partner's offers, by ``lastUpdateDate``: ``GET /v1/offers``, offset-paged.

        ``q`` matches name and description; ``limit`` is the page size (1–100). Returns an
        ``AsyncPaginator`` (``await`` for the first page, ``async for`` for every offer).
        Raises ``ValueError``/``TypeError`` for bad arguments before any request.
        """
        query = {
            "status": optional_enum(status, AssessmentOfferStatus, "status"),
            "q": q,
            "limit": check_limit(limit),
            "offset": check_offset(offset),
        }
        return self._client._paginate(routes.LIST, query=query, max_items=max_items)
