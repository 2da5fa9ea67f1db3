"""Predefined locations: the places offered when a job's location is chosen."""

from __future__ import annotations

from typing import Any

import attrs

from .._base import ExtraFields, extra_fields, model

__all__ = ["NewPredefinedLocation", "PredefinedLocation", "PredefinedLocations"]


@model
class PredefinedLocation:
    """A saved location (new shape: ``country_code`` and ``region_code`` beside the names)."""

    id: str
    country: str | None = None
    country_code: str | None = None
    region: str | None = None
    region_code: str | None = None
    city: str | None = None
    address: str | None = None
    postal_code: str | None = None
    remote: bool | None = None
    latitude: Any = None
    longitude: Any = None
    extra_fields: ExtraFields = extra_fields()


@model
class PredefinedLocations:
    """``GET /configuration/predefined-locations``: every predefined location, no paging."""

    total_found: int | None = None
    content: list[PredefinedLocation] = attrs.field(factory=list)
    extra_fields: ExtraFields = extra_fields()


@model
class NewPredefinedLocation:
    """Request body of ``POST`` and ``PUT /configuration/predefined-locations[/{id}]``.

    ``country_code`` (ISO 3166 alpha-2) and ``city`` are required.
    """

    country_code: str
    city: str
    region_code: str | None = None
    address: str | None = None
    postal_code: str | None = None
    remote: bool | None = None
