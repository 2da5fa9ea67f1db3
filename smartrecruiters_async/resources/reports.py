"""Reporting API: ``reporting-api.json`` (prefix ``/reporting-api/v201804``)."""

from __future__ import annotations

from ._resource import Resource

__all__ = ["Reports"]


class Reports(Resource):
    """``client.reports``: Reporting API."""
