"""Fake-server handlers of the families whose bodies SmartRecruiters has not published:
SmartOnboard, message templates, notification preferences, vendor configs, the assessment
orders and partner APIs, apps integrations and the URL shortener (remaining-apis.md).

With no schema to follow, the fake invents no field: it keeps every JSON document it is given,
by kind and key (the path's ids joined by ``/``; ``""`` for one per company), and answers it as
stored. Seed what SmartRecruiters would hold with ``documents(server.data).put(kind, key,
doc)``. A list whose envelope is unknown answers its documents as a bare JSON array, and a
company-wide document never written answers ``{}``: the SDK returns whatever JSON comes, so
nothing depends on those choices. ``PATCH`` merges an object's top-level keys into the stored
one. Filters whose fields are unknown (template ``type[]``, assignments'
``integrationRelevant``) are checked, not applied.
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

import attrs
from aiohttp import web

from ..._protocol.routes import Route
from ..._protocol.routes import assessments as assessment_routes
from ..._protocol.routes import message_templates as templates
from ..._protocol.routes import notification_preferences as notifications
from ..._protocol.routes import partner_tools as tools
from ..._protocol.routes import partners_public as partners
from ..._protocol.routes import smartonboard as onboard
from ..replies import Handler, Reply
from ..state import ServerData
from . import params
from .candidates._multipart import read_form
from .checks import bad_request, found, json_body, refusals_as_replies

__all__ = ["HANDLERS", "Documents", "documents"]

_ABSENT: Any = object()


@attrs.define(eq=False)
class Documents:
    """Stored JSON documents: kind -> key -> document, in the order they were written."""

    kinds: dict[str, dict[str, Any]] = attrs.field(factory=dict)

    def put(self, kind: str, key: str, document: Any) -> None:
        """Store ``document`` (any JSON) as ``kind``'s ``key``."""
        self.kinds.setdefault(kind, {})[key] = document

    def of(self, kind: str) -> dict[str, Any]:
        """``kind``'s documents by key (empty when none was written)."""
        return self.kinds.setdefault(kind, {})


def documents(data: ServerData) -> Documents:
    """The stored documents of one fake server."""
    return data.store("documents", lambda _: Documents())


Keyed = Callable[[web.Request], str]


def _path_key(route: Route) -> Keyed:
    return lambda request: "/".join(request.match_info[name] for name in route.path_params)


def _query_key(route: Route, name: str) -> Keyed:
    return lambda request: str(params.declared(request.query, route)[name])


def _handler(route: Route, serve: Callable[[web.Request, ServerData], Awaitable[Reply]]) -> Handler:
    @refusals_as_replies()
    async def handle(request: web.Request, data: ServerData) -> Reply:
        params.declared(request.query, route)  # refuses an undeclared parameter
        return await serve(request, data)

    return handle


async def _document(request: web.Request) -> Any:
    body = await json_body(request)
    if not isinstance(body, dict | list) or not body:
        raise bad_request("Request body must be a non-empty JSON object or array", "INVALID_JSON")
    return body


def read(route: Route, kind: str, *, key: Keyed | None = None, default: Any = _ABSENT) -> Handler:
    """``GET``: the stored document (``default`` if given, else 404, when there is none)."""
    keyed = key or _path_key(route)

    async def serve(request: web.Request, data: ServerData) -> Reply:
        stored = documents(data).of(kind)
        if default is not _ABSENT:
            return Reply.json(stored.get(keyed(request), default))
        return Reply.json(found(stored, keyed(request), kind))

    return _handler(route, serve)


def listing(route: Route, kind: str) -> Handler:
    """``GET`` of a collection: every stored document of ``kind``, as a bare array."""

    async def serve(request: web.Request, data: ServerData) -> Reply:
        return Reply.json(list(documents(data).of(kind).values()))

    return _handler(route, serve)


def create(route: Route, kind: str) -> Handler:
    """``POST`` to a collection: store the body under a new key; 201 with it as stored."""

    async def serve(request: web.Request, data: ServerData) -> Reply:
        body = await _document(request)
        documents(data).put(kind, uuid.uuid4().hex, body)
        return Reply.json(body, status=201)

    return _handler(route, serve)


def replace(route: Route, kind: str, *, must_exist: bool = True) -> Handler:
    """``PUT``/``POST`` to one document: replace it (404 if ``must_exist`` and absent)."""
    keyed = _path_key(route)

    async def serve(request: web.Request, data: ServerData) -> Reply:
        stored, key = documents(data).of(kind), keyed(request)
        if must_exist:
            found(stored, key, kind)
        stored[key] = await _document(request)
        return Reply.json(stored[key])

    return _handler(route, serve)


def merge(route: Route, kind: str, *, must_exist: bool = False) -> Handler:
    """``PATCH``: merge the body object's top-level keys into the stored document."""
    keyed = _path_key(route)

    async def serve(request: web.Request, data: ServerData) -> Reply:
        stored, key = documents(data).of(kind), keyed(request)
        current = found(stored, key, kind) if must_exist else stored.get(key, {})
        body = await _document(request)
        if not isinstance(body, dict) or not isinstance(current, dict):
            raise bad_request("Only a JSON object merges into a JSON object", "INVALID_JSON")
        stored[key] = {**current, **body}
        return Reply.json(stored[key])

    return _handler(route, serve)


def delete(route: Route, kind: str) -> Handler:
    """``DELETE``: remove the document; 204, or 404 when it is absent."""
    keyed = _path_key(route)

    async def serve(request: web.Request, data: ServerData) -> Reply:
        stored, key = documents(data).of(kind), keyed(request)
        found(stored, key, kind)
        del stored[key]
        return Reply.empty()

    return _handler(route, serve)


def attach(route: Route, kind: str, results: str) -> Handler:
    """A multipart ``file`` for a stored ``results`` document: its name and size are kept."""
    keyed = _path_key(route)

    async def serve(request: web.Request, data: ServerData) -> Reply:
        found(documents(data).of(results), keyed(request), results)
        upload = (await read_form(request)).file
        names = documents(data).of(kind).setdefault(keyed(request), [])
        names.append({"filename": upload.filename, "size": len(upload.content)})
        return Reply.empty()

    return _handler(route, serve)


def _reads(*routes: Route) -> dict[str, Handler]:
    """Routes whose document kind is their operation id, keyed by their path's ids."""
    return {route.operation_id: read(route, route.operation_id) for route in routes}


_SMARTONBOARD = _reads(
    onboard.NEW_HIRE,
    onboard.PROCESS,
    onboard.ASSIGNMENTS,
    onboard.ASSIGNMENT,
    onboard.FORM_ANSWERS,
    onboard.FIELDS_METADATA,
    onboard.PDF_FORM_ANSWERS,
    onboard.ATTACHMENTS,
    onboard.ATTACHMENT,
)
_TEMPLATES = {
    "getMessageTemplates": listing(templates.LIST, "message-templates"),
    "createMessageTemplate": create(templates.CREATE, "message-templates"),
    "getMessageTemplate": read(templates.GET, "message-templates"),
    "updateMessageTemplate": replace(templates.UPDATE, "message-templates"),
    "removeMessageTemplate": delete(templates.DELETE, "message-templates"),
}
_NOTIFICATIONS = {
    "getEmployeePreferences": read(
        notifications.EMPLOYEE,
        "employee-preferences",
        key=_query_key(notifications.EMPLOYEE, "channel"),
        default=[],
    ),
    "getAllEmployeePreferences": read(notifications.ALL_EMPLOYEE, "all-employee", default=[]),
    "saveEmployeePreferences": replace(
        notifications.SAVE_EMPLOYEE, "all-employee", must_exist=False
    ),
    "upsertEmployeePreferences": merge(notifications.UPSERT_EMPLOYEE, "all-employee"),
    "updateEmployeePreferences": merge(notifications.UPDATE_ONE, "preference", must_exist=True),
    "findGlobalPreferences": read(notifications.GLOBAL, "global", default={}),
    "upsertGlobalPreferences": merge(notifications.UPSERT_GLOBAL, "global"),
    "findAllNotificationTypes": read(notifications.TYPES, "notification-types", default=[]),
}
_PARTNERS = {
    "getConfigs": listing(partners.CONFIGS, "configs"),
    "addConfig": create(partners.ADD_CONFIG, "configs"),
    "getConfig": read(partners.CONFIG, "configs"),
    "updateConfig": replace(partners.UPDATE_CONFIG, "configs"),
}
_ASSESSMENTS = {
    "orders.getList": read(
        assessment_routes.ORDERS,
        "assessment-orders",
        key=_query_key(assessment_routes.ORDERS, "application_id"),
        default=[],
    ),
    "getPartnerConfig": read(assessment_routes.CONFIG, "partner-configuration", default={}),
    "savePartnerConfig": replace(
        assessment_routes.SAVE_CONFIG, "partner-configuration", must_exist=False
    ),
    "setUpIntegration": replace(assessment_routes.SET_UP, "integrations", must_exist=False),
    "packageResultUpdate": merge(assessment_routes.RESULTS, "order-results", must_exist=True),
    "addAttachmentToOrder": attach(
        assessment_routes.ATTACHMENT, "order-attachments", "order-results"
    ),
}
_TOOLS = {
    "enableIntegration": create(tools.ENABLE, "apps-integrations"),
    "publicShorten": create(tools.SHORTEN, "short-urls"),
}

HANDLERS: Mapping[str, Handler] = {
    **_SMARTONBOARD,
    **_TEMPLATES,
    **_NOTIFICATIONS,
    **_PARTNERS,
    **_ASSESSMENTS,
    **_TOOLS,
}
