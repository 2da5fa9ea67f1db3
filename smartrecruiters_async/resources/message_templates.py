"""Message templates API: ``email-company.json`` (``/message-templates-api``)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from .._protocol.json_value import JsonValue
from .._protocol.routes import message_templates as routes
from ..models.message_templates import MessageChannel, MessageTemplate, MessageTemplateType
from ._resource import Resource
from ._values import enum_list, json_document, non_empty

__all__ = ["MessageTemplates"]

Template = MessageTemplate | Mapping[str, Any]


class MessageTemplates(Resource):
    """``client.message_templates``: e-mail and SMS/WhatsApp templates of the company.

    The template body is not published: templates are ``MessageTemplate`` (``Opaque``) models
    and writes take one or a JSON object; list, create and update answers are decoded JSON.
    Writes raise ``TypeError``/``ValueError`` for a body that is not a non-empty JSON object
    before sending; an empty id raises ``RouteError``.
    """

    async def list(
        self,
        *,
        types: MessageTemplateType | str | Iterable[MessageTemplateType | str] | None = None,
        channels: MessageChannel | str | Iterable[MessageChannel | str] | None = None,
        name: str | None = None,
    ) -> JsonValue:
        """Templates by ``type[]``, ``channel[]`` and ``name``: ``GET /message-templates``.

        Returns decoded JSON (the envelope is not published). Raises ``ValueError`` for an
        unknown type or channel or an empty name.
        """
        query = {
            "types": enum_list(types, MessageTemplateType, "types") or None,
            "channels": enum_list(channels, MessageChannel, "channels") or None,
            "name": None if name is None else non_empty(name, "name"),
        }
        return await self._client._call(routes.LIST, query=query)

    async def create(self, template: Template) -> JsonValue:
        """Create a template: ``POST /message-templates``. Returns decoded JSON. Raises
        ``BadRequestError`` for a template the API refuses."""
        body = json_document(template, "template", MessageTemplate)
        return await self._client._call(routes.CREATE, body=body)

    async def get(self, message_template_id: str) -> MessageTemplate:
        """One template: ``GET /message-templates/{id}``. Returns a ``MessageTemplate``. Raises
        ``NotFoundError`` for an unknown id."""
        path = {"message_template_id": message_template_id}
        return await self._client._call(routes.GET, path=path)

    async def update(self, message_template_id: str, template: Template) -> JsonValue:
        """Replace a template: ``PUT /message-templates/{id}``. Returns decoded JSON. Raises
        ``NotFoundError`` for an unknown id."""
        body = json_document(template, "template", MessageTemplate)
        path = {"message_template_id": message_template_id}
        return await self._client._call(routes.UPDATE, path=path, body=body)

    async def delete(self, message_template_id: str) -> None:
        """Delete a template: ``DELETE /message-templates/{id}``. Returns nothing. Raises
        ``NotFoundError`` for an unknown id."""
        path = {"message_template_id": message_template_id}
        await self._client._call(routes.DELETE, path=path)
