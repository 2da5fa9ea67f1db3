"""Analytics API (deprecated 2018-04-26): CSV or JSON streams under ``/analytics``."""

from __future__ import annotations

from ._resource import Resource

__all__ = ["Analytics"]


class Analytics(Resource):
    """``client.analytics``: the deprecated Analytics API."""
