"""The sunset Assessment API ``/v1/offers`` (shared/seeds/assessment-api-offers.txt)."""

from __future__ import annotations

from ._route import Route

ROUTES: tuple[Route, ...] = ()
