"""User API: ``users-api.json`` (prefix ``/user-api/v201804``).

The deprecated root ``/users`` twin (``users-api-deprecated.json``) is deliberately absent: the
prefixed API replaces it and adds system roles and access groups.
"""

from __future__ import annotations

import datetime as dt

from ...models.users import SystemRoles, User, UserAccessGroups, UserInput
from ._route import Body, Paging, RouteGroup, param

_GROUP = RouteGroup("users", spec="users-api.json")
_PREFIX = "/user-api/v201804"
_USER = f"{_PREFIX}/users/{{user_id}}"
_ACCESS_GROUP_USERS = f"{_PREFIX}/access-groups/{{access_group_id}}/users"

LIST = _GROUP.route(
    "GET",
    "users.all",
    f"{_PREFIX}/users",
    returns=User,
    paging=Paging.CURSOR,
    query=(param("q"), param("updated_after", dt.datetime), param("limit", int)),
)
CREATE = _GROUP.route("POST", "users.create", f"{_PREFIX}/users", returns=User, body=UserInput)
ME = _GROUP.route("GET", "users.me", f"{_PREFIX}/users/me", returns=User)
GET = _GROUP.route("GET", "users.get", _USER, returns=User)
# The body is a JsonPatch, not a model.
UPDATE = _GROUP.route("PATCH", "users.update", _USER, returns=User, request_body=Body.JSON)
# Not idempotent: every call sends the user another e-mail.
RESET_PASSWORD = _GROUP.route("POST", "users.password.reset", f"{_USER}/reset-password")
SEND_ACTIVATION_EMAIL = _GROUP.route(
    "POST", "users.activation.email.send", f"{_USER}/activation-email"
)
ACTIVATE = _GROUP.route("PUT", "users.activation.activate", f"{_USER}/activation")
DEACTIVATE = _GROUP.route("DELETE", "users.activation.deactivate", f"{_USER}/activation")
UPLOAD_AVATAR = _GROUP.route(
    "PUT", "users.avatar.update", f"{_USER}/avatar", request_body=Body.MULTIPART
)
SYSTEM_ROLES = _GROUP.route(
    "GET", "system-roles.all", f"{_PREFIX}/system-roles", returns=SystemRoles
)
ACCESS_GROUPS = _GROUP.route(
    "GET", "access-groups.all", f"{_PREFIX}/access-groups", returns=UserAccessGroups
)
REMOVE_FROM_ACCESS_GROUP = _GROUP.route(
    "DELETE", "access-groups.users.remove", f"{_ACCESS_GROUP_USERS}/{{user_id}}"
)
# Assigning is adding to a set: replaying it after an ambiguous failure changes nothing. The body
# is a list of user ids, not a model.
ASSIGN_TO_ACCESS_GROUP = _GROUP.route(
    "POST",
    "access-groups.users.assign",
    _ACCESS_GROUP_USERS,
    returns=UserAccessGroups,
    idempotent=True,
    request_body=Body.JSON,
)

ROUTES = _GROUP.routes
