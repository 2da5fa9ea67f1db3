"""``GET /configuration/company``."""

from __future__ import annotations

from aiohttp import web

from ...replies import Reply
from ._common import handler
from ._state import ConfigurationState

__all__ = ["HANDLERS"]


@handler
async def get_company(request: web.Request, state: ConfigurationState) -> Reply:
    """The company the credential belongs to."""
    return Reply.json(state.company)


HANDLERS = {"configuration.company.my": get_company}
