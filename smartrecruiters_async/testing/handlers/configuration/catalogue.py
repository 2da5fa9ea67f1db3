"""Read-only lists: offer properties (by category, no paging), rejection/withdrawal reasons,
career sites."""

from __future__ import annotations

from .._collection import Collection, answering, listed
from ._common import config

__all__ = ["HANDLERS"]

_SITES = Collection("Career site", "career_site_id", lambda rq, s: s.career_sites, config)

HANDLERS = {
    "configuration.offer-properties.all": answering(
        lambda rq, d: {"categories": config(d).offer_properties}
    ),
    "configuration.reasons.rejection.all": answering(
        lambda rq, d: listed(config(d).rejection_reasons)
    ),
    "configuration.reasons.withdrawal.all": answering(
        lambda rq, d: listed(config(d).withdrawal_reasons)
    ),
    "configuration.careersites.list": _SITES.listing(),
    "configuration.careersites.get": _SITES.getter(),
}
