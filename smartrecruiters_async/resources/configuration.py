"""Configuration API: ``configuration-api.json``."""

from __future__ import annotations

from ._resource import Resource

__all__ = ["Configuration"]


class Configuration(Resource):
    """``client.configuration``: Configuration API."""
