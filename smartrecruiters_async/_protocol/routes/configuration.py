"""Configuration API: ``configuration-api.json``."""

from __future__ import annotations

from ._route import Route

ROUTES: tuple[Route, ...] = ()
