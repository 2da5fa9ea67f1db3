"""Career sites: the company's public job sites.

Neither schema (2017, 2024) has these routes and no published source shows their bodies, so
the SDK types only the ``id`` the path ``/configuration/career-sites/{careerSiteId}`` implies;
every other member the API sends is kept, unchanged, in ``extra_fields``.
"""

from __future__ import annotations

import attrs

from .._base import ExtraFields, extra_fields, model

__all__ = ["CareerSite", "CareerSites"]


@model
class CareerSite:
    """One career site (``client.configuration.career_sites.get``); see the module note."""

    id: str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class CareerSites:
    """``GET /configuration/career-sites``: every career site, no paging.

    Read as the ``{totalFound, content}`` list every other Configuration API list has.
    """

    total_found: int | None = None
    content: list[CareerSite] = attrs.field(factory=list)
    extra_fields: ExtraFields = extra_fields()
