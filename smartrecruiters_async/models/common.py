"""Objects shared by several API groups."""

from __future__ import annotations

from ._base import ExtraFields, extra_fields, model

__all__ = ["Action", "IdLabel", "Location"]


@model
class Action:
    """A link to a related call, as objects of every group carry them in ``actions``.

    Schema ``Action``: ``url`` and the HTTP ``method`` to use on it (both strings in the 2017
    schema; the 2024 one lists GET, POST, PUT, PATCH, OPTIONS, DELETE, HEAD, CONNECT).
    """

    url: str | None = None
    method: str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class IdLabel:
    """A reference to a configured value: ``{"id": ..., "label": ...}``.

    The schema's ``Industry``, ``Function``, ``JobPropertyValue``, ``Identifiable`` (``id`` only)
    and the 2017 ``ModelProperty`` all have this shape.
    """

    id: str | None = None
    label: str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class Location:
    """A place, in any of the shapes the API sends (DESIGN 7).

    - The old shape (the Posting API): ``country`` is the lower-case ISO code, with ``region``,
      ``city``, ``remote`` and string ``latitude``/``longitude``.
    - The new shape (the Job and User APIs, the schema's 2017 ``Location``): ``country`` is the
      full name, ``country_code``/``region_code`` are the codes, with ``address``,
      ``postal_code`` and string ``latitude``/``longitude``; jobs add ``remote`` and ``manual``.
    - The 2024 schema's ``Location`` has numeric ``lat``/``lng`` instead.

    Every field is optional.
    """

    country: str | None = None
    country_code: str | None = None
    region: str | None = None
    region_code: str | None = None
    city: str | None = None
    address: str | None = None
    postal_code: str | None = None
    # Strings in the 2017 schema, in the swagger examples and in the Posting API's own object
    # page (developers.smartrecruiters.com/docs/objects: "latitude": "28.557071"). A number is
    # accepted as well, without drift, and kept as sent: the 2024 shape's coordinates are
    # numbers, and tests/unit/test_converter.py holds this model to "strings or numbers".
    latitude: str | float | None = None
    longitude: str | float | None = None
    # The 2024 schema's Location (recruitifi.json) has these numeric coordinates instead.
    lat: float | None = None
    lng: float | None = None
    # Neither schema has the next two: the swagger examples do (jobs/list.json, jobs/retrieve.json
    # send both; postings/list.json and the Posting API's object page send ``remote``).
    remote: bool | None = None
    manual: bool | None = None
    extra_fields: ExtraFields = extra_fields()

    @property
    def iso_country_code(self) -> str | None:
        """The lower-case ISO 3166 code in whichever shape the server sent."""
        if self.country_code:
            return self.country_code.lower()
        if self.country and len(self.country) == 2:
            return self.country.lower()
        return None
