"""Message templates API: ``email-company.json`` (``/message-templates-api``)."""

from __future__ import annotations

from ...models import message_templates as m
from ..json_value import AsSent
from ._route import RouteGroup, param

_GROUP = RouteGroup("message_templates", spec="email-company.json")
_LIST = "/message-templates-api/message-templates"
_ONE = _LIST + "/{message_template_id}"

LIST = _GROUP.route(
    "GET",
    "getMessageTemplates",
    _LIST,
    returns=AsSent,
    query=(
        param("types", list[m.MessageTemplateType], wire="type[]"),
        param("channels", list[m.MessageChannel], wire="channel[]"),
        param("name"),
    ),
)
CREATE = _GROUP.route(
    "POST", "createMessageTemplate", _LIST, returns=AsSent, body=m.MessageTemplate
)
GET = _GROUP.route("GET", "getMessageTemplate", _ONE, returns=m.MessageTemplate)
UPDATE = _GROUP.route("PUT", "updateMessageTemplate", _ONE, returns=AsSent, body=m.MessageTemplate)
DELETE = _GROUP.route("DELETE", "removeMessageTemplate", _ONE)

ROUTES = _GROUP.routes
