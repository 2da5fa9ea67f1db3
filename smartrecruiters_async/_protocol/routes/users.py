"""User API: ``users-api.json`` (prefix ``/user-api/v201804``)."""

from __future__ import annotations

from ._route import Route

ROUTES: tuple[Route, ...] = ()
