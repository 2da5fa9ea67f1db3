"""Job Applications API: ``job-applications-api.json`` (``/job-applications-api/v202112``)."""

from __future__ import annotations

from ._route import Route

ROUTES: tuple[Route, ...] = ()
