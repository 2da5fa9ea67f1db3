"""``client.configuration.departments``: list, read and create departments."""

from __future__ import annotations

import builtins

from ..._protocol.routes import configuration as routes
from ...models.configuration import NewDepartment
from ...models.postings import Department
from .._resource import Resource
from .._values import instance_of, language_header

__all__ = ["DepartmentsConfig"]


class DepartmentsConfig(Resource):
    """The company's departments (every one, not only those with postings)."""

    async def list(self, *, language: str | None = None) -> builtins.list[Department]:
        """Every department: ``GET /configuration/departments``.

        ``language`` asks for labels in that language (``Accept-Language``). Returns a list
        (this endpoint does not page). Raises ``ValueError`` for an empty ``language`` and the
        ``APIStatusError`` family on failure.
        """
        result = await self._client._call(
            routes.LIST_DEPARTMENTS, headers=language_header(language)
        )
        return list(result.content)

    async def get(self, department_id: str, *, language: str | None = None) -> Department:
        """One department: ``GET /configuration/departments/{id}``.

        Returns a ``Department``. Raises ``RouteError`` (a ``ValueError``) for an empty id and
        ``NotFoundError`` when there is no such department.
        """
        return await self._client._call(
            routes.GET_DEPARTMENT,
            path={"department_id": department_id},
            headers=language_header(language),
        )

    async def create(self, department: NewDepartment) -> Department:
        """Add a department: ``POST /configuration/departments``.

        Returns the created ``Department`` with its new id. Raises ``TypeError`` when
        ``department`` is not a ``NewDepartment``, ``BadRequestError`` when the server refuses
        it (no label).
        """
        return await self._client._call(
            routes.CREATE_DEPARTMENT, body=instance_of(department, NewDepartment, "department")
        )
