"""A candidate's tags and candidate-property values."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ..._protocol.routes import candidates as routes
from ...models.candidates import (
    CandidateProperties,
    PropertyContext,
    PropertyValueInput,
    PropertyValueItem,
    TagsInput,
)
from .._resource import Resource
from .._values import non_empty, optional_enum, string_list

__all__ = ["CandidateRecords"]


def _tags(tags: Iterable[str]) -> list[str]:
    """A non-empty list of non-empty tags (a lone string is one tag, not its letters)."""
    listed = string_list(tags, "tags")
    if not listed:
        raise ValueError("tags must not be empty")
    return listed


class CandidateRecords(Resource):
    """Tags and candidate properties of a candidate."""

    async def tags(self, candidate_id: str) -> list[str]:
        """A candidate's tags: ``GET /candidates/{id}/tags``.

        Returns the tag names as a list of ``str``. Raises ``NotFoundError`` for an unknown
        candidate.
        """
        found = await self._client._call(routes.TAGS, path={"candidate_id": candidate_id})
        return list(found.tags)

    async def add_tags(self, candidate_id: str, tags: Iterable[str]) -> list[str]:
        """Add tags, keeping the others: ``POST /candidates/{id}/tags``.

        Returns every tag the candidate now has. Raises ``ValueError`` for no or empty tags
        before any request and ``NotFoundError`` for an unknown candidate.
        """
        found = await self._client._call(
            routes.ADD_TAGS, path={"candidate_id": candidate_id}, body=TagsInput(tags=_tags(tags))
        )
        return list(found.tags)

    async def replace_tags(self, candidate_id: str, tags: Iterable[str]) -> list[str]:
        """Replace every tag: ``PUT /candidates/{id}/tags``.

        Returns the candidate's tags. Raises ``ValueError`` for empty tags before any request
        (use ``delete_tags`` to remove them all) and ``NotFoundError`` for an unknown candidate.
        """
        found = await self._client._call(
            routes.REPLACE_TAGS,
            path={"candidate_id": candidate_id},
            body=TagsInput(tags=_tags(tags)),
        )
        return list(found.tags)

    async def delete_tags(self, candidate_id: str) -> None:
        """Remove every tag: ``DELETE /candidates/{id}/tags``.

        Returns nothing. Raises ``NotFoundError`` for an unknown candidate.
        """
        await self._client._call(routes.DELETE_TAGS, path={"candidate_id": candidate_id})

    async def properties(
        self,
        candidate_id: str,
        *,
        job_id: str | None = None,
        context: PropertyContext | str | None = None,
    ) -> CandidateProperties:
        """Candidate properties and their values for this candidate.

        ``GET /candidates/{id}/jobs/{jobId}/properties`` with ``job_id`` (values of that
        application), otherwise ``GET /candidates/{id}/properties``; ``context`` narrows them
        to one form. Returns ``CandidateProperties``. Raises ``ValueError`` for an unknown
        context before any request and ``NotFoundError`` for an unknown candidate or
        application.
        """
        query = {"context": optional_enum(context, PropertyContext, "context")}
        if job_id is None:
            path: dict[str, object] = {"candidate_id": candidate_id}
            route = routes.PROPERTIES
        else:
            path = {"candidate_id": candidate_id, "job_id": job_id}
            route = routes.APPLICATION_PROPERTIES
        return await self._client._call(route, path=path, query=query)

    async def set_property(
        self, candidate_id: str, property_id: str, value: Any, *, job_id: str | None = None
    ) -> None:
        """Set one candidate property's value.

        ``PUT /candidates/{id}/jobs/{jobId}/properties/{propertyId}`` with ``job_id``, otherwise
        ``PUT /candidates/{id}/properties/{propertyId}``. ``value`` is shaped by the property's type
        (see ``CandidateProperty``). Returns nothing. Raises ``ValueError`` for a ``None`` value
        before any request, ``NotFoundError`` for an unknown candidate, application or property,
        ``BadRequestError`` for a value of the wrong type.
        """
        if value is None:
            raise ValueError("value must not be None")
        path: dict[str, object] = {"candidate_id": candidate_id, "property_id": property_id}
        if job_id is None:
            route = routes.SET_PROPERTY
        else:
            path["job_id"] = job_id
            route = routes.SET_APPLICATION_PROPERTY
        await self._client._call(route, path=path, body=PropertyValueInput(value=value))

    async def set_properties(
        self,
        candidate_id: str,
        job_id: str,
        values: Mapping[str, Any] | Iterable[PropertyValueItem],
    ) -> None:
        """Set several property values of an application at once.

        ``PUT /candidates/{id}/jobs/{jobId}/properties``. ``values`` maps property ids to values, or
        is a list of ``PropertyValueItem``. Returns nothing. Raises ``ValueError`` for no values or
        a ``None`` value before any request, ``NotFoundError`` for an unknown application,
        ``BadRequestError`` for an unknown property or a value of the wrong type.
        """
        items = (
            [PropertyValueItem(id=k, value=v) for k, v in values.items()]
            if isinstance(values, Mapping)
            else list(values)
        )
        if not items:
            raise ValueError("values must not be empty")
        for item in items:
            if not isinstance(item, PropertyValueItem):
                raise TypeError("values must be a mapping or PropertyValueItem items")
            non_empty(item.id, "property id")
            if item.value is None:
                raise ValueError(f"value of property {item.id!r} must not be None")
        await self._client._call(
            routes.SET_APPLICATION_PROPERTIES,
            path={"candidate_id": candidate_id, "job_id": job_id},
            body=items,
        )
