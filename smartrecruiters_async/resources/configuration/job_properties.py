"""``client.configuration.job_properties``: job properties, their values and dependents."""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from ..._protocol.routes import check_path_value
from ..._protocol.routes import configuration as routes
from ...json_patch import JsonPatch
from ...models.configuration import (
    DependentJobProperty,
    DependentJobPropertyValue,
    DependentJobPropertyValuesRelation,
    JobPropertyCategory,
    JobPropertyDefinition,
    JobPropertyValueDefinition,
    LabelTranslation,
    NewJobPropertyDefinition,
    NewJobPropertyValueDefinition,
)
from .._resource import Resource
from .._values import enum_value, id_list, instance_of, language_header, non_empty_patch
from ._inputs import translations_body

if TYPE_CHECKING:
    from ..._caller import Caller

__all__ = ["JobPropertiesConfig", "JobPropertyDependentsConfig", "JobPropertyValuesConfig"]

Translations = Mapping[str, str] | Sequence[LabelTranslation]


class JobPropertyValuesConfig(Resource):
    """``client.configuration.job_properties.values``: the values of a single-select property."""

    async def list(
        self, property_id: str, *, language: str | None = None
    ) -> builtins.list[JobPropertyValueDefinition]:
        """Every value, archived ones included: ``GET /configuration/job-properties/{id}/values``.

        Returns a list (no paging). Raises ``RouteError`` for an empty id and ``NotFoundError``
        for an unknown property.
        """
        result = await self._client._call(
            routes.LIST_JOB_PROPERTY_VALUES,
            path={"property_id": property_id},
            headers=language_header(language),
        )
        return list(result.content)

    async def create(
        self, property_id: str, value: NewJobPropertyValueDefinition
    ) -> JobPropertyValueDefinition:
        """Add a value: ``POST /configuration/job-properties/{id}/values``.

        Returns the created value. Raises ``TypeError`` for a body that is not a
        ``NewJobPropertyValueDefinition``, ``BadRequestError`` when the server refuses it and
        ``ConflictError`` when the id is taken.
        """
        return await self._client._call(
            routes.CREATE_JOB_PROPERTY_VALUE,
            path={"property_id": property_id},
            body=instance_of(value, NewJobPropertyValueDefinition, "value"),
        )

    async def update(
        self, property_id: str, value_id: str, patch: JsonPatch
    ) -> JobPropertyValueDefinition:
        """Change a value with a JSON Patch.

        ``PATCH /configuration/job-properties/{id}/values/{valueId}``.

        ``patch`` is e.g. ``JsonPatch().replace("/label", "Remote")``. Returns the updated
        value. Raises ``TypeError``/``ValueError`` for a missing or empty patch,
        ``BadRequestError`` for a path the server cannot change and ``NotFoundError``.
        """
        return await self._client._call(
            routes.UPDATE_JOB_PROPERTY_VALUE,
            path={"property_id": property_id, "value_id": value_id},
            body=non_empty_patch(patch),
        )

    async def translate(self, property_id: str, value_id: str, translations: Translations) -> None:
        """Set the value's label per language.

        ``PATCH /configuration/job-properties/{id}/values/{valueId}/translations``.

        ``translations`` is ``{"de": "Fernarbeit"}`` or a list of ``LabelTranslation``. Returns
        nothing; ``list(..., language="de")`` shows the result. Raises ``ValueError`` for an
        empty mapping or label, ``NotFoundError`` for an unknown property or value.
        """
        await self._client._call(
            routes.TRANSLATE_JOB_PROPERTY_VALUE,
            path={"property_id": property_id, "value_id": value_id},
            body=translations_body(translations),
        )

    async def archive(self, property_id: str, value_id: str) -> None:
        """Archive a value (kept on jobs, no longer offered).

        ``PUT /configuration/job-properties/{id}/archive-values/{valueId}``. Returns nothing. Raises
        ``NotFoundError`` for an unknown property or value.
        """
        await self._client._call(
            routes.ARCHIVE_JOB_PROPERTY_VALUE,
            path={"property_id": property_id, "value_id": value_id},
        )

    async def unarchive(self, property_id: str, value_id: str) -> None:
        """Offer an archived value again.

        ``DELETE /configuration/job-properties/{id}/archive-values/{valueId}``. Returns nothing.
        Raises ``NotFoundError`` for an unknown property or value.
        """
        await self._client._call(
            routes.UNARCHIVE_JOB_PROPERTY_VALUE,
            path={"property_id": property_id, "value_id": value_id},
        )

    async def deprecated_archive(self, property_id: str, value_id: str) -> None:
        """Archive a value through a deprecated route.

        ``DELETE /configuration/job-properties/{id}/values/{valueId}``.

        Emits ``DeprecationWarning``: use ``archive``. Returns nothing. Raises ``NotFoundError``
        like it.
        """
        await self._client._call(
            routes.DEPRECATED_ARCHIVE_JOB_PROPERTY_VALUE,
            path={"property_id": property_id, "value_id": value_id},
        )

    async def deprecated_unarchive(self, property_id: str, value_id: str) -> None:
        """Unarchive a value through a deprecated route.

        ``PUT /configuration/job-properties/{id}/values/{valueId}``.

        Emits ``DeprecationWarning``: use ``unarchive``. Returns nothing. Raises ``NotFoundError``
        like it.
        """
        await self._client._call(
            routes.DEPRECATED_UNARCHIVE_JOB_PROPERTY_VALUE,
            path={"property_id": property_id, "value_id": value_id},
        )


class JobPropertyDependentsConfig(Resource):
    """``client.configuration.job_properties.dependents``: properties whose values depend on
    the value of a parent property, and which dependent values each parent value allows."""

    async def list(self, property_id: str) -> builtins.list[DependentJobProperty]:
        """The property's dependents: ``GET /configuration/job-properties/{id}/dependents``.

        Returns a list of ``DependentJobProperty``. Raises ``NotFoundError`` for an unknown
        property.
        """
        result = await self._client._call(routes.LIST_DEPENDENTS, path={"property_id": property_id})
        return list(result.content)

    async def add(
        self, property_id: str, dependent_ids: Sequence[str]
    ) -> builtins.list[DependentJobProperty]:
        """Make properties dependents of this one.

        ``POST /configuration/job-properties/{id}/dependents`` with the list of ids.

        Returns the property's dependents afterwards. Raises ``ValueError`` for an empty list,
        ``BadRequestError`` when a property cannot depend on this one (itself, or not
        single-select) and ``NotFoundError`` for an unknown property.
        """
        result = await self._client._call(
            routes.ADD_DEPENDENTS,
            path={"property_id": property_id},
            body=id_list(dependent_ids, "dependent_ids"),
        )
        return list(result.content)

    async def remove(self, property_id: str, dependent_id: str) -> None:
        """End a dependency: ``DELETE /configuration/job-properties/{id}/dependents/{dependentId}``.

        Returns nothing. Raises ``NotFoundError`` when ``dependent_id`` is not a dependent of the
        property.
        """
        await self._client._call(
            routes.REMOVE_DEPENDENT, path={"property_id": property_id, "dependent_id": dependent_id}
        )

    async def relations(
        self, property_id: str, dependent_id: str
    ) -> builtins.list[DependentJobPropertyValuesRelation]:
        """For every parent value, the dependent values it allows.

        ``GET /configuration/job-properties/{id}/dependents/{dependentId}/values``. Returns a list
        of ``DependentJobPropertyValuesRelation``. Raises ``NotFoundError`` when ``dependent_id`` is
        not a dependent of the property.
        """
        result = await self._client._call(
            routes.LIST_DEPENDENT_RELATIONS,
            path={"property_id": property_id, "dependent_id": dependent_id},
        )
        return list(result.content)

    async def values(
        self, property_id: str, value_id: str, dependent_id: str
    ) -> builtins.list[DependentJobPropertyValue]:
        """The dependent values one parent value allows.

        ``GET /configuration/job-properties/{id}/values/{valueId}/dependents/{dependentId}/values``.
        Returns a list of ``DependentJobPropertyValue``. Raises ``NotFoundError`` for an unknown
        property, value or dependent.
        """
        result = await self._client._call(
            routes.LIST_DEPENDENT_VALUES,
            path={"property_id": property_id, "value_id": value_id, "dependent_id": dependent_id},
        )
        return list(result.content)

    async def add_value(
        self, property_id: str, value_id: str, dependent_id: str, dependent_value_id: str
    ) -> None:
        """Allow a dependent value with a parent value.

        ``POST /configuration/job-properties/{id}/values/{valueId}/dependents/{dependentId}/values``
        with ``{"id": dependent_value_id}``. Returns nothing (the schema gives the operation no
        answer body; ``values(...)`` shows the result). Raises ``RouteError`` (a ``ValueError``)
        for an empty id, ``NotFoundError``/``BadRequestError`` when the server refuses it.
        """
        body = {"id": check_path_value("dependent_value_id", dependent_value_id)}
        await self._client._call(
            routes.ADD_DEPENDENT_VALUE,
            path={"property_id": property_id, "value_id": value_id, "dependent_id": dependent_id},
            body=body,
        )

    async def remove_value(
        self, property_id: str, value_id: str, dependent_id: str, dependent_value_id: str
    ) -> None:
        """Stop allowing a dependent value with a parent value.

        ``DELETE …/values/{valueId}/dependents/{dependentId}/values/{dependentValueId}``.
        Returns nothing. Raises ``NotFoundError`` when the pair is not allowed.
        """
        await self._client._call(
            routes.REMOVE_DEPENDENT_VALUE,
            path={
                "property_id": property_id,
                "value_id": value_id,
                "dependent_id": dependent_id,
                "dependent_value_id": dependent_value_id,
            },
        )


class JobPropertiesConfig(Resource):
    """``client.configuration.job_properties``: the custom fields of jobs.

    ``values`` manages a property's values, ``dependents`` the dependencies between properties.
    """

    def __init__(self, client: Caller) -> None:
        super().__init__(client)
        self.values = JobPropertyValuesConfig(self._client)
        self.dependents = JobPropertyDependentsConfig(self._client)

    async def list(self, *, language: str | None = None) -> builtins.list[JobPropertyDefinition]:
        """Every job property: ``GET /configuration/job-properties``.

        ``language`` asks for labels in that language. Returns a list (no paging). Raises the
        ``APIStatusError`` family on failure.
        """
        result = await self._client._call(
            routes.LIST_JOB_PROPERTIES, headers=language_header(language)
        )
        return list(result.content)

    async def get(self, property_id: str, *, language: str | None = None) -> JobPropertyDefinition:
        """One job property: ``GET /configuration/job-properties/{id}``.

        Returns the ``JobPropertyDefinition``. Raises ``RouteError`` for an empty id and
        ``NotFoundError`` when there is none.
        """
        return await self._client._call(
            routes.GET_JOB_PROPERTY,
            path={"property_id": property_id},
            headers=language_header(language),
        )

    async def create(self, job_property: NewJobPropertyDefinition) -> JobPropertyDefinition:
        """Add a job property: ``POST /configuration/job-properties``.

        Returns the created property (with the id the server picked). Raises ``TypeError`` for a
        body that is not a ``NewJobPropertyDefinition``, ``ValueError`` for an unknown
        ``category``, ``BadRequestError`` when the server refuses it and ``ConflictError`` when
        the label is taken.
        """
        body = instance_of(job_property, NewJobPropertyDefinition, "job_property")
        enum_value(body.category, JobPropertyCategory, "category")
        return await self._client._call(routes.CREATE_JOB_PROPERTY, body=body)

    async def update(self, property_id: str, patch: JsonPatch) -> JobPropertyDefinition:
        """Change a job property with a JSON Patch: ``PATCH /configuration/job-properties/{id}``.

        ``patch`` is e.g. ``JsonPatch().replace("/label", "Cost center")``. Returns the updated
        property. Raises ``TypeError``/``ValueError`` for a missing or empty patch,
        ``BadRequestError`` for a path the server cannot change and ``NotFoundError``.
        """
        return await self._client._call(
            routes.UPDATE_JOB_PROPERTY,
            path={"property_id": property_id},
            body=non_empty_patch(patch),
        )

    async def translate(self, property_id: str, translations: Translations) -> None:
        """Set the property's label per language.

        ``PATCH /configuration/job-properties/{id}/translations``.

        ``translations`` is ``{"de": "Kostenstelle"}`` or a list of ``LabelTranslation``.
        Returns nothing; ``get(..., language="de")`` shows the result. Raises ``ValueError`` for
        an empty mapping or label and ``NotFoundError`` for an unknown property.
        """
        await self._client._call(
            routes.TRANSLATE_JOB_PROPERTY,
            path={"property_id": property_id},
            body=translations_body(translations),
        )

    async def activate(self, property_id: str) -> None:
        """Put a property in use: ``PUT /configuration/job-properties/{id}/activation``.

        Returns nothing. Raises ``NotFoundError`` for an unknown property.
        """
        await self._client._call(routes.ACTIVATE_JOB_PROPERTY, path={"property_id": property_id})

    async def deactivate(self, property_id: str) -> None:
        """Take a property out of use: ``DELETE /configuration/job-properties/{id}/activation``.

        Returns nothing. Raises ``NotFoundError`` for an unknown property.
        """
        await self._client._call(routes.DEACTIVATE_JOB_PROPERTY, path={"property_id": property_id})
