"""Application API: ``apply-api.json`` and ``candidate-status-api.json``."""

from __future__ import annotations

from ._resource import Resource

__all__ = ["Applications"]


class Applications(Resource):
    """``client.applications``: Application API."""
