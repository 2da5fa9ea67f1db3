"""Seeded jobs for the fake server and the mutable state of the Job API handlers.

Jobs are in the API's wire format. Every job also carries ``internalCode`` and
``sourcingPriority``, fields the SDK's models do not declare, so tests can check that a
read-modify-write keeps them.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
import uuid
from typing import Any

import attrs

from .data import RELEASED_UNTIL, wire_datetime
from .vocabulary import (
    CITIES,
    DEPARTMENTS,
    EMPLOYMENT_TYPES,
    EXPERIENCE_LEVELS,
    FIRST_NAMES,
    FUNCTIONS,
    INDUSTRIES,
    LANGUAGES,
    LAST_NAMES,
    ROLES,
    SENIORITIES,
)

__all__ = [
    "JOB_STATUSES",
    "POSTING_STATUSES",
    "UNDECLARED_JOB_FIELDS",
    "JobsState",
    "Reference",
    "language",
    "person",
]

Json = dict[str, Any]

JOB_COUNT = 150
"""How many jobs every fake server starts with."""

JOB_STATUSES = ("CREATED", "SOURCING", "FILLED", "INTERVIEW", "OFFER", "CANCELLED", "ON_HOLD")
POSTING_STATUSES = ("PUBLIC", "INTERNAL", "NOT_PUBLISHED", "PRIVATE")
UNDECLARED_JOB_FIELDS = ("internalCode", "sourcingPriority")
"""Job keys the SDK's models do not declare."""

SUMMARY_FIELDS = (
    "id",
    "title",
    "refNumber",
    "createdOn",
    "updatedOn",
    "lastActivityOn",
    "department",
    "location",
    "status",
    "postingStatus",
    *UNDECLARED_JOB_FIELDS,
)
"""The keys of a job that ``GET /jobs`` lists."""


@attrs.frozen
class Reference:
    """The configured values a job may point at, by id -> label."""

    departments: dict[str, str]
    industries: dict[str, str]
    functions: dict[str, str]
    experience_levels: dict[str, str]
    employment_types: dict[str, str]


REFERENCE = Reference(
    departments={i: label for i, label, _ in DEPARTMENTS},
    industries=dict(INDUSTRIES),
    functions=dict(FUNCTIONS.values()),
    experience_levels=dict(EXPERIENCE_LEVELS.values()),
    employment_types=dict(EMPLOYMENT_TYPES),
)


def person(user_id: str) -> Json:
    """A plausible, stable name and e-mail for any user id."""
    rng = random.Random(f"user:{user_id}")
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    return {
        "id": user_id,
        "firstName": first,
        "lastName": last,
        "email": f"{first}.{last}@example.com".lower().encode("ascii", "ignore").decode(),
    }


def language(code: str) -> Json:
    """The language object of a job ad for a language code."""
    label, native = LANGUAGES[code]
    return {"code": code, "label": label, "labelNative": native}


def _sections(title: str, city: str) -> Json:
    return {
        "sections": {
            "companyDescription": {"title": "Company Description", "text": "<p>We build.</p>"},
            "jobDescription": {"title": "Job Description", "text": f"<p>{title} in {city}.</p>"},
            "qualifications": {"title": "Qualifications", "text": "<ul><li>Curiosity</li></ul>"},
            "additionalInformation": {"title": "Additional Information", "text": "<p>-</p>"},
        }
    }


def _job(index: int, rng: random.Random) -> Json:
    department_id, department, _ = rng.choice(DEPARTMENTS)
    seniority = rng.choice(SENIORITIES)
    title = f"{seniority} {rng.choice(ROLES[department])}".strip()
    place = rng.choice(CITIES)
    created = RELEASED_UNTIL - dt.timedelta(days=700) + dt.timedelta(hours=index * 97)
    updated = created + dt.timedelta(hours=rng.randrange(1, 2000))
    industry = rng.choice(INDUSTRIES)
    function = FUNCTIONS[department]
    experience = EXPERIENCE_LEVELS[seniority]
    employment = rng.choice(EMPLOYMENT_TYPES)
    low = rng.randrange(40, 120) * 1000
    return {
        "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        "title": title,
        "refNumber": f"REF{index:05d}",
        "createdOn": wire_datetime(created),
        "updatedOn": wire_datetime(updated),
        "lastActivityOn": wire_datetime(updated + dt.timedelta(hours=rng.randrange(100))),
        "department": {"id": department_id, "label": department},
        "location": {
            "country": place.country.upper(),
            "countryCode": place.country,
            "region": place.region,
            "regionCode": place.region,
            "city": place.city,
            "latitude": place.latitude,
            "longitude": place.longitude,
        },
        "status": rng.choice(JOB_STATUSES),
        "postingStatus": rng.choice(POSTING_STATUSES),
        "targetHiringDate": (updated + dt.timedelta(days=60)).date().isoformat(),
        "industry": {"id": industry[0], "label": industry[1]},
        "function": {"id": function[0], "label": function[1]},
        "typeOfEmployment": {"id": employment[0], "label": employment[1]},
        "experienceLevel": {"id": experience[0], "label": experience[1]},
        "template": False,
        "creator": person(f"creator-{rng.randrange(5)}"),
        "compensation": {"min": low, "max": low + 30000, "currency": "USD"},
        "jobAd": _sections(title, place.city),
        "properties": [],
        "internalCode": f"IC-{rng.randrange(10**6):06d}",
        "sourcingPriority": rng.choice(("LOW", "MEDIUM", "HIGH")),
    }


@attrs.define(kw_only=True, eq=False)
class JobsState:
    """Everything the Job API handlers read and write, keyed by job id.

    ``jobs`` are full jobs (``JobDetails`` wire format); the other maps hold each job's
    sub-resources. Ids of created objects come from ``ids``.
    """

    jobs: dict[str, Json]
    notes: dict[str, str] = attrs.field(factory=dict)
    history: dict[str, list[Json]] = attrs.field(factory=dict)
    approvals: dict[str, Json] = attrs.field(factory=dict)
    team: dict[str, dict[str, Json]] = attrs.field(factory=dict)
    positions: dict[str, dict[str, Json]] = attrs.field(factory=dict)
    ads: dict[str, dict[str, Json]] = attrs.field(factory=dict)
    ad_postings: dict[tuple[str, str], list[Json]] = attrs.field(factory=dict)
    reference: Reference = REFERENCE
    ids: itertools.count[int] = attrs.field(factory=lambda: itertools.count(1))

    @classmethod
    def build(cls, seed: int) -> JobsState:
        """``JOB_COUNT`` seeded jobs, each with a note, status history, team and job ad."""
        rng = random.Random(f"jobs:{seed}")
        state = cls(jobs={})
        for index in range(JOB_COUNT):
            job = _job(index, rng)
            state.add(job)
            if index % 3 == 0:
                state.approvals[job["id"]] = {
                    "id": f"approval-{index}",
                    "status": rng.choice(("PENDING", "APPROVED", "REJECTED")),
                    "createdOn": job["createdOn"],
                    "updatedOn": job["updatedOn"],
                }
        return state

    def new_id(self, prefix: str) -> str:
        """A fresh id for a created object."""
        return f"{prefix}-{next(self.ids)}"

    def add(self, job: Json) -> None:
        """Store a new job with its default sub-resources."""
        job_id = job["id"]
        self.jobs[job_id] = job
        self.notes[job_id] = ""
        self.history[job_id] = [{"status": job["status"], "changedOn": job["createdOn"]}]
        creator = job.get("creator") or person("api-user")
        self.team[job_id] = {creator["id"]: {**creator, "role": "RECRUITER"}}
        self.positions[job_id] = {}
        ad_id = self.new_id("ad")
        self.ads[job_id] = {
            ad_id: {
                "id": ad_id,
                "title": job["title"],
                "language": language("en"),
                "location": job.get("location"),
                "jobAd": job.get("jobAd") or {"sections": {}},
                "postingStatus": "NOT_PUBLISHED",
                "defaultJobAd": True,
                "createdOn": job["createdOn"],
                "updatedOn": job["createdOn"],
            }
        }

    def job(self, job_id: str) -> Json:
        """The job, or ``KeyError``."""
        return self.jobs[job_id]

    def summaries(self) -> list[Json]:
        """Every job as ``GET /jobs`` lists it, by id (the ``sort=job_id`` order)."""
        return [
            {k: job[k] for k in SUMMARY_FIELDS if k in job} for _, job in sorted(self.jobs.items())
        ]
