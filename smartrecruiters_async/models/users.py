"""User API models: users, system roles and the access groups users belong to."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

import attrs

from ._base import ExtraFields, extra_fields, model
from .common import Location

__all__ = [
    "SsoLoginMode",
    "SystemRole",
    "SystemRoleId",
    "SystemRoles",
    "User",
    "UserAccessGroup",
    "UserAccessGroups",
    "UserInput",
    "UserLanguage",
]


class SsoLoginMode(enum.Enum):
    """How one user may sign in (respected only when the company has SSO set up)."""

    SSO = "SSO"
    PASSWORD = "PASSWORD"  # noqa: S105 - a login mode, not a secret


@model
class SystemRole:
    """A system role (``ADMINISTRATOR``, ``EMPLOYEE``, ... or a custom role): an item of
    ``users.system_roles`` and a user's ``system_role``.

    The schema types ``systemRole`` as an untyped object and has no ``SystemRoles`` model; the
    names are those of the official examples (users/*.json, system_roles/list.json), all of
    which have ``id``.
    """

    id: str
    name: str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class SystemRoles:
    """``GET /system-roles``: every system role of the company (system_roles/list.json)."""

    content: list[SystemRole] = attrs.field(factory=list)
    extra_fields: ExtraFields = extra_fields()


@model
class UserAccessGroup:
    """An access group (a set of users sharing data visibility): an item of a user's
    ``access_groups`` (``UserEntityAccessGroups``; list items carry only ``id``) and of
    ``users.access_groups``."""

    id: str | None = None
    name: str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class UserAccessGroups:
    """``GET /access-groups`` and the answer of assigning users: access groups
    (access_groups/*.json; the schema names the model ``AccessGroups`` but does not list it)."""

    content: list[UserAccessGroup] = attrs.field(factory=list)
    extra_fields: ExtraFields = extra_fields()


@model
class UserLanguage:
    """A user's interface language: ``{"code": "en"}`` (``UserLanguage``; ``code`` required).

    The schema draws ``code`` from its ``UserLanguageCode`` list of 35 language tags; it is kept
    a plain string so a tag added later reads as itself, not as drift.
    """

    code: str
    extra_fields: ExtraFields = extra_fields()


@model
class User:
    """A user of the company: ``users.get``, ``me``, ``create``, ``update`` (``UserEntity``) and
    the items of ``users.list`` (``UserListItem``: the same fields but ``location``).

    Users created through the API start inactive (``active`` is ``False``). ``first_name``,
    ``last_name`` and ``system_role`` are required, as the schema has them; ``id`` is not (the
    schema does not require it, though the API always sends it). ``extra_fields`` keeps
    whatever the server sends that is not declared here.
    """

    first_name: str
    last_name: str
    system_role: SystemRole
    id: str | None = None
    email: str | None = None
    external_data: str | None = None
    sso_identifier: str | None = None
    sso_login_mode: SsoLoginMode | str | None = None
    language: UserLanguage | None = None
    active: bool | None = None
    updated_on: dt.datetime | None = None
    location: Location | None = None
    access_groups: list[UserAccessGroup] = attrs.field(factory=list)
    # The schema lists ``seats`` without a type and no example shows it: kept as sent.
    seats: Any = None
    extra_fields: ExtraFields = extra_fields()


@model
class SystemRoleId:
    """The system role a new user gets: ``{"id": "EMPLOYEE"}``."""

    id: str


@model
class UserInput:
    """The body of ``users.create`` (``User`` in the 2024 schema): ``email``, names and system
    role required."""

    email: str
    first_name: str
    last_name: str
    system_role: SystemRoleId
    external_data: str | None = None
    sso_identifier: str | None = None
    sso_login_mode: SsoLoginMode | None = None
    language: UserLanguage | None = None
    # Not in the 2024 request model; the 2017 ``NewUser`` has it and the API answers with it.
    location: Location | None = None
