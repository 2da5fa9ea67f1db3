"""Message API: ``messages-api.json``."""

from __future__ import annotations

from ._resource import Resource

__all__ = ["Messages"]


class Messages(Resource):
    """``client.messages``: Message API."""
