"""Offers API: ``offers-api.json``."""

from __future__ import annotations

from ._resource import Resource

__all__ = ["Offers"]


class Offers(Resource):
    """``client.offers``: Offers API."""
