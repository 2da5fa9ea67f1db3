"""``client.configuration.candidate_properties``: candidate fields and their values."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING

from ..._protocol.routes import configuration as routes
from ...models.configuration import (
    CandidatePropertyDefinition,
    CandidatePropertyValueDefinition,
    CandidatePropertyValueLabel,
    NewCandidatePropertyValueDefinition,
)
from .._resource import Resource
from .._values import instance_of, non_empty

if TYPE_CHECKING:
    from ..._caller import Caller

__all__ = ["CandidatePropertiesConfig", "CandidatePropertyValuesConfig"]


class CandidatePropertyValuesConfig(Resource):
    """``client.configuration.candidate_properties.values``: values of a single-select property."""

    async def list(self, property_id: str) -> builtins.list[CandidatePropertyValueDefinition]:
        """Every value: ``GET /configuration/candidate-properties/{id}/values``.

        Returns a list (no paging). Raises ``NotFoundError`` for an unknown property and
        ``BadRequestError`` for a property that is not ``SINGLE_SELECT``.
        """
        result = await self._client._call(
            routes.LIST_CANDIDATE_PROPERTY_VALUES, path={"property_id": property_id}
        )
        return list(result.content)

    async def get(self, property_id: str, value_id: str) -> CandidatePropertyValueDefinition:
        """One value: ``GET /configuration/candidate-properties/{id}/values/{valueId}``.

        Returns the ``CandidatePropertyValueDefinition``. Raises ``NotFoundError`` for an unknown
        property or value.
        """
        return await self._client._call(
            routes.GET_CANDIDATE_PROPERTY_VALUE,
            path={"property_id": property_id, "value_id": value_id},
        )

    async def create(
        self, property_id: str, value: NewCandidatePropertyValueDefinition
    ) -> CandidatePropertyValueDefinition:
        """Add a value: ``POST /configuration/candidate-properties/{id}/values``.

        Returns the created value. Raises ``TypeError`` for a body that is not a
        ``NewCandidatePropertyValueDefinition``, ``BadRequestError`` when the server refuses it
        and ``ConflictError`` when the id is taken.
        """
        return await self._client._call(
            routes.CREATE_CANDIDATE_PROPERTY_VALUE,
            path={"property_id": property_id},
            body=instance_of(value, NewCandidatePropertyValueDefinition, "value"),
        )

    async def update(
        self, property_id: str, value_id: str, label: str
    ) -> CandidatePropertyValueDefinition:
        """Rename a value: ``PUT /configuration/candidate-properties/{id}/values/{valueId}``.

        Returns the updated value. Raises ``ValueError`` for an empty label and
        ``NotFoundError`` for an unknown property or value.
        """
        non_empty(label, "label")
        return await self._client._call(
            routes.UPDATE_CANDIDATE_PROPERTY_VALUE,
            path={"property_id": property_id, "value_id": value_id},
            body=CandidatePropertyValueLabel(label=label),
        )

    async def delete(self, property_id: str, value_id: str) -> None:
        """Remove a value: ``DELETE /configuration/candidate-properties/{id}/values/{valueId}``.

        Returns nothing. Raises ``NotFoundError`` for an unknown property or value.
        """
        await self._client._call(
            routes.DELETE_CANDIDATE_PROPERTY_VALUE,
            path={"property_id": property_id, "value_id": value_id},
        )


class CandidatePropertiesConfig(Resource):
    """``client.configuration.candidate_properties``: the custom fields of candidates."""

    def __init__(self, client: Caller) -> None:
        super().__init__(client)
        self.values = CandidatePropertyValuesConfig(client)

    async def list(self) -> builtins.list[CandidatePropertyDefinition]:
        """Every candidate property: ``GET /configuration/candidate-properties``.

        Returns a list (no paging). Raises the ``APIStatusError`` family on failure.
        """
        result = await self._client._call(routes.LIST_CANDIDATE_PROPERTIES)
        return list(result.content)

    async def get(self, property_id: str) -> CandidatePropertyDefinition:
        """One candidate property: ``GET /configuration/candidate-properties/{id}``.

        Returns the ``CandidatePropertyDefinition``. Raises ``RouteError`` for an empty id and
        ``NotFoundError`` when there is none.
        """
        return await self._client._call(
            routes.GET_CANDIDATE_PROPERTY, path={"property_id": property_id}
        )
