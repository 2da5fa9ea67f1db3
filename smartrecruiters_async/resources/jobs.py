"""Job API: ``jobs-api.json``."""

from __future__ import annotations

from ._resource import Resource

__all__ = ["Jobs"]


class Jobs(Resource):
    """``client.jobs``: Job API."""
