"""Reporting API: ``reporting-api.json`` (prefix ``/reporting-api/v201804``)."""

from __future__ import annotations

from ._route import Route

ROUTES: tuple[Route, ...] = ()
