"""Two one-operation APIs: apps integrations (bearer only) and the URL shortener."""

from __future__ import annotations

from typing import Any

from .._protocol.json_value import JsonValue
from .._protocol.routes import partner_tools as routes
from ._resource import Resource
from ._values import json_document

__all__ = ["AppsIntegrations", "UrlShortener"]


class AppsIntegrations(Resource):
    """``client.apps_integrations``: a partner enabling its integration for a company."""

    async def enable(self, integration: Any) -> JsonValue:
        """Enable an integration: ``POST /apps-integrations/partner-api/integrations``.

        Takes an OAuth bearer token only (``RouteError`` with an API key, before sending). The
        body is not published: pass the JSON object; the answer is decoded JSON. Raises
        ``TypeError``/``ValueError`` for a body that is not a non-empty JSON object or array.
        Returns decoded JSON."""
        body = json_document(integration, "integration")
        return await self._client._call(routes.ENABLE, body=body)


class UrlShortener(Resource):
    """``client.url_shortener``: SmartRecruiters' link shortener."""

    async def shorten(self, request: Any) -> JsonValue:
        """Shorten a URL: ``POST /url-shortener/shorten``.

        The body is not published: pass the JSON object; the answer is decoded JSON. Raises
        ``TypeError``/``ValueError`` for a body that is not a non-empty JSON object or array.
        Returns decoded JSON."""
        body = json_document(request, "request")
        return await self._client._call(routes.SHORTEN, body=body)
