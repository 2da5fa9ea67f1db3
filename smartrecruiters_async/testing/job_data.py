"""Seeded jobs for the fake server and the mutable state of the Job API handlers.

Jobs are in the API's wire format and use only the official schema's names (``JobDetails``,
``JobSummary``, ``JobAdItem``, ``HiringTeamMemberResponse``, ``JobApproval``...), so the SDK's
tests meet the bodies its users meet. Tests of unknown fields add their own (the server stores
what a client writes).
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
    "API",
    "JOB_STATUSES",
    "POSTING_STATUSES",
    "JobsState",
    "Reference",
    "action",
    "department",
    "job_actions",
    "language",
    "person",
]

Json = dict[str, Any]

JOB_COUNT = 150
"""How many jobs every fake server starts with."""

JOB_STATUSES = ("CREATED", "SOURCING", "FILLED", "INTERVIEW", "OFFER", "CANCELLED", "ON_HOLD")
"""The schema's ``ValidJobStatus``: what ``PUT /jobs/{jobId}/status`` and the filters take."""
POSTING_STATUSES = ("PUBLIC", "INTERNAL", "NOT_PUBLISHED", "PRIVATE")

API = "https://api.smartrecruiters.com"
"""The host the links in ``actions`` objects point at."""

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
)
"""The keys of a full job that ``GET /jobs`` lists (``language`` and ``actions`` are added)."""


@attrs.frozen
class Reference:
    """The configured values a job may point at, by id -> label."""

    departments: dict[str, str]
    department_descriptions: dict[str, str]
    industries: dict[str, str]
    functions: dict[str, str]
    experience_levels: dict[str, str]
    employment_types: dict[str, str]


REFERENCE = Reference(
    departments={i: label for i, label, _ in DEPARTMENTS},
    department_descriptions={i: description for i, _, description in DEPARTMENTS},
    industries=dict(INDUSTRIES),
    functions=dict(FUNCTIONS.values()),
    experience_levels=dict(EXPERIENCE_LEVELS.values()),
    employment_types=dict(EMPLOYMENT_TYPES),
)


def person(user_id: str) -> Json:
    """A plausible, stable name for any user id: the schema's ``UserIdentity``."""
    rng = random.Random(f"user:{user_id}")
    return {"id": user_id, "firstName": rng.choice(FIRST_NAMES), "lastName": rng.choice(LAST_NAMES)}


def language(code: str) -> Json:
    """The language object (the schema's ``Language``) for a language code."""
    label, native = LANGUAGES[code]
    return {"code": code, "label": label, "labelNative": native}


def action(path: str) -> Json:
    """An ``Action``: a ``GET`` link to ``path`` on the API host."""
    return {"url": API + path, "method": "GET"}


def job_actions(job_id: str) -> Json:
    """The ``actions`` of a full job (the schema's ``JobDetailsActions``)."""
    job = f"/jobs/{job_id}"
    return {
        "hiringTeam": action(job + "/hiring-team"),
        "publications": action(job + "/publication"),
        "positions": action(job + "/positions"),
        "applyOnWeb": {"url": f"https://jobs.smartrecruiters.com/{job_id}", "method": "GET"},
        "details": action(job),
    }


def department(department_id: str, reference: Reference) -> Json:
    """A job's department as the API sends it (the schema's ``Department``)."""
    return {
        "id": department_id,
        "label": reference.departments[department_id],
        "description": reference.department_descriptions[department_id],
    }


def _sections(title: str, city: str) -> Json:
    return {
        "sections": {
            "companyDescription": {"title": "Company Description", "text": "<p>We build.</p>"},
            "jobDescription": {"title": "Job Description", "text": f"<p>{title} in {city}.</p>"},
            "qualifications": {"title": "Qualifications", "text": "<ul><li>Curiosity</li></ul>"},
            "additionalInformation": {"title": "Additional Information", "text": "<p>-</p>"},
        },
        "language": language("en"),
    }


def _job(index: int, rng: random.Random) -> Json:
    department_id, department_label, _ = rng.choice(DEPARTMENTS)
    seniority = rng.choice(SENIORITIES)
    title = f"{seniority} {rng.choice(ROLES[department_label])}".strip()
    place = rng.choice(CITIES)
    created = RELEASED_UNTIL - dt.timedelta(days=700) + dt.timedelta(hours=index * 97)
    updated = created + dt.timedelta(hours=rng.randrange(1, 2000))
    industry = rng.choice(INDUSTRIES)
    function = FUNCTIONS[department_label]
    experience = EXPERIENCE_LEVELS[seniority]
    employment = rng.choice(EMPLOYMENT_TYPES)
    low = rng.randrange(40, 120) * 1000
    job_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    return {
        "id": job_id,
        "title": title,
        "refNumber": f"REF{index:05d}",
        "createdOn": wire_datetime(created),
        "updatedOn": wire_datetime(updated),
        "lastActivityOn": wire_datetime(updated + dt.timedelta(hours=rng.randrange(100))),
        "department": department(department_id, REFERENCE),
        "location": {
            "country": place.country.upper(),
            "countryCode": place.country,
            "region": place.region,
            "regionCode": place.region,
            "city": place.city,
            "latitude": place.latitude,
            "longitude": place.longitude,
            "remote": False,
        },
        "status": rng.choice(JOB_STATUSES),
        "postingStatus": rng.choice(POSTING_STATUSES),
        "targetHiringDate": wire_datetime(updated + dt.timedelta(days=60)),
        "industry": {"id": industry[0], "label": industry[1]},
        "function": {"id": function[0], "label": function[1]},
        "typeOfEmployment": {"id": employment[0], "label": employment[1]},
        "experienceLevel": {"id": experience[0], "label": experience[1]},
        "template": False,
        "creator": person(f"creator-{rng.randrange(5)}"),
        "compensation": {"min": low, "max": low + 30000, "currency": "USD"},
        "jobAd": _sections(title, place.city),
        "properties": [],
        "actions": job_actions(job_id),
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
        """``JOB_COUNT`` seeded jobs, each with a note, status history, team and job ad; every
        third one with a position and a pending approval request."""
        rng = random.Random(f"jobs:{seed}")
        state = cls(jobs={})
        for index in range(JOB_COUNT):
            job = _job(index, rng)
            state.add(job)
            if index % 3 == 0:
                opened = dt.datetime.fromisoformat(job["createdOn"])
                position_id = state.new_id("position")
                state.positions[job["id"]][position_id] = {
                    "id": position_id,
                    "positionId": f"P-{index:05d}",
                    "type": rng.choice(("NEW", "REPLACEMENT")),
                    "positionOpenDate": wire_datetime(opened),
                    "targetStartDate": wire_datetime(opened + dt.timedelta(days=90)),
                    "status": "OPEN",
                }
                state.request_approval(job["id"])
        return state

    def new_id(self, prefix: str) -> str:
        """A fresh id for a created object."""
        return f"{prefix}-{next(self.ids)}"

    def add(self, job: Json) -> None:
        """Store a new job with its default sub-resources."""
        job_id = job["id"]
        self.jobs[job_id] = job
        self.notes[job_id] = ""
        creator = job.get("creator") or person("api-user")
        self.history[job_id] = [self.status_change(job["status"], job["createdOn"], creator["id"])]
        self.team[job_id] = {creator["id"]: self.member(creator["id"], "RECRUITER")}
        self.positions[job_id] = {}
        ad_id = self.new_id("ad")
        self.ads[job_id] = {
            ad_id: {
                "id": ad_id,
                "title": job["title"],
                "language": language("en"),
                "jobAd": job.get("jobAd") or {"sections": {}, "language": language("en")},
                "createdOn": job["createdOn"],
                "updatedOn": job["createdOn"],
                "postingStatus": "NOT_PUBLISHED",
                "default": True,
                "actions": {"postings": action(f"/jobs/{job_id}/jobads/{ad_id}/postings")},
                "creator": {"id": creator["id"]},
                "visibility": "PUBLIC",
            }
        }

    @staticmethod
    def status_change(status: str, when: str, user_id: str) -> Json:
        """One entry of a job's status history (the schema's ``JobStatusHistoryContent``)."""
        return {
            "status": status,
            "changedOn": when,
            "actions": {"user": action(f"/users/{user_id}")},
        }

    @staticmethod
    def member(user_id: str, role: str) -> Json:
        """A hiring-team member (the schema's ``HiringTeamMemberResponse``)."""
        return {"id": user_id, "role": role, "actions": {"details": action(f"/users/{user_id}")}}

    def request_approval(self, job_id: str) -> Json:
        """Open an approval request for the job's positions and pay range; returns it."""
        job = self.jobs[job_id]
        approval: Json = {
            "approvalRequestId": str(uuid.uuid5(uuid.NAMESPACE_URL, f"{job_id}/{next(self.ids)}")),
            "positions": list(self.positions[job_id].values()),
        }
        if job.get("compensation"):
            approval["salaryRange"] = dict(job["compensation"])
        self.approvals[job_id] = approval
        return approval

    def job(self, job_id: str) -> Json:
        """The job, or ``KeyError``."""
        return self.jobs[job_id]

    def summaries(self) -> list[Json]:
        """Every job as ``GET /jobs`` lists it (``JobSummary``), by id (the ``sort=job_id``
        order): its default job ad's language and a link to the full job."""
        return [self._summary(job) for _, job in sorted(self.jobs.items())]

    def _summary(self, job: Json) -> Json:
        summary = {k: job[k] for k in SUMMARY_FIELDS if k in job}
        default = next((ad for ad in self.ads[job["id"]].values() if ad.get("default")), None)
        if default is not None:
            summary["language"] = default["language"]
        summary["actions"] = {"details": action(f"/jobs/{job['id']}")}
        return summary
