"""Objects shared by several API groups."""

from __future__ import annotations

from typing import Any

from ._base import ExtraFields, extra_fields, model

__all__ = ["IdLabel", "Location"]


@model
class IdLabel:
    """A reference to a configured value: ``{"id": ..., "label": ...}``."""

    id: str | None = None
    label: str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class Location:
    """A place, in either of the API's two shapes.

    The old shape (Posting API and most older endpoints) has ``country`` as a lower-case ISO code,
    ``region`` and ``city``; the new shape (Job API) adds ``country_code``, ``region_code`` and
    has ``country`` as the full name. Every field is optional; coordinates arrive as strings or
    numbers and are kept as sent.
    """

    country: str | None = None
    country_code: str | None = None
    region: str | None = None
    region_code: str | None = None
    city: str | None = None
    address: str | None = None
    postal_code: str | None = None
    remote: bool | None = None
    hybrid: bool | None = None
    latitude: Any = None
    longitude: Any = None
    full_location: str | None = None
    extra_fields: ExtraFields = extra_fields()

    @property
    def iso_country_code(self) -> str | None:
        """The lower-case ISO 3166 code in whichever shape the server sent."""
        if self.country_code:
            return self.country_code.lower()
        if self.country and len(self.country) == 2:
            return self.country.lower()
        return None
