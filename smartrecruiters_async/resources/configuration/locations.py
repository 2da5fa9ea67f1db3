"""``client.configuration.locations``: predefined locations offered for jobs."""

from __future__ import annotations

import builtins
from collections.abc import Sequence

from ..._protocol.routes import configuration as routes
from ...models.configuration import NewPredefinedLocation, PredefinedLocation
from .._resource import Resource
from .._values import id_list, instance_of

__all__ = ["PredefinedLocationsConfig"]


class PredefinedLocationsConfig(Resource):
    """Create, read, change and delete predefined locations."""

    async def list(self) -> builtins.list[PredefinedLocation]:
        """Every predefined location: ``GET /configuration/predefined-locations``.

        Returns a list (no paging). Raises the ``APIStatusError`` family on failure.
        """
        result = await self._client._call(routes.LIST_LOCATIONS)
        return list(result.content)

    async def get(self, location_id: str) -> PredefinedLocation:
        """One predefined location: ``GET /configuration/predefined-locations/{id}``.

        Returns the ``PredefinedLocation``. Raises ``RouteError`` for an empty id and
        ``NotFoundError`` when there is none.
        """
        return await self._client._call(routes.GET_LOCATION, path={"location_id": location_id})

    async def create(self, location: NewPredefinedLocation) -> PredefinedLocation:
        """Add a location: ``POST /configuration/predefined-locations``.

        Returns the created location with its id. Raises ``TypeError`` for a body that is not a
        ``NewPredefinedLocation`` and ``BadRequestError`` when the server refuses it.
        """
        return await self._client._call(
            routes.CREATE_LOCATION, body=instance_of(location, NewPredefinedLocation, "location")
        )

    async def update(self, location_id: str, location: NewPredefinedLocation) -> PredefinedLocation:
        """Replace a location: ``PUT /configuration/predefined-locations/{id}``.

        Returns the updated location. Raises ``TypeError`` for a bad body,
        ``BadRequestError`` when the server refuses it and ``NotFoundError``.
        """
        return await self._client._call(
            routes.UPDATE_LOCATION,
            path={"location_id": location_id},
            body=instance_of(location, NewPredefinedLocation, "location"),
        )

    async def delete(self, location_id: str) -> None:
        """Delete a location: ``DELETE /configuration/predefined-locations/{id}``.

        Returns nothing. Raises ``NotFoundError`` when there is none.
        """
        await self._client._call(routes.DELETE_LOCATION, path={"location_id": location_id})

    async def delete_many(self, location_ids: Sequence[str]) -> None:
        """Delete several locations at once: ``DELETE /configuration/predefined-locations?id=…``.

        Ids travel as repeated ``id`` query parameters. Unknown ids are ignored by the server.
        Returns nothing. Raises ``ValueError`` for an empty list or id.
        """
        await self._client._call(
            routes.DELETE_LOCATIONS, query={"location_ids": id_list(location_ids, "location_ids")}
        )
