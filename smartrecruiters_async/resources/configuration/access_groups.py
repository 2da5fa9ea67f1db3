"""``client.configuration.access_groups``: access groups as configuration."""

from __future__ import annotations

import builtins

from ..._protocol.routes import configuration as routes
from ...models.configuration import (
    ConfigurationAccessGroup,
    NewConfigurationAccessGroup,
)
from .._resource import Resource
from .._values import instance_of

__all__ = ["AccessGroupsConfig"]


class AccessGroupsConfig(Resource):
    """Create, read, change and delete access groups."""

    async def list(self) -> builtins.list[ConfigurationAccessGroup]:
        """Every access group: ``GET /configuration/access-groups``.

        Returns a list (no paging). Raises the ``APIStatusError`` family on failure.
        """
        result = await self._client._call(routes.LIST_ACCESS_GROUPS)
        return list(result.content)

    async def get(self, access_group_id: str) -> ConfigurationAccessGroup:
        """One access group: ``GET /configuration/access-groups/{accessGroupId}``.

        Returns the ``ConfigurationAccessGroup``. Raises ``RouteError`` for an empty id and
        ``NotFoundError`` when there is none.
        """
        return await self._client._call(
            routes.GET_ACCESS_GROUP, path={"access_group_id": access_group_id}
        )

    async def create(self, group: NewConfigurationAccessGroup) -> ConfigurationAccessGroup:
        """Add an access group: ``POST /configuration/access-groups``.

        Returns the created group. Raises ``TypeError`` for a body that is not a
        ``NewConfigurationAccessGroup``, ``BadRequestError`` when the server refuses it,
        ``UnprocessableEntityError`` when a criterion names no active organisation job property
        and ``ConflictError`` when the name is taken.
        """
        return await self._client._call(
            routes.CREATE_ACCESS_GROUP,
            body=instance_of(group, NewConfigurationAccessGroup, "group"),
        )

    async def update(
        self, access_group_id: str, group: NewConfigurationAccessGroup
    ) -> ConfigurationAccessGroup:
        """Replace an access group's name, description and criteria.

        ``PUT /configuration/access-groups/{accessGroupId}``. Returns the updated group.
        Raises ``TypeError`` for a bad body, ``BadRequestError``, ``UnprocessableEntityError``
        (as ``create``) and ``NotFoundError``.
        """
        return await self._client._call(
            routes.UPDATE_ACCESS_GROUP,
            path={"access_group_id": access_group_id},
            body=instance_of(group, NewConfigurationAccessGroup, "group"),
        )

    async def delete(self, access_group_id: str) -> None:
        """Delete an access group: ``DELETE /configuration/access-groups/{accessGroupId}``.

        Returns nothing. Raises ``NotFoundError`` when there is none.
        """
        await self._client._call(
            routes.DELETE_ACCESS_GROUP, path={"access_group_id": access_group_id}
        )
