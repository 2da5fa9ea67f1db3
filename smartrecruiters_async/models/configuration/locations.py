"""Predefined locations: the places offered when a job's location is chosen.

Neither schema (2017, 2024) has these routes and no published source shows their bodies. The
SDK reads a predefined location as the API's ``Location`` (roksela.json: ``country``,
``countryCode``, ``region``, ``regionCode``, ``city``, ``address``, ``postalCode``,
``latitude``, ``longitude``, all strings) plus ``remote`` (the Posting API's location,
developers.smartrecruiters.com/docs/objects) and the ``id`` the path
``/configuration/predefined-locations/{id}`` implies. Anything else stays in ``extra_fields``.
"""

from __future__ import annotations

import attrs

from .._base import ExtraFields, extra_fields, model

__all__ = ["NewPredefinedLocation", "PredefinedLocation", "PredefinedLocations"]


@model
class PredefinedLocation:
    """A saved location (``client.configuration.locations``); see the module note."""

    id: str | None = None
    country: str | None = None
    country_code: str | None = None
    region: str | None = None
    region_code: str | None = None
    city: str | None = None
    address: str | None = None
    postal_code: str | None = None
    remote: bool | None = None
    latitude: str | None = None
    longitude: str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class PredefinedLocations:
    """``GET /configuration/predefined-locations``: every predefined location, no paging.

    Read as the ``{totalFound, content}`` list every other Configuration API list has.
    """

    total_found: int | None = None
    content: list[PredefinedLocation] = attrs.field(factory=list)
    extra_fields: ExtraFields = extra_fields()


@model
class NewPredefinedLocation:
    """Request body of ``POST`` and ``PUT /configuration/predefined-locations[/{id}]``.

    The writable members of ``Location``; ``country_code`` (ISO 3166 alpha-2) and ``city`` are
    required, as they are for a job's location (``JobLocationInput``).
    """

    country_code: str
    city: str
    region_code: str | None = None
    address: str | None = None
    postal_code: str | None = None
    remote: bool | None = None
