"""Fake-server handlers of the User API (``/user-api/v201804``).

The company's users live in ``UsersState`` (``users_state(server.data)``), seeded by
``users_data``. Users created here start inactive, as the API documents; avatars and the
e-mails the API would send are recorded so tests can see them.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from typing import Any

import attrs
from aiohttp import web

from ..._protocol.routes import users as routes
from ..data import now
from ..replies import Handler, Reply
from ..state import ServerData
from ..users_data import ACCESS_GROUPS, SYSTEM_ROLES, make_users
from . import params
from ._collection import Collection, answering, listed
from .checks import (
    Refusal,
    bad_request,
    json_body,
    json_object,
    not_found,
    optional_enum,
    optional_object,
    optional_string,
    patched,
    refusals_as_replies,
    required_enum,
    required_object,
    required_string,
    string_list,
)

__all__ = [
    "HANDLERS",
    "Avatar",
    "UsersState",
    "add_user",
    "checked_user",
    "matching_users",
    "users_state",
]

Json = dict[str, Any]

_SSO_LOGIN_MODES = frozenset({"SSO", "PASSWORD"})
_WRITABLE = frozenset(
    {
        "email",
        "firstName",
        "lastName",
        "systemRole",
        "externalData",
        "ssoIdentifier",
        "ssoLoginMode",
        "language",
        "location",
    }
)
_MAX_ASSIGNED = 5000
_AVATAR_TYPES = ("image/", "application/octet-stream")


@attrs.frozen(kw_only=True)
class Avatar:
    """An uploaded avatar as the server received it."""

    data: bytes
    filename: str | None
    content_type: str


@attrs.define(kw_only=True, eq=False)
class UsersState:
    """The fake company's users by id (list order), access groups, avatars and sent e-mails.

    ``emails`` records ``(kind, user_id)`` for every activation or password-reset e-mail.
    """

    users: dict[str, Json]
    me: str
    groups: dict[str, str] = attrs.field(factory=lambda: dict(ACCESS_GROUPS))
    avatars: dict[str, Avatar] = attrs.field(factory=dict)
    emails: list[tuple[str, str]] = attrs.field(factory=list)


def _build(data: ServerData) -> UsersState:
    users = make_users(seed=data.seed)
    return UsersState(users={u["id"]: u for u in users}, me=users[0]["id"])


def users_state(data: ServerData) -> UsersState:
    """The User API's state of one fake server (built on first use)."""
    return data.store("users", _build)


USERS = Collection("User", "user_id", lambda rq, s: s.users, users_state)


def checked_user(state: UsersState, user: Json, *, user_id: str | None) -> Json:
    """``user`` validated as ``NewUser`` documents it, with the role's name filled in."""
    email = required_string(user, "email")
    if "@" not in email:
        raise bad_request("email must be an e-mail address")
    required_string(user, "firstName")
    required_string(user, "lastName")
    role_id = required_enum(required_object(user, "systemRole"), "id", SYSTEM_ROLES)
    optional_enum(user, "ssoLoginMode", _SSO_LOGIN_MODES)
    optional_string(user, "externalData")
    optional_string(user, "ssoIdentifier")
    language = optional_object(user, "language")
    if language is not None:
        required_string(language, "code", where="language.")
    optional_object(user, "location")
    taken = any(
        other["email"].casefold() == email.casefold() and other_id != user_id
        for other_id, other in state.users.items()
    )
    if taken:
        raise Refusal(409, "USER_ALREADY_EXISTS", f"A user with e-mail {email} already exists")
    return {**user, "systemRole": {"id": role_id, "name": SYSTEM_ROLES[role_id]}}


def matching_users(state: UsersState, query: Mapping[str, Any]) -> list[Json]:
    """The users a list's ``q`` and ``updated_after`` (declared, by Python name) keep."""
    found = list(state.users.values())
    if q := query.get("q", "").casefold():
        found = [
            u for u in found if q in f"{u['firstName']} {u['lastName']} {u['email']}".casefold()
        ]
    if (after := query.get("updated_after")) is not None:
        found = [u for u in found if dt.datetime.fromisoformat(u["updatedOn"]) > after]
    return found


@refusals_as_replies()
async def list_users(request: web.Request, data: ServerData) -> Reply:
    """``GET /users``: one cursor page (``limit`` ≤ 100, ``q``, ``updatedAfter``)."""
    query = params.declared(request.query, routes.LIST)
    limit = params.integer(request.query, "limit", 100, low=1, high=100)
    offset = params.page_offset(request.query, "users")
    found = matching_users(users_state(data), query)
    # List items are ``UserListItem``s: a user without ``location``.
    items = [
        {k: v for k, v in u.items() if k != "location"} for u in found[offset : offset + limit]
    ]
    page: Json = {"limit": limit, "content": items}
    if offset + limit < len(found):
        page["nextPageId"] = params.page_id("users", offset + limit)
    return Reply.json(page)


def add_user(state: UsersState, body: Json) -> Json:
    """Validate a ``NewUser`` body and store it as a new, inactive user; returns the user."""
    user = checked_user(state, body, user_id=None)
    fields = ("email", "firstName", "lastName", "externalData", "ssoIdentifier", "ssoLoginMode")
    created: Json = {
        "id": str(uuid.uuid4()),
        **{key: user[key] for key in fields if user.get(key) is not None},
        "systemRole": user["systemRole"],
        "language": user.get("language") or {"code": "en"},
        "active": False,
        "updatedOn": now(),
        "accessGroups": [],
    }
    if user.get("location") is not None:
        created["location"] = user["location"]
    state.users[created["id"]] = created
    return created


@refusals_as_replies()
async def create_user(request: web.Request, data: ServerData) -> Reply:
    """``POST /users``: validate a ``NewUser``, store it inactive; 201 with the user."""
    created = add_user(users_state(data), await json_object(request))
    return Reply.json(created, status=201)


@refusals_as_replies()
async def update_user(request: web.Request, data: ServerData) -> Reply:
    """``PATCH /users/{id}``: apply a JSON Patch, validate the result; 200 with the user."""
    state = users_state(data)
    user = USERS.one(request, state)
    operations = await json_body(request)
    changed = patched(user, operations, may_change=_WRITABLE.__contains__)
    updated = {**checked_user(state, changed, user_id=user["id"]), "updatedOn": now()}
    state.users[user["id"]] = updated
    return Reply.json(updated)


@refusals_as_replies()
async def send_activation_email(request: web.Request, data: ServerData) -> Reply:
    """``POST /users/{id}/activation-email``: 204, recorded; 409 for an active user."""
    state = users_state(data)
    user = USERS.one(request, state)
    if user["active"]:
        raise Refusal(409, "USER_ALREADY_ACTIVE", f"User {user['id']} is already active")
    state.emails.append(("activation", user["id"]))
    return Reply.empty()


@refusals_as_replies()
async def reset_password(request: web.Request, data: ServerData) -> Reply:
    """``POST /users/{id}/reset-password``: 204, the e-mail recorded."""
    state = users_state(data)
    user = USERS.one(request, state)
    state.emails.append(("password-reset", user["id"]))
    return Reply.empty()


@refusals_as_replies()
async def update_avatar(request: web.Request, data: ServerData) -> Reply:
    """``PUT /users/{id}/avatar``: a multipart ``file`` (an image); 204, the file recorded."""
    state = users_state(data)
    user = USERS.one(request, state)
    if not request.content_type.startswith("multipart/form-data"):
        raise bad_request("Request must be multipart/form-data with a file part")
    form = await request.post()
    part = form.get("file")
    if not isinstance(part, web.FileField):
        raise bad_request("The file part is required")
    content = part.file.read()
    if not content:
        raise bad_request("The file is empty")
    if not part.content_type.startswith(_AVATAR_TYPES):
        raise bad_request(f"An avatar must be an image, not {part.content_type}")
    state.avatars[user["id"]] = Avatar(
        data=content, filename=part.filename, content_type=part.content_type
    )
    return Reply.empty()


def _groups(state: UsersState) -> Reply:
    return listed([{"id": gid, "name": name} for gid, name in state.groups.items()], total=False)


def _group_id(state: UsersState, request: web.Request) -> str:
    group_id = request.match_info["access_group_id"]
    if group_id not in state.groups:
        raise not_found("Access group", group_id)
    return group_id


@refusals_as_replies()
async def assign_users(request: web.Request, data: ServerData) -> Reply:
    """``POST /access-groups/{id}/users``: a list of 1–5000 user ids; 200 with the groups."""
    state = users_state(data)
    group_id = _group_id(state, request)
    ids = string_list({"ids": await json_body(request)}, "ids", required=True)
    if not 1 <= len(ids) <= _MAX_ASSIGNED:
        raise bad_request(f"Assign 1 to {_MAX_ASSIGNED} users at a time")
    unknown = sorted(set(ids) - set(state.users))
    if unknown:
        raise bad_request(f"Unknown users: {', '.join(unknown)}")
    entry = {"id": group_id, "name": state.groups[group_id]}
    for user_id in ids:
        user = state.users[user_id]
        if entry not in user["accessGroups"]:
            user["accessGroups"] = sorted([*user["accessGroups"], entry], key=lambda g: g["id"])
    return _groups(state)


@refusals_as_replies()
async def remove_user(request: web.Request, data: ServerData) -> Reply:
    """``DELETE /access-groups/{id}/users/{userId}``: 204; 404 for a user not in the group."""
    state = users_state(data)
    group_id = _group_id(state, request)
    user = USERS.one(request, state)
    kept = [g for g in user["accessGroups"] if g["id"] != group_id]
    if len(kept) == len(user["accessGroups"]):
        raise not_found(f"User {user['id']} in access group", group_id)
    user["accessGroups"] = kept
    return Reply.empty()


# users.me comes before users.get so the literal /users/me is routed before /users/{id}.
HANDLERS: Mapping[str, Handler] = {
    "users.all": list_users,
    "users.create": create_user,
    # The administrator the credential acts as.
    "users.me": answering(lambda rq, d: users_state(d).users[users_state(d).me]),
    "users.get": USERS.getter(),
    "users.update": update_user,
    "users.activation.activate": USERS.setter(active=True, updatedOn=now),
    "users.activation.deactivate": USERS.setter(active=False, updatedOn=now),
    "users.activation.email.send": send_activation_email,
    "users.password.reset": reset_password,
    "users.avatar.update": update_avatar,
    "system-roles.all": answering(
        lambda rq, d: listed([{"id": k, "name": v} for k, v in SYSTEM_ROLES.items()], total=False)
    ),
    "access-groups.all": answering(lambda rq, d: _groups(users_state(d))),
    "access-groups.users.assign": assign_users,
    "access-groups.users.remove": remove_user,
}
