"""Notification preferences API: ``notifications-api.json`` (bodies not published: raw JSON)."""

from __future__ import annotations

from typing import Any

from ...models.notification_preferences import NotificationChannel
from ..json_value import AsSent
from ._route import RouteGroup, param

_GROUP = RouteGroup("notification_preferences", spec="notifications-api.json")
_API = "/notification-preferences"
_EMPLOYEE = _API + "/employee-preferences"

EMPLOYEE = _GROUP.route(
    "GET",
    "getEmployeePreferences",
    _EMPLOYEE,
    returns=AsSent,
    query=(param("channel", NotificationChannel, required=True),),
)
SAVE_EMPLOYEE = _GROUP.route("POST", "saveEmployeePreferences", _EMPLOYEE, returns=AsSent, body=Any)
UPSERT_EMPLOYEE = _GROUP.route(
    "PATCH", "upsertEmployeePreferences", _EMPLOYEE, returns=AsSent, body=Any
)
ALL_EMPLOYEE = _GROUP.route("GET", "getAllEmployeePreferences", _EMPLOYEE + "/all", returns=AsSent)
UPDATE_ONE = _GROUP.route(
    "PATCH",
    "updateEmployeePreferences",
    _EMPLOYEE + "/preferences/{preference_id}",
    returns=AsSent,
    body=Any,
)
GLOBAL = _GROUP.route("GET", "findGlobalPreferences", _API + "/global-preferences", returns=AsSent)
UPSERT_GLOBAL = _GROUP.route(
    "PATCH", "upsertGlobalPreferences", _API + "/global-preferences", returns=AsSent, body=Any
)
TYPES = _GROUP.route(
    "GET", "findAllNotificationTypes", _API + "/notification-types", returns=AsSent
)

ROUTES = _GROUP.routes
