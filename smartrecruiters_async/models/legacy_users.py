"""Models of the deprecated root User API (``/users``), from the 2017 schema (``roksela.json``).

They are not the prefixed User API's: a root user has a ``role`` string where the twin has a
``systemRole`` object, and no access groups or seats. ``UserLanguage`` and ``Location`` are the
same and are reused. A field the root API sends beyond these (``systemRole``, say) is kept in
``extra_fields``.
"""

from __future__ import annotations

import datetime as dt

from ._base import ExtraFields, extra_fields, model
from .common import Location
from .users import UserLanguage

__all__ = ["LegacyUser", "LegacyUserInput"]


@model
class LegacyUser:
    """A user as the root API answers (``UserEntity``; list items, ``UserListItem``, lack
    ``location``)."""

    id: str | None = None
    email: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    role: str | None = None
    external_data: str | None = None
    language: UserLanguage | None = None
    location: Location | None = None
    active: bool | None = None
    updated_on: dt.datetime | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class LegacyUserInput:
    """The body of the root ``POST /users`` (``NewUser``). The schema's ``password`` is left
    out: a secret the SDK does not carry; the user sets it through the activation e-mail."""

    email: str
    first_name: str
    last_name: str
    role: str
    external_data: str | None = None
    sso_identifier: str | None = None
    language: UserLanguage | None = None
    location: Location | None = None
