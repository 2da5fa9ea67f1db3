"""Access groups as the Configuration API manages them (``/configuration/access-groups``).

The 2017 and 2024 schemas predate these routes. The request is documented on
developers.smartrecruiters.com/reference/configurationaccess-groupcreate (and ``…update``):
``name`` (1-100 characters), ``description`` (1-1000) and ``criteria``, all required, where
``criteria.include`` maps the id of an active organisation job property to ``{all, values}``.
No published source shows the answer; the SDK reads it as the group it wrote plus its ``id``
(the path's ``{accessGroupId}``), so a read-modify-write ``update`` can send it back. Anything
else the API returns stays in ``extra_fields``.
"""

from __future__ import annotations

import attrs

from .._base import ExtraFields, extra_fields, model

__all__ = [
    "AccessGroupCriteria",
    "AccessGroupCriteriaInput",
    "AccessGroupCriterion",
    "AccessGroupCriterionInput",
    "ConfigurationAccessGroup",
    "ConfigurationAccessGroups",
    "NewConfigurationAccessGroup",
]


@model
class AccessGroupCriterion:
    """Which values of one organisation job property a group's jobs have.

    ``all=True`` matches every value except those in ``values``; ``all=False`` only those in
    ``values`` (the ids of the property's values).
    """

    all: bool | None = None
    values: list[str] = attrs.field(factory=list)
    extra_fields: ExtraFields = extra_fields()


@model
class AccessGroupCriteria:
    """The jobs an access group covers: ``include`` maps job property ids to criteria."""

    include: dict[str, AccessGroupCriterion] = attrs.field(factory=dict)
    extra_fields: ExtraFields = extra_fields()


@model
class ConfigurationAccessGroup:
    """An access group: the jobs whose organisation fields match its ``criteria``.

    Returned by ``client.configuration.access_groups.get``, ``create`` and ``update``.
    """

    id: str | None = None
    name: str | None = None
    description: str | None = None
    criteria: AccessGroupCriteria | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class ConfigurationAccessGroups:
    """``GET /configuration/access-groups``: every access group, no paging.

    No source shows this body; it is read as the ``{totalFound, content}`` list every other
    Configuration API list has (``Departments``, ``HiringProcesses``, ...).
    """

    total_found: int | None = None
    content: list[ConfigurationAccessGroup] = attrs.field(factory=list)
    extra_fields: ExtraFields = extra_fields()


@model
class AccessGroupCriterionInput:
    """One entry of ``AccessGroupCriteriaInput.include``: ``all`` and the value ids."""

    all: bool
    values: list[str] = attrs.field(factory=list)


@model
class AccessGroupCriteriaInput:
    """``criteria`` of a new group: exactly one ``include``, keyed by organisation property id."""

    include: dict[str, AccessGroupCriterionInput]


@model
class NewConfigurationAccessGroup:
    """Request body of ``POST`` and ``PUT /configuration/access-groups[/{id}]``.

    ``name``, ``description`` and ``criteria`` are all required by the API reference.
    """

    name: str
    description: str
    criteria: AccessGroupCriteriaInput
