"""User API: ``users-api.json`` (prefix ``/user-api/v201804``)."""

from __future__ import annotations

from ._resource import Resource

__all__ = ["Users"]


class Users(Resource):
    """``client.users``: User API."""
