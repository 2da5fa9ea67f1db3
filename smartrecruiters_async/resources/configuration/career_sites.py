"""``client.configuration.career_sites``: the company's career sites."""

from __future__ import annotations

import builtins

from ..._protocol.routes import configuration as routes
from ...models.configuration import CareerSite
from .._resource import Resource

__all__ = ["CareerSitesConfig"]


class CareerSitesConfig(Resource):
    """Read the company's career sites."""

    async def list(self) -> builtins.list[CareerSite]:
        """Every career site: ``GET /configuration/career-sites``.

        Returns a list (no paging). Raises the ``APIStatusError`` family on failure.
        """
        result = await self._client._call(routes.LIST_CAREER_SITES)
        return list(result.content)

    async def get(self, career_site_id: str) -> CareerSite:
        """One career site: ``GET /configuration/career-sites/{careerSiteId}``.

        Returns the ``CareerSite``. Raises ``RouteError`` for an empty id and ``NotFoundError`` when
        there is none.
        """
        return await self._client._call(
            routes.GET_CAREER_SITE, path={"career_site_id": career_site_id}
        )
