"""Candidate API: ``candidates-api.json``."""

from __future__ import annotations

from ._resource import Resource

__all__ = ["Candidates"]


class Candidates(Resource):
    """``client.candidates``: Candidate API."""
