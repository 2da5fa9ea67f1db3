"""User API: ``users-api.json`` (prefix ``/user-api/v201804``).

The deprecated root ``/users`` twin (``users-api-deprecated.json``) is ``client.users.legacy``
(``resources.legacy_users``); this prefixed API replaces it.
"""

from __future__ import annotations

import builtins
import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING

from .._files import FileInput, Multipart, Upload
from .._paginator import AsyncPaginator
from .._protocol.paging import check_limit
from .._protocol.routes import check_path_value
from .._protocol.routes import users as routes
from ..json_patch import JsonPatch
from ..models.users import SystemRole, User, UserAccessGroup, UserInput
from ._resource import Resource
from ._values import avatar_upload, aware, id_list, instance_of, non_empty_patch
from .legacy_users import LegacyUsers

if TYPE_CHECKING:
    from .._caller import Caller

__all__ = ["Users"]

_MAX_ASSIGNED = 5000


class Users(Resource):
    """``client.users``: users, their activation, avatar, system roles and access groups;
    ``client.users.legacy`` is the deprecated root ``/users`` API."""

    def __init__(self, client: Caller) -> None:
        super().__init__(client)
        self.legacy = LegacyUsers(client)

    def list(
        self,
        *,
        q: str | None = None,
        updated_after: dt.datetime | None = None,
        limit: int = 100,
        max_items: int | None = None,
    ) -> AsyncPaginator[User]:
        """List the company's users: ``GET /user-api/v201804/users`` (cursor-paged).

        ``q`` searches names and e-mail; ``updated_after`` (timezone-aware) keeps users changed
        since then; ``limit`` is the page size (1–100). Returns an ``AsyncPaginator``: ``await``
        it for the first page, ``async for`` it for every user (the next page is fetched while
        you work on the current one). Raises ``ValueError``/``TypeError`` for bad arguments
        before any request, and the ``APIStatusError`` family when iterating.
        """
        aware(updated_after, "updated_after")
        return self._client._paginate(
            routes.LIST,
            query={"q": q, "updated_after": updated_after, "limit": check_limit(limit)},
            max_items=max_items,
        )

    async def create(self, user: UserInput) -> User:
        """Create a user: ``POST /user-api/v201804/users``.

        The new user is inactive: ``activate`` it or ``send_activation_email``. Returns the
        created ``User``. Raises ``TypeError`` unless ``user`` is a ``UserInput``,
        ``BadRequestError`` for a body the API refuses (missing field, unknown system role),
        ``ConflictError`` when the e-mail is taken.
        """
        instance_of(user, UserInput, "user")
        return await self._client._call(routes.CREATE, body=user)

    async def me(self) -> User:
        """The user the credential acts as: ``GET /user-api/v201804/users/me``.

        Returns the ``User``. Raises the ``APIStatusError`` family on failure.
        """
        return await self._client._call(routes.ME)

    async def get(self, user_id: str) -> User:
        """One user: ``GET /user-api/v201804/users/{id}``.

        Returns the ``User``. Raises ``RouteError`` for an empty id and ``NotFoundError`` for an
        unknown user.
        """
        return await self._client._call(routes.GET, path={"user_id": user_id})

    async def update(self, user_id: str, patch: JsonPatch) -> User:
        """Change a user with a JSON Patch: ``PATCH /user-api/v201804/users/{id}``.

        Build ``patch`` with ``JsonPatch().replace("/firstName", "Ann")`` or from two versions
        of a user with ``JsonPatch.diff(before, after)`` (unknown fields take part, so nothing
        is lost). Returns the updated ``User``. Raises ``TypeError``/``ValueError`` for a
        missing or empty patch, ``BadRequestError`` for a patch the API refuses,
        ``NotFoundError`` for an unknown user.
        """
        check_path_value("user_id", user_id)
        non_empty_patch(patch)
        return await self._client._call(routes.UPDATE, path={"user_id": user_id}, body=patch)

    async def activate(self, user_id: str) -> None:
        """Activate a user so they can sign in at once: ``PUT …/users/{id}/activation``.

        Returns nothing. Raises ``NotFoundError`` for an unknown user.
        """
        await self._client._call(routes.ACTIVATE, path={"user_id": user_id})

    async def deactivate(self, user_id: str) -> None:
        """Deactivate a user: ``DELETE /user-api/v201804/users/{id}/activation``.

        Returns nothing. Raises ``NotFoundError`` for an unknown user.
        """
        await self._client._call(routes.DEACTIVATE, path={"user_id": user_id})

    async def send_activation_email(self, user_id: str) -> None:
        """E-mail an inactive user a link to activate their account.

        ``POST /user-api/v201804/users/{id}/activation-email``. Not retried after an ambiguous
        failure (it would send a second e-mail). Returns nothing. Raises ``NotFoundError`` for an
        unknown user and ``ConflictError`` when the user is already active.
        """
        await self._client._call(routes.SEND_ACTIVATION_EMAIL, path={"user_id": user_id})

    async def reset_password(self, user_id: str) -> None:
        """Reset a user's password and e-mail them a link to set a new one.

        ``POST /user-api/v201804/users/{id}/reset-password``. Not retried after an ambiguous
        failure. Returns nothing. Raises ``NotFoundError`` for an unknown user.
        """
        await self._client._call(routes.RESET_PASSWORD, path={"user_id": user_id})

    async def upload_avatar(
        self,
        user_id: str,
        file: FileInput | Upload,
        *,
        filename: str | None = None,
        content_type: str | None = None,
    ) -> None:
        """Set a user's avatar: ``PUT /user-api/v201804/users/{id}/avatar`` (multipart ``file``).

        ``file`` is a path, bytes, an async iterable of byte chunks or an ``Upload``. The content
        type is guessed from the file name when not given. A streamed upload is sent once and never
        replayed. Returns nothing. Raises ``ValueError``/``TypeError`` for an unusable file before
        any request, ``BadRequestError`` for a file the API refuses, ``NotFoundError`` for an
        unknown user.
        """
        check_path_value("user_id", user_id)
        body = Multipart(fields=(("file", avatar_upload(file, filename, content_type)),))
        await self._client._call(routes.UPLOAD_AVATAR, path={"user_id": user_id}, body=body)

    async def system_roles(self) -> builtins.list[SystemRole]:
        """Every system role of the company: ``GET /user-api/v201804/system-roles``.

        Returns a list of ``SystemRole``. Raises the ``APIStatusError`` family on failure.
        """
        roles = await self._client._call(routes.SYSTEM_ROLES)
        return list(roles.content)

    async def access_groups(self) -> builtins.list[UserAccessGroup]:
        """Every access group of the company: ``GET /user-api/v201804/access-groups``.

        Returns a list of ``UserAccessGroup``. Raises the ``APIStatusError`` family on failure.
        """
        groups = await self._client._call(routes.ACCESS_GROUPS)
        return list(groups.content)

    async def assign_to_access_group(
        self, access_group_id: str, user_ids: Iterable[str]
    ) -> builtins.list[UserAccessGroup]:
        """Add users to an access group: ``POST …/access-groups/{accessGroupId}/users``.

        ``user_ids`` holds 1 to 5000 user ids. Returns the access groups the server reports.
        Raises ``ValueError`` for no ids, too many, or an empty id (before any request),
        ``BadRequestError`` for unknown users, ``NotFoundError`` for an unknown group.
        """
        ids = id_list(user_ids, "user_ids", most=_MAX_ASSIGNED)
        groups = await self._client._call(
            routes.ASSIGN_TO_ACCESS_GROUP, path={"access_group_id": access_group_id}, body=ids
        )
        return list(groups.content)

    async def remove_from_access_group(self, access_group_id: str, user_id: str) -> None:
        """Remove a user from an access group.

        ``DELETE /user-api/v201804/access-groups/{accessGroupId}/users/{id}``. Returns nothing.
        Raises ``NotFoundError`` when the group is unknown or the user is not in it.
        """
        await self._client._call(
            routes.REMOVE_FROM_ACCESS_GROUP,
            path={"access_group_id": access_group_id, "user_id": user_id},
        )
