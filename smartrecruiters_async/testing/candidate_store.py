"""The fake server's candidate state: candidates, applications and what hangs off them.

Shared by the Candidate, Application and Job Applications handlers through
``ServerData.store("candidates", CandidateStore.build)``. Candidates are the dicts of
``ServerData.candidates`` (the list ``GET /candidates`` pages through), so a created candidate is
listed and a deleted one is not. Applications, attachments, property values, onboarding and
consent live here, keyed by candidate id (and job id).
"""

from __future__ import annotations

import random
import uuid
from typing import Any

import attrs

from .data import now
from .state import ServerData

__all__ = [
    "CANDIDATE_STATUSES",
    "PROPERTY_DEFINITIONS",
    "SEED_JOBS",
    "Attachment",
    "CandidateStore",
    "candidate_store",
]

Json = dict[str, Any]

CANDIDATE_STATUSES = frozenset(
    {
        "LEAD",
        "NEW",
        "IN_REVIEW",
        "INTERVIEW",
        "OFFERED",
        "HIRED",
        "REJECTED",
        "WITHDRAWN",
        "TRANSFERRED",
    }
)

SEED_JOBS: tuple[tuple[str, str], ...] = (
    ("job-1001", "Backend Engineer"),
    ("job-1002", "Product Manager"),
    ("job-1003", "Account Executive"),
    ("job-1004", "Recruiter"),
    ("job-1005", "Product Designer"),
)
"""(id, title) of the jobs seeded candidates applied to; any other job id exists too."""

PROPERTY_DEFINITIONS: tuple[Json, ...] = (
    {"id": "notice-period", "label": "Notice period (days)", "type": "NUMBER"},
    {"id": "relocation", "label": "Open to relocation", "type": "BOOLEAN"},
    {"id": "expected-salary", "label": "Expected salary", "type": "CURRENCY"},
    {"id": "notes", "label": "Recruiter notes", "type": "TEXT"},
    {
        "id": "seniority",
        "label": "Seniority",
        "type": "SINGLE_SELECT",
        "values": [
            {"id": "junior", "label": "Junior"},
            {"id": "mid", "label": "Mid-level"},
            {"id": "senior", "label": "Senior"},
        ],
    },
)
"""The company's candidate properties; values are checked against ``type``."""

_SEED_STATUSES = ("NEW", "NEW", "IN_REVIEW", "INTERVIEW", "OFFERED", "HIRED", "REJECTED")


@attrs.define(kw_only=True, eq=False)
class Attachment:
    """A stored file: its description (wire format) and content."""

    meta: Json
    candidate_id: str
    job_id: str | None
    content: bytes


@attrs.define(kw_only=True, eq=False)
class CandidateStore:
    """Mutable candidate state of one fake server (see the module docstring)."""

    candidates: list[Json]
    by_id: dict[str, Json]
    applications: dict[str, Json] = attrs.field(factory=dict)
    """Application id -> application (``candidateId``, ``jobId``, ``status``, ...)."""
    by_candidate: dict[str, list[str]] = attrs.field(factory=dict)
    """Candidate id -> their application ids, oldest first (so listing stays fast)."""
    histories: dict[str, list[Json]] = attrs.field(factory=dict)
    answers: dict[str, list[Json]] = attrs.field(factory=dict)
    onboarding: dict[tuple[str, str | None], str] = attrs.field(factory=dict)
    properties: dict[tuple[str, str | None], dict[str, Any]] = attrs.field(factory=dict)
    attachments: dict[str, Attachment] = attrs.field(factory=dict)
    consent: dict[str, Json] = attrs.field(factory=dict)
    """Candidate id -> ``{"status", "decisions", "recentPendingRequestCreatedOn"}``."""
    application_consent: dict[str, Json] = attrs.field(factory=dict)
    rng: random.Random = attrs.field(factory=random.Random)

    @classmethod
    def build(cls, candidates: list[Json], seed: int) -> CandidateStore:
        """State over ``candidates``: three in four applied to a seeded job; consent given."""
        store = cls(
            candidates=candidates,
            by_id={c["id"]: c for c in candidates},
            rng=random.Random(f"candidate-store:{seed}"),
        )
        for index, candidate in enumerate(candidates):
            if index % 4 != 3:
                job_id, title = SEED_JOBS[index % len(SEED_JOBS)]
                status = _SEED_STATUSES[index % len(_SEED_STATUSES)]
                store.add_application(
                    candidate["id"], job_id, title=title, status=status, at=candidate["createdOn"]
                )
            store.consent[candidate["id"]] = {
                "status": "REQUIRED" if index % 5 == 4 else "ACQUIRED",
                "decisions": []
                if index % 5 == 4
                else [
                    {
                        "scope": "DATA_PROCESSING",
                        "status": "ACQUIRED",
                        "decidedOn": candidate["createdOn"],
                    }
                ],
            }
        return store

    def new_id(self) -> str:
        """A fresh, seeded UUID."""
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    # -- candidates -------------------------------------------------------------------------

    def add_candidate(self, candidate: Json) -> Json:
        """Store a new candidate (wire format, ``id`` set) so it is listed too."""
        self.candidates.append(candidate)
        self.by_id[candidate["id"]] = candidate
        self.consent[candidate["id"]] = {"status": "REQUIRED", "decisions": []}
        return candidate

    def remove_candidate(self, candidate_id: str) -> None:
        """Forget a candidate and everything attached to them."""
        candidate = self.by_id.pop(candidate_id)
        self.candidates.remove(candidate)
        for app in self.applications_of(candidate_id):
            self.remove_application(app["id"])
        for key in [k for k in self.onboarding if k[0] == candidate_id]:
            del self.onboarding[key]
        for key in [k for k in self.properties if k[0] == candidate_id]:
            del self.properties[key]
        for att_id in [a for a, v in self.attachments.items() if v.candidate_id == candidate_id]:
            del self.attachments[att_id]
        self.consent.pop(candidate_id, None)

    def touch(self, candidate_id: str) -> None:
        """Record a change of the candidate now."""
        self.by_id[candidate_id]["updatedOn"] = now()

    # -- applications -----------------------------------------------------------------------

    def add_application(
        self,
        candidate_id: str,
        job_id: str,
        *,
        title: str | None = None,
        status: str = "NEW",
        source: Json | None = None,
        at: str | None = None,
    ) -> Json:
        """Apply a candidate to a job (the first application is the primary one)."""
        created = at or now()
        app: Json = {
            "id": self.new_id(),
            "candidateId": candidate_id,
            "jobId": job_id,
            "jobTitle": title or f"Job {job_id}",
            "status": status,
            "source": source or {"sourceTypeId": "OTHER", "sourceId": "api"},
            "createdOn": created,
        }
        self.applications[app["id"]] = app
        self.by_candidate.setdefault(candidate_id, []).append(app["id"])
        self.histories[app["id"]] = [{"status": status, "changedOn": created}]
        return app

    def applications_of(self, candidate_id: str) -> list[Json]:
        """The candidate's applications, oldest (the primary one) first."""
        return [self.applications[i] for i in self.by_candidate.get(candidate_id, ())]

    def application(self, candidate_id: str, job_id: str) -> Json | None:
        """The candidate's application to ``job_id``, if any."""
        return next((a for a in self.applications_of(candidate_id) if a["jobId"] == job_id), None)

    def remove_application(self, application_id: str) -> None:
        """Forget one application and its history, answers and consent."""
        app = self.applications.pop(application_id)
        self.by_candidate[app["candidateId"]].remove(application_id)
        self.histories.pop(application_id, None)
        self.answers.pop(application_id, None)
        self.application_consent.pop(application_id, None)
        self.onboarding.pop((app["candidateId"], app["jobId"]), None)
        self.properties.pop((app["candidateId"], app["jobId"]), None)

    def set_status(self, app: Json, body: Json) -> None:
        """Apply a validated ``CandidateStatus`` body to an application and log it."""
        app["status"] = body["status"]
        app["subStatus"] = body.get("subStatus")
        if body.get("startsOn"):
            app["startsOn"] = body["startsOn"]
        if body.get("reason"):
            key = "reasonOfWithdrawal" if body["status"] == "WITHDRAWN" else "reasonOfRejection"
            app[key] = {"id": body["reason"], "label": body["reason"]}
        self.histories[app["id"]].append(
            {"status": app["status"], "subStatus": app["subStatus"], "changedOn": now()}
        )
        self.touch(app["candidateId"])

    # -- views ------------------------------------------------------------------------------

    def assignment(self, app: Json) -> Json:
        """An application as a candidate object shows it."""
        return _compact(
            {
                "job": {"id": app["jobId"], "title": app["jobTitle"]},
                "status": app["status"],
                "subStatus": app.get("subStatus"),
                "startsOn": app.get("startsOn"),
                "source": app["source"],
            }
        )

    def candidate_view(self, candidate: Json) -> Json:
        """A candidate with their assignments, as ``GET /candidates/{id}`` shows it."""
        apps = self.applications_of(candidate["id"])
        view = dict(candidate)
        if apps:
            view["primaryAssignment"] = self.assignment(apps[0])
        view["secondaryAssignments"] = [self.assignment(a) for a in apps[1:]]
        view["actions"] = {
            "details": {"url": f"/candidates/{candidate['id']}", "method": "GET"},
        }
        return view

    def application_view(self, app: Json) -> Json:
        """An application as ``GET /candidates/{id}/jobs/{jobId}`` shows it."""
        keys = ("id", "status", "subStatus", "startsOn", "source", "createdOn")
        view = {k: app[k] for k in keys if app.get(k) is not None}
        for key in ("reasonOfRejection", "reasonOfWithdrawal"):
            if key in app:
                view[key] = app[key]
        view["url"] = f"/candidates/{app['candidateId']}/jobs/{app['jobId']}"
        return view


def _compact(data: Json) -> Json:
    return {k: v for k, v in data.items() if v is not None}


def candidate_store(data: ServerData) -> CandidateStore:
    """The candidate state of ``data``'s server, built on first use."""
    return data.store("candidates", lambda d: CandidateStore.build(d.candidates, d.seed))
