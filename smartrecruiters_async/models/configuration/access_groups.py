"""Access groups as the Configuration API manages them (``/configuration/access-groups``)."""

from __future__ import annotations

import attrs

from .._base import ExtraFields, extra_fields, model

__all__ = ["ConfigurationAccessGroup", "ConfigurationAccessGroups", "NewConfigurationAccessGroup"]


@model
class ConfigurationAccessGroup:
    """An access group: a named set of permissions users can be put in."""

    id: str
    name: str | None = None
    description: str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class ConfigurationAccessGroups:
    """``GET /configuration/access-groups``: every access group, no paging."""

    total_found: int | None = None
    content: list[ConfigurationAccessGroup] = attrs.field(factory=list)
    extra_fields: ExtraFields = extra_fields()


@model
class NewConfigurationAccessGroup:
    """Request body of ``POST`` and ``PUT /configuration/access-groups[/{id}]``."""

    name: str
    description: str | None = None
