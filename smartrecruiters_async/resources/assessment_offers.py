"""The sunset Assessment API ``/v1/offers`` (shared/seeds/assessment-api-offers.txt)."""

from __future__ import annotations

from ._resource import Resource

__all__ = ["AssessmentOffers"]


class AssessmentOffers(Resource):
    """``client.assessment_offers``: the sunset Assessment API ``/v1/offers``."""
