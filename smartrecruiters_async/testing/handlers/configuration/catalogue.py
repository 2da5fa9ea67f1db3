"""Read-only lists: offer properties, rejection/withdrawal reasons, career sites."""

from __future__ import annotations

from typing import Any

from aiohttp import web

from ...replies import Reply
from ..checks import not_found
from ._common import handler
from ._state import ConfigurationState

__all__ = ["HANDLERS"]


def _listing(content: list[Any]) -> Reply:
    return Reply.json({"totalFound": len(content), "content": content})


@handler
async def offer_properties(request: web.Request, state: ConfigurationState) -> Reply:
    """Every offer property, by category (schema ``OfferPropertiesDefinition``: no paging)."""
    return Reply.json({"categories": state.offer_properties})


@handler
async def rejection_reasons(request: web.Request, state: ConfigurationState) -> Reply:
    """Every rejection reason."""
    return _listing(state.rejection_reasons)


@handler
async def withdrawal_reasons(request: web.Request, state: ConfigurationState) -> Reply:
    """Every withdrawal reason."""
    return _listing(state.withdrawal_reasons)


@handler
async def career_sites(request: web.Request, state: ConfigurationState) -> Reply:
    """Every career site."""
    return _listing(list(state.career_sites.values()))


@handler
async def career_site(request: web.Request, state: ConfigurationState) -> Reply:
    """One career site or 404."""
    site_id = request.match_info["career_site_id"]
    if site_id not in state.career_sites:
        raise not_found("Career site", site_id)
    return Reply.json(state.career_sites[site_id])


HANDLERS = {
    "configuration.offer-properties.all": offer_properties,
    "configuration.reasons.rejection.all": rejection_reasons,
    "configuration.reasons.withdrawal.all": withdrawal_reasons,
    "configuration.careersites.list": career_sites,
    "configuration.careersites.get": career_site,
}
