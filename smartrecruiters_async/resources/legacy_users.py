"""The deprecated root User API: ``users-api-deprecated.json``, as ``client.users.legacy``.

Each method calls its root route, warns ``DeprecationWarning`` naming the ``client.users``
method to use instead, and otherwise behaves as that twin, but for two differences of the
2017 API: users carry a ``role`` string (``LegacyUser``), and the list is offset-paged.
"""

from __future__ import annotations

import datetime as dt

from .._files import FileInput, Multipart, Upload
from .._paginator import AsyncPaginator
from .._protocol.paging import check_limit, check_offset
from .._protocol.routes import check_path_value
from .._protocol.routes import legacy_users as routes
from ..json_patch import JsonPatch
from ..models.legacy_users import LegacyUser, LegacyUserInput
from ._resource import Resource
from ._values import avatar_upload, aware, instance_of, non_empty_patch

__all__ = ["LegacyUsers"]


class LegacyUsers(Resource):
    """``client.users.legacy``: the root ``/users`` API; every call warns (use ``client.users``)."""

    def list(
        self,
        *,
        q: str | None = None,
        updated_after: dt.datetime | None = None,
        limit: int = 100,
        offset: int = 0,
        max_items: int | None = None,
    ) -> AsyncPaginator[LegacyUser]:
        """List users: ``GET /users`` (offset-paged; ``client.users.list`` pages by cursor).

        As ``client.users.list``. Returns an ``AsyncPaginator`` of ``LegacyUser`` (pages after
        the first are fetched in parallel, items stay in order). Raises ``ValueError``/
        ``TypeError`` for bad arguments before any request.
        """
        query = {
            "q": q,
            "updated_after": aware(updated_after, "updated_after"),
            "limit": check_limit(limit),
            "offset": check_offset(offset),
        }
        return self._client._paginate(routes.LIST, query=query, max_items=max_items)

    async def create(self, user: LegacyUserInput) -> LegacyUser:
        """Create an inactive user: ``POST /users``. As ``client.users.create``.

        Returns the ``LegacyUser``. Raises ``TypeError`` unless ``user`` is a
        ``LegacyUserInput``, ``BadRequestError``/``ConflictError`` as the twin.
        """
        instance_of(user, LegacyUserInput, "user")
        return await self._client._call(routes.CREATE, body=user)

    async def me(self) -> LegacyUser:
        """The credential's user: ``GET /users/me``. Returns the ``LegacyUser``. Raises the
        ``APIStatusError`` family on failure."""
        return await self._client._call(routes.ME)

    async def get(self, user_id: str) -> LegacyUser:
        """One user: ``GET /users/{id}``. Returns the ``LegacyUser``. Raises ``RouteError``
        for an empty id and ``NotFoundError`` for an unknown user."""
        return await self._client._call(routes.GET, path={"user_id": user_id})

    async def update(self, user_id: str, patch: JsonPatch) -> LegacyUser:
        """Change a user with a JSON Patch: ``PATCH /users/{id}`` (paths name root fields:
        ``/role``, not ``/systemRole``). Returns the updated ``LegacyUser``. Raises as
        ``client.users.update``."""
        check_path_value("user_id", user_id)
        non_empty_patch(patch)
        return await self._client._call(routes.UPDATE, path={"user_id": user_id}, body=patch)

    async def delete(self, user_id: str) -> None:
        """Deactivate a user: ``DELETE /users/{id}``. Returns nothing. Raises ``NotFoundError``
        for an unknown user."""
        await self._client._call(routes.DELETE, path={"user_id": user_id})

    async def activate(self, user_id: str) -> None:
        """Activate a user: ``PUT /users/{id}/activation``. Returns nothing. Raises
        ``NotFoundError`` for an unknown user."""
        await self._client._call(routes.ACTIVATE, path={"user_id": user_id})

    async def deactivate(self, user_id: str) -> None:
        """Deactivate a user: ``DELETE /users/{id}/activation``. Returns nothing. Raises
        ``NotFoundError`` for an unknown user."""
        await self._client._call(routes.DEACTIVATE, path={"user_id": user_id})

    async def send_activation_email(self, user_id: str) -> None:
        """E-mail an activation link: ``POST /users/{id}/activation-email`` (not retried after
        an ambiguous failure). Returns nothing. Raises ``NotFoundError``/``ConflictError`` as
        ``client.users.send_activation_email``."""
        await self._client._call(routes.SEND_ACTIVATION_EMAIL, path={"user_id": user_id})

    async def upload_avatar(
        self,
        user_id: str,
        file: FileInput | Upload,
        *,
        filename: str | None = None,
        content_type: str | None = None,
    ) -> None:
        """Set a user's avatar: ``PUT /users/{id}/avatar`` (multipart ``file``). Returns
        nothing. Raises as ``client.users.upload_avatar``."""
        check_path_value("user_id", user_id)
        body = Multipart(fields=(("file", avatar_upload(file, filename, content_type)),))
        await self._client._call(routes.UPLOAD_AVATAR, path={"user_id": user_id}, body=body)
