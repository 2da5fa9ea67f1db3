"""The location of a job as requests send it."""

from __future__ import annotations

from .._base import ExtraFields, codec, extra_fields, model
from ..common import Location

__all__ = ["JobLocationInput"]


@model
class JobLocationInput:
    """Where a job is, as ``JobInput`` sends it: the schema's ``JobLocationInput``.

    ``country_code`` is the lower-case ISO 3166 code, ``region_code`` the upper-case state code.
    """

    country_code: str
    city: str
    region_code: str | None = None
    address: str | None = None
    postal_code: str | None = None
    remote: bool | None = None
    extra_fields: ExtraFields = extra_fields()

    @classmethod
    def from_location(cls, location: Location) -> JobLocationInput:
        """The input form of a ``Location`` read from the API.

        Fields the input form does not declare (``country``, ``region``, coordinates, unknown
        ones) travel in ``extra_fields``, so writing the location back loses nothing. Raises
        ``ValueError`` when the location lacks a country code or a city.
        """
        if not location.iso_country_code or not location.city:
            raise ValueError("a job location needs a country code and a city")
        rest = codec().unstructure(location)
        for key in (
            "countryCode",
            "city",
            "regionCode",
            "address",
            "postalCode",
            "remote",
        ):
            rest.pop(key, None)
        return cls(
            country_code=location.iso_country_code,
            city=location.city,
            region_code=location.region_code,
            address=location.address,
            postal_code=location.postal_code,
            remote=location.remote,
            extra_fields=rest,
        )
