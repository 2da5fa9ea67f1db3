"""User API: ``users-api.json`` (prefix ``/user-api/v201804``).

The deprecated root ``/users`` twin (``users-api-deprecated.json``) is deliberately absent: the
prefixed API replaces it and adds system roles and access groups.
"""

from __future__ import annotations

from ...models.users import SystemRoles, User, UserAccessGroups, UserInput
from ._route import Body, Paging, Route

_SPEC = "users-api.json"
_PREFIX = "/user-api/v201804"

ROUTES = (
    Route(
        operation_id="users.all",
        method="GET",
        path=f"{_PREFIX}/users",
        group="users",
        paging=Paging.CURSOR,
        response_model=User,
        source_spec=_SPEC,
    ),
    Route(
        operation_id="users.create",
        method="POST",
        path=f"{_PREFIX}/users",
        group="users",
        request_body=Body.JSON,
        request_model=UserInput,
        response_model=User,
        source_spec=_SPEC,
    ),
    Route(
        operation_id="users.me",
        method="GET",
        path=f"{_PREFIX}/users/me",
        group="users",
        response_model=User,
        source_spec=_SPEC,
    ),
    Route(
        operation_id="users.get",
        method="GET",
        path=f"{_PREFIX}/users/{{user_id}}",
        group="users",
        response_model=User,
        source_spec=_SPEC,
    ),
    Route(
        operation_id="users.update",
        method="PATCH",
        path=f"{_PREFIX}/users/{{user_id}}",
        group="users",
        request_body=Body.JSON,
        response_model=User,
        source_spec=_SPEC,
    ),
    Route(
        # Not idempotent: every call sends the user another e-mail.
        operation_id="users.password.reset",
        method="POST",
        path=f"{_PREFIX}/users/{{user_id}}/reset-password",
        group="users",
        response_body=Body.NONE,
        source_spec=_SPEC,
    ),
    Route(
        operation_id="users.activation.email.send",
        method="POST",
        path=f"{_PREFIX}/users/{{user_id}}/activation-email",
        group="users",
        response_body=Body.NONE,
        source_spec=_SPEC,
    ),
    Route(
        operation_id="users.activation.activate",
        method="PUT",
        path=f"{_PREFIX}/users/{{user_id}}/activation",
        group="users",
        response_body=Body.NONE,
        source_spec=_SPEC,
    ),
    Route(
        operation_id="users.activation.deactivate",
        method="DELETE",
        path=f"{_PREFIX}/users/{{user_id}}/activation",
        group="users",
        response_body=Body.NONE,
        source_spec=_SPEC,
    ),
    Route(
        operation_id="users.avatar.update",
        method="PUT",
        path=f"{_PREFIX}/users/{{user_id}}/avatar",
        group="users",
        request_body=Body.MULTIPART,
        response_body=Body.NONE,
        source_spec=_SPEC,
    ),
    Route(
        operation_id="system-roles.all",
        method="GET",
        path=f"{_PREFIX}/system-roles",
        group="users",
        response_model=SystemRoles,
        source_spec=_SPEC,
    ),
    Route(
        operation_id="access-groups.all",
        method="GET",
        path=f"{_PREFIX}/access-groups",
        group="users",
        response_model=UserAccessGroups,
        source_spec=_SPEC,
    ),
    Route(
        operation_id="access-groups.users.remove",
        method="DELETE",
        path=f"{_PREFIX}/access-groups/{{access_group_id}}/users/{{user_id}}",
        group="users",
        response_body=Body.NONE,
        source_spec=_SPEC,
    ),
    Route(
        # Assigning is adding to a set: replaying it after an ambiguous failure changes nothing.
        operation_id="access-groups.users.assign",
        method="POST",
        path=f"{_PREFIX}/access-groups/{{access_group_id}}/users",
        group="users",
        idempotent=True,
        request_body=Body.JSON,
        response_model=UserAccessGroups,
        source_spec=_SPEC,
    ),
)
