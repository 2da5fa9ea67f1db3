"""``client.configuration.offer_properties``: the fields of the job offer form."""

from __future__ import annotations

import builtins

from ..._protocol.routes import configuration as routes
from ...models.configuration import OfferPropertiesCategory
from .._resource import Resource

__all__ = ["OfferPropertiesConfig"]


class OfferPropertiesConfig(Resource):
    """Read the offer form's fields."""

    async def list(self) -> builtins.list[OfferPropertiesCategory]:
        """Every offer property, by category: ``GET /configuration/offer-properties``.

        Returns the list of ``OfferPropertiesCategory`` (each with its ``properties``; no
        paging). Raises the ``APIStatusError`` family on failure.
        """
        result = await self._client._call(routes.LIST_OFFER_PROPERTIES)
        return list(result.categories)
