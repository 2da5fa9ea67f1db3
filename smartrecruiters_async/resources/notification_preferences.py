"""Notification preferences API: ``notifications-api.json`` (``/notification-preferences``)."""

from __future__ import annotations

from typing import Any

from .._protocol.json_value import JsonValue
from .._protocol.routes import notification_preferences as routes
from ..models.notification_preferences import NotificationChannel
from ._resource import Resource
from ._values import enum_value, json_document

__all__ = ["NotificationPreferences"]


class NotificationPreferences(Resource):
    """``client.notification_preferences``: which notifications employees get, per channel.

    Only the ``channel`` parameter is published: every body goes and comes as JSON. Writes
    raise ``TypeError``/``ValueError`` before sending for a ``preferences`` that is not a
    non-empty JSON object or array.
    """

    async def employee(self, channel: NotificationChannel | str) -> JsonValue:
        """The calling employee's preferences for one channel:
        ``GET /employee-preferences?channel=``. Raises ``ValueError`` for an unknown channel.
        Returns decoded JSON."""
        query = {"channel": enum_value(channel, NotificationChannel, "channel")}
        return await self._client._call(routes.EMPLOYEE, query=query)

    async def all_employee(self) -> JsonValue:
        """Every employee preference: ``GET /employee-preferences/all``. Returns decoded JSON.
        Raises the ``APIStatusError`` family."""
        return await self._client._call(routes.ALL_EMPLOYEE)

    async def save_employee(self, preferences: Any) -> JsonValue:
        """Save the employee's preferences: ``POST /employee-preferences``. Returns decoded JSON.
        Raises the ``APIStatusError`` family."""
        body = json_document(preferences, "preferences")
        return await self._client._call(routes.SAVE_EMPLOYEE, body=body)

    async def upsert_employee(self, preferences: Any) -> JsonValue:
        """Insert or update employee preferences: ``PATCH /employee-preferences``. Returns decoded
        JSON. Raises the ``APIStatusError`` family."""
        body = json_document(preferences, "preferences")
        return await self._client._call(routes.UPSERT_EMPLOYEE, body=body)

    async def update_employee(self, preference_id: str, preferences: Any) -> JsonValue:
        """Update one preference: ``PATCH /employee-preferences/preferences/{preferenceId}``.
        Raises ``RouteError`` for an empty id. Returns decoded JSON."""
        body = json_document(preferences, "preferences")
        path = {"preference_id": preference_id}
        return await self._client._call(routes.UPDATE_ONE, path=path, body=body)

    async def global_(self) -> JsonValue:
        """The company-wide preferences: ``GET /global-preferences``. Returns decoded JSON. Raises
        the ``APIStatusError`` family."""
        return await self._client._call(routes.GLOBAL)

    async def upsert_global(self, preferences: Any) -> JsonValue:
        """Insert or update company-wide preferences: ``PATCH /global-preferences``. Returns decoded
        JSON. Raises the ``APIStatusError`` family."""
        body = json_document(preferences, "preferences")
        return await self._client._call(routes.UPSERT_GLOBAL, body=body)

    async def types(self) -> JsonValue:
        """Every notification type: ``GET /notification-types``. Returns decoded JSON. Raises the
        ``APIStatusError`` family."""
        return await self._client._call(routes.TYPES)
