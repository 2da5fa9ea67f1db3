"""Two one-operation APIs: ``apps-integrations.json`` (bearer only) and ``url-shortener.json``."""

from __future__ import annotations

from typing import Any

from ..json_value import AsSent
from ._route import AuthMode, RouteGroup

_APPS = RouteGroup("apps_integrations", spec="apps-integrations.json", auth=AuthMode.BEARER_ONLY)
ENABLE = _APPS.route(
    "POST",
    "enableIntegration",
    "/apps-integrations/partner-api/integrations",
    returns=AsSent,
    body=Any,
)

_SHORTENER = RouteGroup("url_shortener", spec="url-shortener.json")
SHORTEN = _SHORTENER.route(
    "POST", "publicShorten", "/url-shortener/shorten", returns=AsSent, body=Any
)

ROUTES = _APPS.routes + _SHORTENER.routes
