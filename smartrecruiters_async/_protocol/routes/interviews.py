"""Interview API: ``interviews.json`` (prefix ``/interviews-api/v201904``)."""

from __future__ import annotations

from ._route import Route

ROUTES: tuple[Route, ...] = ()
