"""``client.configuration.offer_properties``: the fields of the job offer form."""

from __future__ import annotations

import builtins

from ..._protocol.routes import ROUTES
from ...models.configuration import OfferPropertyDefinition, OfferPropertyDefinitions
from .._resource import Resource

__all__ = ["OfferPropertiesConfig"]


class OfferPropertiesConfig(Resource):
    """Read the offer form's fields."""

    async def list(self) -> builtins.list[OfferPropertyDefinition]:
        """Every offer property: ``GET /configuration/offer-properties``.

        Returns a list (no paging). Raises the ``APIStatusError`` family on failure.
        """
        result: OfferPropertyDefinitions = await self._client._call(
            ROUTES["configuration.offer-properties.all"], OfferPropertyDefinitions
        )
        return list(result.content)
