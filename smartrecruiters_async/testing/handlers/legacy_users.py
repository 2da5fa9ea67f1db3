"""Fake-server handlers of the deprecated root User API (``/users``, 2017 schema).

The root API serves the same users as the prefixed one (``users.UsersState``) in the 2017
shape: a ``role`` string for ``systemRole``, none of the later fields, offset pages
(``{offset, limit, totalFound, content}``). Activation, its e-mail and the avatar are the
prefixed API's handlers: the bodies are the same.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from aiohttp import web

from ..._protocol.routes import legacy_users as routes
from ..data import now
from ..replies import Handler, Reply
from ..state import ServerData
from ..users_data import SYSTEM_ROLES
from . import params, users
from .checks import found, json_body, json_object, patched, refusals_as_replies, required_enum

__all__ = ["HANDLERS"]

Json = dict[str, Any]

# UserEntity of the 2017 schema, but ``role``; list items (UserListItem) lack ``location``.
_ENTITY = (
    "id",
    "email",
    "firstName",
    "lastName",
    "externalData",
    "language",
    "location",
    "active",
    "updatedOn",
)
_WRITABLE = frozenset(
    {"email", "firstName", "lastName", "externalData", "language", "location", "role"}
)


def _view(user: Json, *, item: bool = False) -> Json:
    shown = {k: user[k] for k in _ENTITY if k in user and not (item and k == "location")}
    return {**shown, "role": user["systemRole"]["id"]}


def _twin_shape(root: Json, stored: Json | None = None) -> Json:
    """A root body as the prefixed API stores it: ``role`` becomes ``systemRole``."""
    kept = {k: v for k, v in (stored or {}).items() if k not in _ENTITY and k != "systemRole"}
    fields = {k: v for k, v in root.items() if k != "role"}
    return {**kept, **fields, "systemRole": {"id": required_enum(root, "role", SYSTEM_ROLES)}}


@refusals_as_replies()
async def list_users(request: web.Request, data: ServerData) -> Reply:
    """``GET /users``: one offset page (``q``, ``updatedAfter``, ``limit`` ≤ 100, ``offset``)."""
    query = params.declared(request.query, routes.LIST)
    limit = params.integer(request.query, "limit", 100, low=1, high=100)
    offset = params.integer(request.query, "offset", 0, low=0)
    matching = users.matching_users(users.users_state(data), query)
    content = [_view(u, item=True) for u in matching[offset : offset + limit]]
    page = {"offset": offset, "limit": limit, "totalFound": len(matching), "content": content}
    return Reply.json(page)


@refusals_as_replies()
async def create_user(request: web.Request, data: ServerData) -> Reply:
    """``POST /users``: a 2017 ``NewUser`` (``role``); 201 with the inactive user."""
    body = await json_object(request)
    return Reply.json(_view(users.add_user(users.users_state(data), _twin_shape(body))), status=201)


@refusals_as_replies()
async def get_me(request: web.Request, data: ServerData) -> Reply:
    """``GET /users/me``."""
    state = users.users_state(data)
    return Reply.json(_view(state.users[state.me]))


@refusals_as_replies()
async def get_user(request: web.Request, data: ServerData) -> Reply:
    """``GET /users/{id}``."""
    return Reply.json(
        _view(found(users.users_state(data).users, request.match_info["user_id"], "User"))
    )


@refusals_as_replies()
async def update_user(request: web.Request, data: ServerData) -> Reply:
    """``PATCH /users/{id}``: a JSON Patch of the root view (``/role``); 200 with the user."""
    state = users.users_state(data)
    user = found(state.users, request.match_info["user_id"], "User")
    changed = patched(_view(user), await json_body(request), may_change=_WRITABLE.__contains__)
    merged = users.checked_user(state, _twin_shape(changed, user), user_id=user["id"])
    state.users[user["id"]] = {**merged, "updatedOn": now()}
    return Reply.json(_view(state.users[user["id"]]))


# users.me before users.get so the literal /users/me is routed before /users/{id}.
HANDLERS: Mapping[str, Handler] = {
    routes.LIST.operation_id: list_users,
    routes.CREATE.operation_id: create_user,
    routes.ME.operation_id: get_me,
    routes.GET.operation_id: get_user,
    routes.UPDATE.operation_id: update_user,
    routes.DELETE.operation_id: users.USERS.setter(active=False, updatedOn=now),
    routes.SEND_ACTIVATION_EMAIL.operation_id: users.send_activation_email,
    routes.ACTIVATE.operation_id: users.USERS.setter(active=True, updatedOn=now),
    routes.DEACTIVATE.operation_id: users.USERS.setter(active=False, updatedOn=now),
    routes.UPLOAD_AVATAR.operation_id: users.update_avatar,
}
