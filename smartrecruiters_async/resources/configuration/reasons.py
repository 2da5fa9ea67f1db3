"""``client.configuration.reasons``: why candidates are rejected or withdraw."""

from __future__ import annotations

from ..._protocol.routes import configuration as routes
from ...models.configuration import Reason
from .._resource import Resource

__all__ = ["ReasonsConfig"]


class ReasonsConfig(Resource):
    """Read the configured rejection and withdrawal reasons."""

    async def rejection(self) -> list[Reason]:
        """Every rejection reason: ``GET /configuration/rejection-reasons``.

        Returns a list (no paging). Raises the ``APIStatusError`` family on failure.
        """
        result = await self._client._call(routes.LIST_REJECTION_REASONS)
        return list(result.content)

    async def withdrawal(self) -> list[Reason]:
        """Every withdrawal reason: ``GET /configuration/withdrawal-reasons``.

        Returns a list (no paging). Raises the ``APIStatusError`` family on failure.
        """
        result = await self._client._call(routes.LIST_WITHDRAWAL_REASONS)
        return list(result.content)
