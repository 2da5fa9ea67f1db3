"""``client.configuration.access_groups``: access groups as configuration."""

from __future__ import annotations

import builtins

from ..._protocol.routes import ROUTES
from ...models.configuration import (
    ConfigurationAccessGroup,
    ConfigurationAccessGroups,
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
        result: ConfigurationAccessGroups = await self._client._call(
            ROUTES["configuration.access-group.list"], ConfigurationAccessGroups
        )
        return list(result.content)

    async def get(self, access_group_id: str) -> ConfigurationAccessGroup:
        """One access group: ``GET /configuration/access-groups/{accessGroupId}``.

        Returns the ``ConfigurationAccessGroup``. Raises ``RouteError`` for an empty id and
        ``NotFoundError`` when there is none.
        """
        group: ConfigurationAccessGroup = await self._client._call(
            ROUTES["configuration.access-group.get"],
            ConfigurationAccessGroup,
            path={"access_group_id": access_group_id},
        )
        return group

    async def create(self, group: NewConfigurationAccessGroup) -> ConfigurationAccessGroup:
        """Add an access group: ``POST /configuration/access-groups``.

        Returns the created group. Raises ``TypeError`` for a body that is not a
        ``NewConfigurationAccessGroup``, ``BadRequestError`` when the server refuses it,
        ``UnprocessableEntityError`` when a criterion names no active organisation job property
        and ``ConflictError`` when the name is taken.
        """
        created: ConfigurationAccessGroup = await self._client._call(
            ROUTES["configuration.access-group.create"],
            ConfigurationAccessGroup,
            body=instance_of(group, NewConfigurationAccessGroup, "group"),
        )
        return created

    async def update(
        self, access_group_id: str, group: NewConfigurationAccessGroup
    ) -> ConfigurationAccessGroup:
        """Replace an access group's name, description and criteria.

        ``PUT /configuration/access-groups/{accessGroupId}``. Returns the updated group.
        Raises ``TypeError`` for a bad body, ``BadRequestError``, ``UnprocessableEntityError``
        (as ``create``) and ``NotFoundError``.
        """
        updated: ConfigurationAccessGroup = await self._client._call(
            ROUTES["configuration.access-group.update"],
            ConfigurationAccessGroup,
            path={"access_group_id": access_group_id},
            body=instance_of(group, NewConfigurationAccessGroup, "group"),
        )
        return updated

    async def delete(self, access_group_id: str) -> None:
        """Delete an access group: ``DELETE /configuration/access-groups/{accessGroupId}``.

        Returns nothing. Raises ``NotFoundError`` when there is none.
        """
        await self._client._call(
            ROUTES["configuration.access-group.delete"],
            None,
            path={"access_group_id": access_group_id},
        )
