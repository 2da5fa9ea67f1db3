"""The Configuration API's seeded, mutable state in the fake server.

Some objects carry members the SDK's models do not declare (``createdOn`` on job properties,
``brandColor`` on the company), so tests can check that unknown fields survive.
"""

from __future__ import annotations

import random
import uuid
from typing import TYPE_CHECKING, Any

import attrs

from ...vocabulary import CITIES, DEPARTMENTS

if TYPE_CHECKING:
    from ...state import ServerData

__all__ = ["ConfigurationState", "DependentKey"]

Json = dict[str, Any]
DependentKey = tuple[str, str, str]
"""(parent property id, parent value id, dependent property id)."""

SOURCE_TYPES: tuple[tuple[str, str, tuple[tuple[str, str], ...]], ...] = (
    ("JOB_BOARDS", "Job boards", (("GENERAL", "General"), ("NICHE", "Niche"))),
    ("SOCIAL_MEDIA", "Social media", ()),
    ("AGENCIES", "Agencies", ()),
    ("RECRUITERS", "Recruiters", ()),
    ("REFERRALS", "Referrals", ()),
)
JOB_BOARDS = 230
"""Enough job boards that listing them takes three pages of 100."""

COUNTRY_NAMES = {"us": "United States", "de": "Germany", "fr": "France", "pl": "Poland"}


@attrs.define(kw_only=True, eq=False)
class ConfigurationState:
    """Everything ``/configuration/...`` reads and writes, keyed by id."""

    rng: random.Random
    company: Json
    departments: dict[str, Json]
    hiring_processes: dict[str, Json]
    job_properties: dict[str, Json]
    job_values: dict[str, dict[str, Json]]
    translations: dict[tuple[str, ...], dict[str, str]] = attrs.field(factory=dict)
    """Labels by language, keyed ``(property id,)`` or ``(property id, value id)``."""
    dependents: dict[str, list[str]] = attrs.field(factory=dict)
    dependent_values: dict[DependentKey, list[str]] = attrs.field(factory=dict)
    candidate_properties: dict[str, Json]
    candidate_values: dict[str, dict[str, Json]]
    offer_properties: list[Json]
    source_types: list[Json]
    source_values: dict[str, list[Json]]
    rejection_reasons: list[Json]
    withdrawal_reasons: list[Json]
    career_sites: dict[str, Json]
    locations: dict[str, Json]
    access_groups: dict[str, Json]

    def new_id(self) -> str:
        """A fresh identifier (deterministic for a seed)."""
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    @classmethod
    def seeded(cls, data: ServerData) -> ConfigurationState:
        """The state a new fake server starts with."""
        rng = random.Random(f"configuration:{data.seed}")
        return cls(
            rng=rng,
            company={
                "identifier": data.company,
                "name": data.company.capitalize() + " Inc.",
                "location": {"country": "us", "region": "CA", "city": "San Francisco"},
                "website": f"https://www.{data.company}.example",
                "industry": {"id": "computer_software", "label": "Computer Software"},
                "logo": f"https://logos.example/{data.company}.png",
                "brandColor": "#0a66c2",
            },
            departments={
                d_id: {"id": d_id, "label": label, "description": description}
                for d_id, label, description in DEPARTMENTS
            },
            hiring_processes=_hiring_processes(),
            job_properties=_job_properties(),
            job_values=_job_values(),
            candidate_properties=_candidate_properties(),
            candidate_values={
                "cp-shirt": {v: {"id": v, "label": v.upper()} for v in ("xs", "s", "m", "l", "xl")},
            },
            offer_properties=[
                {"id": "op-salary", "label": "Base salary", "type": "CURRENCY", "required": True},
                {"id": "op-start", "label": "Start date", "type": "DATE", "required": True},
                {"id": "op-bonus", "label": "Bonus", "type": "TEXT", "required": False},
            ],
            source_types=[
                {
                    "id": type_id,
                    "label": label,
                    "sourceSubTypes": [{"id": s, "label": sl} for s, sl in sub_types],
                }
                for type_id, label, sub_types in SOURCE_TYPES
            ],
            source_values=_source_values(),
            rejection_reasons=[
                {"id": "rr-skills", "label": "Skills do not match"},
                {"id": "rr-experience", "label": "Not enough experience"},
                {"id": "rr-position-filled", "label": "Position filled"},
            ],
            withdrawal_reasons=[
                {"id": "wr-other-offer", "label": "Accepted another offer"},
                {"id": "wr-salary", "label": "Salary expectations"},
            ],
            career_sites={
                str(site["id"]): site
                for site in (
                    {
                        "id": "cs-main",
                        "name": "Careers",
                        "url": f"https://careers.{data.company}.example",
                        "language": "en",
                        "default": True,
                    },
                    {
                        "id": "cs-de",
                        "name": "Karriere",
                        "url": f"https://karriere.{data.company}.example",
                        "language": "de",
                        "default": False,
                    },
                )
            },
            locations={
                f"pl-{i}": location_json(
                    f"pl-{i}", {"countryCode": c.country, "regionCode": c.region, "city": c.city}
                )
                for i, c in enumerate(CITIES[:3], start=1)
            },
            access_groups={
                "ag-all": {"id": "ag-all", "name": "Everyone", "description": "All users"},
                "ag-hr": {"id": "ag-hr", "name": "HR", "description": "People team"},
            },
        )


def location_json(location_id: str, body: Json) -> Json:
    """A predefined location as the API shows it, from a create/update body."""
    code = str(body["countryCode"]).lower()
    out: Json = {"id": location_id, "country": COUNTRY_NAMES.get(code, code.upper())}
    out["countryCode"] = code
    for key in ("regionCode", "city", "address", "postalCode", "remote"):
        if body.get(key) is not None:
            out[key] = body[key]
    if body.get("regionCode"):
        out["region"] = body["regionCode"]
    return out


def _hiring_processes() -> dict[str, Json]:
    def step(status: str, label: str, subs: tuple[str, ...] = ()) -> Json:
        return {
            "status": status,
            "label": label,
            "subStatuses": [
                {"id": f"{status.lower()}-{i}", "label": s} for i, s in enumerate(subs)
            ],
        }

    standard = [
        step("NEW", "New"),
        step("IN_REVIEW", "In review", ("Phone screen", "Assessment")),
        step("INTERVIEW", "Interview", ("First round", "Final round")),
        step("OFFER", "Offer"),
        step("HIRED", "Hired"),
    ]
    return {
        "hp-standard": {
            "id": "hp-standard",
            "name": "Standard",
            "default": True,
            "steps": standard,
        },
        "hp-campus": {
            "id": "hp-campus",
            "name": "Campus hiring",
            "default": False,
            "steps": [standard[0], standard[2], standard[4]],
        },
    }


def _job_properties() -> dict[str, Json]:
    def prop(p_id: str, label: str, kind: str, *, required: bool = False) -> Json:
        return {
            "id": p_id,
            "label": label,
            "type": kind,
            "required": required,
            "active": True,
            "createdOn": "2024-01-15T09:30:00.000Z",
        }

    return {
        p["id"]: p
        for p in (
            prop("jp-region", "Region", "SINGLE_SELECT", required=True),
            prop("jp-country", "Country", "SINGLE_SELECT"),
            prop("jp-cost-center", "Cost center", "TEXT"),
        )
    }


def _job_values() -> dict[str, dict[str, Json]]:
    def values(*pairs: tuple[str, str]) -> dict[str, Json]:
        return {v: {"id": v, "label": label, "archived": False} for v, label in pairs}

    return {
        "jp-region": values(("emea", "EMEA"), ("amer", "Americas"), ("apac", "APAC")),
        "jp-country": values(("de", "Germany"), ("fr", "France"), ("us", "United States")),
        "jp-cost-center": {},
    }


def _candidate_properties() -> dict[str, Json]:
    return {
        p["id"]: p
        for p in (
            {"id": "cp-shirt", "label": "T-shirt size", "type": "SINGLE_SELECT"},
            {"id": "cp-salary", "label": "Expected salary", "type": "CURRENCY"},
            {"id": "cp-start", "label": "Available from", "type": "DATE"},
        )
    }


def _source_values() -> dict[str, list[Json]]:
    boards = [
        {
            "id": f"board-{i:03d}",
            "label": f"Job board {i:03d}",
            "type": "JOB_BOARDS",
            "subType": "NICHE" if i % 5 == 0 else "GENERAL",
        }
        for i in range(JOB_BOARDS)
    ]
    return {
        "JOB_BOARDS": boards,
        "SOCIAL_MEDIA": [
            {"id": "LinkedIn", "label": "LinkedIn", "type": "SOCIAL_MEDIA"},
            {"id": "Twitter", "label": "Twitter", "type": "SOCIAL_MEDIA"},
        ],
        "AGENCIES": [{"id": "agency-hays", "label": "Hays", "type": "AGENCIES"}],
        "RECRUITERS": [],
        "REFERRALS": [
            {"id": "EmployeeReferral", "label": "Employee referral", "type": "REFERRALS"}
        ],
    }
