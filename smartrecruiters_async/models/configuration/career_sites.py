"""Career sites: the company's public job sites."""

from __future__ import annotations

import attrs

from .._base import ExtraFields, extra_fields, model

__all__ = ["CareerSite", "CareerSites"]


@model
class CareerSite:
    """One career site: its name, address and language; ``default`` marks the main one."""

    id: str
    name: str | None = None
    url: str | None = None
    language: str | None = None
    default: bool | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class CareerSites:
    """``GET /configuration/career-sites``: every career site, no paging."""

    total_found: int | None = None
    content: list[CareerSite] = attrs.field(factory=list)
    extra_fields: ExtraFields = extra_fields()
