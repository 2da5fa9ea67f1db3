"""The sunset Assessment API ``/v1/offers`` (shared/seeds/assessment-api-offers.txt). models."""

from __future__ import annotations

__all__: list[str] = []
