"""The company's own settings: ``GET /configuration/company``."""

from __future__ import annotations

from .._base import ExtraFields, extra_fields, model
from ..common import IdLabel, Location

__all__ = ["CompanyConfiguration"]


@model
class CompanyConfiguration:
    """The company the credential belongs to: identifier, name, place, website, logo."""

    identifier: str | None = None
    name: str | None = None
    location: Location | None = None
    website: str | None = None
    industry: IdLabel | None = None
    logo: str | None = None
    extra_fields: ExtraFields = extra_fields()
