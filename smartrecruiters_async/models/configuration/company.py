"""The company's own settings: ``GET /configuration/company``.

Schema ``CompanyConfiguration`` (the same names in 2017 and 2024): ``identifier``, ``name``,
``location`` (the 2017 ``Location``), ``website``, ``industry`` (``Industry``: ``id``, ``label``)
and ``logo``, all strings but the two objects.
"""

from __future__ import annotations

from .._base import ExtraFields, extra_fields, model
from ..common import IdLabel, Location

__all__ = ["CompanyConfiguration"]


@model
class CompanyConfiguration:
    """The company the credential belongs to (``client.configuration.company.get``)."""

    identifier: str | None = None
    name: str | None = None
    location: Location | None = None
    website: str | None = None
    industry: IdLabel | None = None
    logo: str | None = None
    extra_fields: ExtraFields = extra_fields()
