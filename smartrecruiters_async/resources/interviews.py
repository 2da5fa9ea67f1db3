"""Interview API: ``interviews.json`` (prefix ``/interviews-api/v201904``)."""

from __future__ import annotations

from ._resource import Resource

__all__ = ["Interviews"]


class Interviews(Resource):
    """``client.interviews``: Interview API."""
