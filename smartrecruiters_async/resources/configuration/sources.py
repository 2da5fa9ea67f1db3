"""``client.configuration.sources``: where candidates come from."""

from __future__ import annotations

import builtins

from ..._paginator import AsyncPaginator
from ..._protocol.paging import check_limit, check_offset
from ..._protocol.routes import configuration as routes
from ...models.configuration import RecruiterName, SourceDefinition, SourceType, SourceValue
from .._resource import Resource
from .._values import non_empty

__all__ = ["SourcesConfig"]


class SourcesConfig(Resource):
    """Source types and their values; ``values`` pages with ``async for``."""

    async def types(self) -> builtins.list[SourceType]:
        """Every source type with its sub-types: ``GET /configuration/sources``.

        Returns a list (no paging). Raises the ``APIStatusError`` family on failure.
        """
        result = await self._client._call(routes.LIST_SOURCE_TYPES)
        return list(result.content)

    def values(
        self,
        source_type: str,
        *,
        sub_type: str | None = None,
        limit: int = 100,
        offset: int = 0,
        max_items: int | None = None,
    ) -> AsyncPaginator[SourceValue]:
        """The sources of one type: ``GET /configuration/sources/{sourceType}/values``.

        Returns an ``AsyncPaginator``: ``await`` it for the first page, ``async for`` it for
        every value (pages after the first are fetched in parallel). ``sub_type`` filters by
        sub-type (wire ``sourceSubType``); ``limit`` is the page size (1–100). Raises
        ``ValueError``/``TypeError`` for bad arguments before any request, ``NotFoundError``
        for an unknown type when iterated.
        """
        if sub_type is not None:
            non_empty(sub_type, "sub_type")
        return self._client._paginate(
            routes.LIST_SOURCE_VALUES,
            path={"source_type": source_type},
            query={
                "sub_type": sub_type,
                "limit": check_limit(limit),
                "offset": check_offset(offset),
            },
            max_items=max_items,
        )

    async def value(
        self, source_type: str, source_value_id: str, *, sub_type: str | None = None
    ) -> SourceValue:
        """One source of a type: ``GET /configuration/sources/{sourceType}/values/{sourceValueId}``.

        ``sub_type`` names its sub-type (wire ``sourceSubType``). Returns the ``SourceValue``.
        Raises ``RouteError`` for an empty id, ``ValueError`` for an empty ``sub_type`` and
        ``NotFoundError`` when there is none.
        """
        if sub_type is not None:
            non_empty(sub_type, "sub_type")
        return await self._client._call(
            routes.GET_SOURCE_VALUE,
            path={"source_type": source_type, "source_value_id": source_value_id},
            query={"sub_type": sub_type},
        )

    async def get(self, source_identifier: str) -> SourceDefinition:
        """One source by its identifier, whatever its type.

        ``GET /configuration/sources/{sourceIdentifier}``.

        Returns the ``SourceDefinition`` (label, type and sub-type ids). Raises ``RouteError``
        for an empty identifier and ``NotFoundError`` when there is none.
        """
        return await self._client._call(
            routes.GET_SOURCE, path={"source_identifier": source_identifier}
        )

    async def resolve_recruiter(self, name: str) -> SourceValue:
        """The recruiter source of that name, created when missing.

        ``PUT /configuration/sources/recruiters/resolve`` with ``{"name": name}``; asking twice
        gives the same source. Returns the ``SourceValue``. Raises ``ValueError`` for an empty name.
        """
        non_empty(name, "name")
        return await self._client._call(
            routes.RESOLVE_RECRUITER_SOURCE, body=RecruiterName(name=name)
        )
