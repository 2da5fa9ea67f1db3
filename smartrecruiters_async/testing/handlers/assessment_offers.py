"""Handlers of the sunset Assessment API ``/v1/offers`` (insert, update, get, submit,
withdraw, list), refusing bad bodies with the Marketplace error object
``{id, httpCode, code, message, helpUrl}`` as that API documents."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Mapping
from typing import Any

import attrs
from aiohttp import web

from ..._protocol.routes import partners_public as partners
from ..data import RELEASED_UNTIL, now, wire_datetime
from ..replies import Handler, Reply
from ..state import ServerData
from ..vocabulary import EXPERIENCE_LEVELS, FUNCTIONS, INDUSTRIES
from . import params
from ._collection import Collection, OffsetPage, answering
from .checks import Checker, Refusal, json_body, refusals_as_replies

__all__ = ["HANDLERS", "AssessmentOffersState"]

Json = dict[str, Any]

STATUSES = ("INACTIVE", "UNDER_REVIEW", "ACTIVE", "REJECTED")
SEEDED = 25
_LABELS = {
    "industries": dict(INDUSTRIES),
    "functions": dict(FUNCTIONS.values()),
    "experienceLevels": dict(EXPERIENCE_LEVELS.values()),
}
_NOUNS = {"industries": "industry", "functions": "function", "experienceLevels": "experience_level"}
_PRODUCTS = ("Java", "Python", "SQL", "Go", "Cloud Architecture", "Excel", "Negotiation")


@attrs.define(kw_only=True, eq=False)
class AssessmentOffersState:
    """The partner's catalogue offers by id, and a counter for new ids."""

    offers: dict[str, Json]
    next_id: int

    @classmethod
    def build(cls, seed: int) -> AssessmentOffersState:
        """``SEEDED`` offers in assorted states."""
        rng = random.Random(f"assessment-offers:{seed}")
        state = cls(offers={}, next_id=1)
        for index in range(SEEDED):
            product = rng.choice(_PRODUCTS)
            stamp = wire_datetime(RELEASED_UNTIL - dt.timedelta(days=900 - index * 11))
            offer = {
                "catalogId": f"cat-{index:03d}",
                "name": f"{product} Skill Test",
                "description": f"{rng.choice(('Junior', 'Senior'))} {product} assessment",
                "terms": {
                    "type": "SKILLS_TEST",
                    "price": {"amount": f"{rng.randrange(10, 90)}.00", "currencyCode": "USD"},
                },
            }
            state.add(offer, stamp, status=rng.choice(STATUSES))
        return state

    def add(self, body: Json, stamp: str, *, status: str = "INACTIVE") -> Json:
        """Store a new offer made of ``body``; returns it."""
        offer_id = f"{0x511A3942300469A9C3380000 + self.next_id:024x}"
        self.next_id += 1
        offer = {
            **body,
            "id": offer_id,
            "createDate": stamp,
            "lastUpdateDate": stamp,
            "status": status,
        }
        self.offers[offer_id] = offer
        return offer


def _state(data: ServerData) -> AssessmentOffersState:
    return data.store("assessment_offers", lambda d: AssessmentOffersState.build(d.seed))


def _labelled(items: Any, kind: str, where: str) -> list[Json]:
    """``[{"id": ...}]`` with labels filled in; an unknown id is ``invalid_<kind>``."""
    if not isinstance(items, list):
        raise Refusal(400, "INVALID_VALUE", f"{where} must be an array")
    labels = _LABELS[kind]
    out = []
    for item in items:
        item_id = item.get("id") if isinstance(item, dict) else None
        if not isinstance(item_id, str) or item_id not in labels:
            noun = _NOUNS[kind]
            message = f"{noun.replace('_', ' ').capitalize()} id is invalid: {item_id}"
            raise Refusal(400, f"INVALID_{noun.upper()}", message)
        out.append({**item, "label": labels[item_id]})
    return out


def _checked(body: Any) -> Json:
    check = Checker(body, "offer")
    check.required("catalogId", "name", "description", "terms", "terms.type")
    check.kind("terms", dict, "an object").kind("terms.type", str, "a string")
    for path in ("catalogId", "name", "description"):
        check.kind(path, str, "a string")
    currency = check.get("terms.price.currencyCode")
    if currency is not None and not (isinstance(currency, str) and len(currency) == 3):
        check.fail("INVALID_CURRENCY", "terms.price.currencyCode must be an ISO 4217 code")
    if check.get("availability.expirationDate") is not None:
        try:
            text = str(check.get("availability.expirationDate"))
            dt.datetime.fromisoformat(text.replace("+0000", "+00:00"))
        except ValueError:
            check.fail("INVALID_DATE", "availability.expirationDate must be ISO 8601")
    offer = dict(check.done())
    for section in ("availability", "targetMarket"):
        part = offer.get(section)
        if isinstance(part, dict):
            part = dict(part)
            for kind in ("industries", "functions", "experienceLevels"):
                if kind in part:
                    part[kind] = _labelled(part[kind], kind, f"{section}.{kind}")
            offer[section] = part
    return offer


_OFFERS = Collection(
    "Offer",
    "offer_id",
    lambda rq, s: s.offers,
    _state,
    style="partner",
    missing="Offer not found: {id}",
)


@refusals_as_replies("partner")
async def insert(request: web.Request, data: ServerData) -> Reply:
    """``POST /v1/offers``: a new offer, ``INACTIVE`` until submitted."""
    body = _checked(await json_body(request))
    body.pop("id", None)
    return Reply.json(_state(data).add(body, now()), status=201)


@refusals_as_replies("partner")
async def update(request: web.Request, data: ServerData) -> Reply:
    """``POST /v1/offers/{offerId}``: replace the offer; the body must repeat its ``id``."""
    old = _OFFERS.one(request, _state(data))
    body = _checked(await json_body(request))
    if body.get("id") != old["id"]:
        raise Refusal(400, "INVALID_ID", "id is required and must match the offer id")
    kept = {key: old[key] for key in ("id", "createDate", "status")}
    offer = {**body, **kept, "lastUpdateDate": now()}
    _state(data).offers[old["id"]] = offer
    return Reply.json(offer)


def _move(status: str) -> Handler:
    """A handler moving the offer the path names to ``status``; 200 with the offer."""

    def move(request: web.Request, data: ServerData) -> Reply:
        offer = _OFFERS.one(request, _state(data))
        offer.update(status=status, lastUpdateDate=now())
        return Reply.json(offer)

    return answering(move, "partner")


@refusals_as_replies("partner")
async def list_offers(request: web.Request, data: ServerData) -> Reply:
    """``GET /v1/offers``: offset pages, most recently updated first; ``status`` and ``q``.

    Also serves the Partners public API's ``searchOffers`` (the same endpoint): its
    ``postingId`` finds a job board's offer, and this catalogue is an assessment vendor's,
    tied to no posting, so such a search finds nothing.
    """
    # declared() refuses a status that is not an AssessmentOfferStatus, as the API does.
    query = params.declared(request.query, partners.SEARCH_OFFERS)
    page = OffsetPage.read(request)
    status = query.get("status")
    q = query.get("q", "").casefold()
    found = [
        offer
        for offer in _state(data).offers.values()
        if "posting_id" not in query
        and (status is None or offer["status"] == status)
        and (q in offer["name"].casefold() or q in offer["description"].casefold())
    ]
    found.sort(key=lambda offer: (offer["lastUpdateDate"], offer["id"]), reverse=True)
    return page.reply(found)


HANDLERS: Mapping[str, Handler] = {
    "assessment.offers.insert": insert,
    "assessment.offers.update": update,
    "assessment.offers.get": _OFFERS.getter(),
    "assessment.offers.submit": _move("UNDER_REVIEW"),
    "assessment.offers.withdraw": _move("INACTIVE"),  # the offer leaves the marketplace
    "assessment.offers.list": list_offers,
}
