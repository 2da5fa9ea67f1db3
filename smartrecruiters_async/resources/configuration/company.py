"""``client.configuration.company``: the company the credential belongs to."""

from __future__ import annotations

from ..._protocol.routes import configuration as routes
from ...models.configuration import CompanyConfiguration
from .._resource import Resource

__all__ = ["CompanyConfig"]


class CompanyConfig(Resource):
    """The company's own configuration."""

    async def get(self) -> CompanyConfiguration:
        """The company: ``GET /configuration/company``.

        Returns a ``CompanyConfiguration``. Raises the ``APIStatusError`` family on failure.
        """
        return await self._client._call(routes.GET_COMPANY)
