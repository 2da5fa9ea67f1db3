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
    """A system role (``ADMINISTRATOR``, ``EMPLOYEE``, ... or a custom role)."""

    id: str
    name: str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class SystemRoles:
    """``GET /system-roles``: every system role of the company."""

    content: list[SystemRole] = attrs.field(factory=list)
    extra_fields: ExtraFields = extra_fields()


@model
class UserAccessGroup:
    """An access group of the User API (a set of users sharing data visibility)."""

    id: str
    name: str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class UserAccessGroups:
    """``GET /access-groups`` and the answer of assigning users: access groups."""

    content: list[UserAccessGroup] = attrs.field(factory=list)
    extra_fields: ExtraFields = extra_fields()


@model
class UserLanguage:
    """A user's interface language: ``{"code": "en"}``."""

    code: str
    label: str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class User:
    """A user of the company (``UserEntity``; list items carry the same fields or fewer).

    Users created through the API start inactive (``active`` is ``False``). ``extra_fields``
    keeps whatever the server sends that is not declared here.
    """

    id: str
    email: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    system_role: SystemRole | None = None
    external_data: str | None = None
    sso_identifier: str | None = None
    sso_login_mode: SsoLoginMode | str | None = None
    language: UserLanguage | None = None
    active: bool | None = None
    updated_on: dt.datetime | None = None
    location: Location | None = None
    access_groups: list[UserAccessGroup] | None = None
    seats: Any = None
    extra_fields: ExtraFields = extra_fields()


@model
class SystemRoleId:
    """The system role a new user gets: ``{"id": "EMPLOYEE"}``."""

    id: str


@model
class UserInput:
    """The body of ``users.create`` (``NewUser``): ``email``, names and system role required."""

    email: str
    first_name: str
    last_name: str
    system_role: SystemRoleId
    external_data: str | None = None
    sso_identifier: str | None = None
    sso_login_mode: SsoLoginMode | None = None
    language: UserLanguage | None = None
    location: Location | None = None
