"""``client.configuration.hiring_processes``: the pipelines jobs use."""

from __future__ import annotations

import builtins

from ..._protocol.routes import configuration as routes
from ...models.configuration import HiringProcess
from .._resource import Resource

__all__ = ["HiringProcessesConfig"]


class HiringProcessesConfig(Resource):
    """Read the company's hiring processes."""

    async def list(self) -> builtins.list[HiringProcess]:
        """Every hiring process: ``GET /configuration/hiring-processes``.

        Returns a list (no paging). Raises the ``APIStatusError`` family on failure.
        """
        result = await self._client._call(routes.LIST_HIRING_PROCESSES)
        return list(result.content)

    async def get(self, hiring_process_id: str) -> HiringProcess:
        """One hiring process: ``GET /configuration/hiring-processes/{id}``.

        Returns the ``HiringProcess``. Raises ``RouteError`` for an empty id and ``NotFoundError``
        when there is none.
        """
        return await self._client._call(
            routes.GET_HIRING_PROCESS, path={"hiring_process_id": hiring_process_id}
        )
