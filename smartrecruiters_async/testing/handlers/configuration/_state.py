"""The Configuration API's seeded, mutable state in the fake server.

The bodies use the official schema's names and types (recruitifi.json, roksela.json), so the
SDK's tests meet what its users meet. Two members are deliberately unknown to every schema
(``createdOn`` on job properties, ``brandColor`` on the company), so tests can check that
unknown fields survive.
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

SOURCE_TYPES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("JOB_BOARDS", "Job boards", ("GENERAL", "NICHE")),
    ("SOCIAL_MEDIA", "Social media", ()),
    ("AGENCIES", "Agencies", ()),
    ("RECRUITERS", "Recruiters", ()),
    ("REFERRALS", "Referrals", ()),
)
JOB_BOARDS = 230
"""Enough job boards that listing them takes three pages of 100."""

SUB_STATUSES = ("IN_REVIEW", "INTERVIEW", "OFFERED")
"""The statuses a hiring process gives sub-statuses (schema ``HiringProcessSubStatuses``)."""

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
    """Sources by type id; a source's ``actions`` are added when it is served."""
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
            offer_properties=_offer_properties(),
            source_types=[
                {"id": type_id, "label": label, "subtypes": [{"id": s} for s in sub_types]}
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
            # No source shows a career site's body: the fake sends only the id the SDK types.
            career_sites={site_id: {"id": site_id} for site_id in ("cs-main", "cs-de")},
            locations={
                f"pl-{i}": location_json(
                    f"pl-{i}", {"countryCode": c.country, "regionCode": c.region, "city": c.city}
                )
                for i, c in enumerate(CITIES[:3], start=1)
            },
            access_groups={
                group["id"]: group
                for group in (
                    _access_group("ag-all", "Everyone", "All users", every=True),
                    _access_group("ag-emea", "EMEA", "Jobs in EMEA", every=False, values=("emea",)),
                )
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


def _access_group(
    group_id: str, name: str, description: str, *, every: bool, values: tuple[str, ...] = ()
) -> Json:
    """A group of the jobs matching one criterion on the ``jp-region`` organisation field."""
    region = {"all": every, "values": list(values)}
    return {
        "id": group_id,
        "name": name,
        "description": description,
        "criteria": {"include": {"jp-region": region}},
    }


def _hiring_processes() -> dict[str, Json]:
    def process(p_id: str, name: str, *, active: bool, **sub_statuses: list[str]) -> Json:
        subs = {status: sub_statuses.get(status, []) for status in SUB_STATUSES}
        return {"id": p_id, "name": name, "active": active, "subStatuses": subs}

    return {
        p["id"]: p
        for p in (
            process(
                "hp-standard",
                "Standard",
                active=True,
                IN_REVIEW=["Phone screen", "Assessment"],
                INTERVIEW=["First round", "Final round"],
                OFFERED=["Offer sent"],
            ),
            process("hp-campus", "Campus hiring", active=False, INTERVIEW=["Assessment day"]),
        )
    }


def _job_properties() -> dict[str, Json]:
    def prop(p_id: str, label: str, category: str, *, required: bool = False) -> Json:
        return {
            "id": p_id,
            "label": label,
            "category": category,
            "active": True,
            "visible": True,
            "required": required,
            "createdOn": "2024-01-15T09:30:00.000Z",
        }

    return {
        p["id"]: p
        for p in (
            prop("jp-region", "Region", "organization", required=True),
            prop("jp-country", "Country", "organization"),
            prop("jp-cost-center", "Cost center", "job"),
        )
    }


def _job_values() -> dict[str, dict[str, Json]]:
    def values(*pairs: tuple[str, str]) -> dict[str, Json]:
        return {v: {"id": v, "label": label, "archived": False} for v, label in pairs}

    return {
        "jp-region": values(("emea", "EMEA"), ("amer", "Americas"), ("apac", "APAC")),
        "jp-country": values(("de", "Germany"), ("fr", "France"), ("us", "United States")),
        "jp-cost-center": values(("cc-100", "100 Engineering"), ("cc-200", "200 Sales")),
    }


def _candidate_properties() -> dict[str, Json]:
    def prop(p_id: str, label: str, kind: str, to_users: str) -> Json:
        availability = {"context": [], "forOrgFields": [], "toUsers": to_users}
        return {"id": p_id, "label": label, "type": kind, "availability": availability}

    salary = prop("cp-salary", "Expected salary", "CURRENCY", "FULL_ACCESS")
    salary["availability"]["forOrgFields"] = [
        {"id": "jp-region", "values": {"all": False, "content": ["emea", "amer"]}}
    ]
    return {
        p["id"]: p
        for p in (
            prop("cp-shirt", "T-shirt size", "SINGLE_SELECT", "ALL"),
            salary,
            prop("cp-start", "Available from", "DATE", "ALL"),
        )
    }


def _offer_properties() -> list[Json]:
    def field(key: str, label: str, kind: str, *, required: bool) -> Json:
        return {"key": key, "label": label, "required": required, "type": kind}

    return [
        {
            "id": "compensation",
            "properties": [
                field("salary", "Base salary", "CURRENCY", required=True),
                field("bonus", "Bonus", "PERCENT", required=False),
            ],
        },
        {"id": "dates", "properties": [field("startDate", "Start date", "DATE", required=True)]},
    ]


def _source_values() -> dict[str, list[Json]]:
    boards = [
        {
            "id": f"board-{i:03d}",
            "label": f"Job board {i:03d}",
            "sourceSubType": {"id": "NICHE" if i % 5 == 0 else "GENERAL"},
        }
        for i in range(JOB_BOARDS)
    ]
    return {
        "JOB_BOARDS": boards,
        "SOCIAL_MEDIA": [
            {"id": "LinkedIn", "label": "LinkedIn"},
            {"id": "Twitter", "label": "Twitter"},
        ],
        "AGENCIES": [{"id": "agency-hays", "label": "Hays"}],
        "RECRUITERS": [],
        "REFERRALS": [{"id": "EmployeeReferral", "label": "Employee referral"}],
    }
