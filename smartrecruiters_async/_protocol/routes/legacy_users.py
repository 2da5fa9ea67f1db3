"""The deprecated root User API: ``users-api-deprecated.json`` (``/users`` without a prefix).

Its operationIds repeat those of the prefixed User API (``users-api.json``), so the table keys
these routes ``users-api-deprecated:<operationId>``. Every route is deprecated and names the
``client.users`` method that calls its twin. Unlike the twin, the list is offset-paged.
"""

from __future__ import annotations

import datetime as dt

from ...models.legacy_users import LegacyUser, LegacyUserInput
from ._route import Body, Paging, RouteGroup, param

_GROUP = RouteGroup("legacy_users", spec="users-api-deprecated.json")
_OP = "users-api-deprecated:"
_USER = "/users/{user_id}"


def _twin(method: str) -> str:
    return f"use client.users.{method}, its /user-api/v201804 twin"


LIST = _GROUP.route(
    "GET",
    _OP + "users.all",
    "/users",
    deprecated=_twin("list"),
    returns=LegacyUser,
    paging=Paging.OFFSET,
    query=(
        param("q"),
        param("updated_after", dt.datetime),
        param("limit", int),
        param("offset", int),
    ),
)
CREATE = _GROUP.route(
    "POST",
    _OP + "users.create",
    "/users",
    deprecated=_twin("create"),
    returns=LegacyUser,
    body=LegacyUserInput,
)
ME = _GROUP.route("GET", _OP + "users.me", "/users/me", deprecated=_twin("me"), returns=LegacyUser)
GET = _GROUP.route("GET", _OP + "users.get", _USER, deprecated=_twin("get"), returns=LegacyUser)
UPDATE = _GROUP.route(
    "PATCH",
    _OP + "users.update",
    _USER,
    deprecated=_twin("update"),
    returns=LegacyUser,
    request_body=Body.JSON,
)
# DELETE /users/{id} deactivates, as DELETE .../activation does.
DELETE = _GROUP.route(
    "DELETE", _OP + "users.activation.delete", _USER, deprecated=_twin("deactivate")
)
SEND_ACTIVATION_EMAIL = _GROUP.route(
    "POST",
    _OP + "users.activation.email.send",
    f"{_USER}/activation-email",
    deprecated=_twin("send_activation_email"),
)
ACTIVATE = _GROUP.route(
    "PUT", _OP + "users.activation.activate", f"{_USER}/activation", deprecated=_twin("activate")
)
DEACTIVATE = _GROUP.route(
    "DELETE",
    _OP + "users.activation.deactivate",
    f"{_USER}/activation",
    deprecated=_twin("deactivate"),
)
UPLOAD_AVATAR = _GROUP.route(
    "PUT",
    _OP + "users.avatar.update",
    f"{_USER}/avatar",
    deprecated=_twin("upload_avatar"),
    request_body=Body.MULTIPART,
)

ROUTES = _GROUP.routes
