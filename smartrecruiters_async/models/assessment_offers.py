"""Models of the sunset Assessment API ``/v1/offers`` (shared/seeds/assessment-api-offers.txt).

These are a partner's catalogue offers (assessment products), not the job offers of the Offers
API; hence the ``AssessmentOffer`` prefix. Names and shapes are those of the seed's documented
request and response bodies. The nested classes are request bodies too, so their lists stay
``None`` when absent rather than defaulting to ``[]``: an update must not send empty lists the
caller never set.
"""

from __future__ import annotations

import datetime as dt
import enum

from ._base import ExtraFields, extra_fields, model
from .common import IdLabel, Location

__all__ = [
    "AssessmentOffer",
    "AssessmentOfferAvailability",
    "AssessmentOfferInput",
    "AssessmentOfferPrice",
    "AssessmentOfferStatus",
    "AssessmentOfferTargetMarket",
    "AssessmentOfferTerms",
]


class AssessmentOfferStatus(enum.Enum):
    """Review state of a catalogue offer."""

    INACTIVE = "INACTIVE"
    UNDER_REVIEW = "UNDER_REVIEW"
    ACTIVE = "ACTIVE"
    REJECTED = "REJECTED"


@model
class AssessmentOfferPrice:
    """A price: ``amount`` as a decimal string (``"20.00"``) and an ISO 4217 currency code."""

    amount: str | None = None
    currency_code: str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class AssessmentOfferTerms:
    """What the offer is (``type``, e.g. ``SKILLS_TEST``) and what it costs."""

    type: str | None = None
    price: AssessmentOfferPrice | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class AssessmentOfferAvailability:
    """Until when, for which industries and where the offer can be bought."""

    expiration_date: dt.datetime | None = None
    industries: list[IdLabel] | None = None
    locations: list[Location] | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class AssessmentOfferTargetMarket:
    """Whom the offer is for: industries, functions, experience levels, locations."""

    industries: list[IdLabel] | None = None
    functions: list[IdLabel] | None = None
    experience_levels: list[IdLabel] | None = None
    locations: list[Location] | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class AssessmentOfferInput:
    """The body of ``POST /v1/offers`` (insert) and ``POST /v1/offers/{offerId}`` (update).

    ``catalog_id`` (the partner's own id), ``name``, ``description`` and ``terms`` are required;
    ``id`` is the offer's id, which an update must repeat (``assessment_offers.update`` sets it).
    """

    catalog_id: str
    name: str
    description: str
    terms: AssessmentOfferTerms
    id: str | None = None
    availability: AssessmentOfferAvailability | None = None
    target_market: AssessmentOfferTargetMarket | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class AssessmentOffer:
    """A catalogue offer as the Assessment API returns it."""

    id: str
    catalog_id: str | None = None
    name: str | None = None
    description: str | None = None
    status: AssessmentOfferStatus | str | None = None
    create_date: dt.datetime | None = None
    last_update_date: dt.datetime | None = None
    terms: AssessmentOfferTerms | None = None
    availability: AssessmentOfferAvailability | None = None
    target_market: AssessmentOfferTargetMarket | None = None
    extra_fields: ExtraFields = extra_fields()

    def to_input(self) -> AssessmentOfferInput:
        """This offer as the body of an update, every field kept (unknown ones included).

        Raises ``ValueError`` if a required field (catalog id, name, description, terms) is
        missing.
        """
        if not (self.catalog_id and self.name and self.description and self.terms):
            raise ValueError(f"offer {self.id} lacks a required field to be written back")
        return AssessmentOfferInput(
            catalog_id=self.catalog_id,
            name=self.name,
            description=self.description,
            terms=self.terms,
            availability=self.availability,
            target_market=self.target_market,
            extra_fields=self.extra_fields,
        )
