"""Read-only lists: offer properties (by category, no paging), rejection/withdrawal reasons,
career sites."""

from __future__ import annotations

from ...replies import Reply
from .._collection import Collection, fixed, listed
from ._common import config

__all__ = ["HANDLERS"]

_SITES = Collection("Career site", "career_site_id", lambda rq, s: s.career_sites, config)

HANDLERS = {
    "configuration.offer-properties.all": fixed(
        lambda d: Reply.json({"categories": config(d).offer_properties})
    ),
    "configuration.reasons.rejection.all": fixed(lambda d: listed(config(d).rejection_reasons)),
    "configuration.reasons.withdrawal.all": fixed(lambda d: listed(config(d).withdrawal_reasons)),
    "configuration.careersites.list": _SITES.listing(),
    "configuration.careersites.get": _SITES.getter(),
}
