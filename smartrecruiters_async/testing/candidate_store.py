"""The fake server's candidate state: candidates, applications and what hangs off them.

Shared by the Candidate, Application and Job Applications handlers through
``ServerData.store("candidates", CandidateStore.build)``. Candidates are the dicts of
``ServerData.candidates`` (the list ``GET /candidates`` pages through), so a created candidate is
listed and a deleted one is not. Applications, attachments, property values, onboarding and
consent live here, keyed by candidate id (and job id).

Every body the views build uses the official schema's names and types (``tests/data/schema``),
so the SDK's own tests meet what users meet: an assignment's ``source`` is free text (the ids
behind it are kept here, as ``sourceDetails``), list results carry the ``Candidate`` shape and
``GET /candidates/{id}`` the ``CandidateDetails`` one.
"""

from __future__ import annotations

import random
import uuid
from typing import Any

import attrs

from .data import now
from .state import ServerData

__all__ = [
    "CANDIDATE_KEYS",
    "CANDIDATE_STATUSES",
    "PROPERTY_DEFINITIONS",
    "SEED_JOBS",
    "SEED_SOURCES",
    "Attachment",
    "CandidateStore",
    "candidate_store",
    "source_text",
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

SEED_SOURCES: tuple[tuple[Json, str], ...] = (
    ({"sourceTypeId": "JOB_BOARD", "sourceId": "linkedin"}, "LinkedIn"),
    ({"sourceTypeId": "CAREER_SITE", "sourceId": "career-site"}, "Career site"),
    ({"sourceTypeId": "REFERRAL", "sourceId": "referral"}, "Referred by Maria Garcia"),
)
"""(source ids, the free text an assignment shows) of the seeded applications."""

_SOURCE_TEXT = {"api": "API", "apply": "Career site", "linkedin": "LinkedIn"}

# Keys make_candidates adds that the schema's CandidateDetails does not have: the fake serves
# only the schema's names (a test that needs an unknown field puts one on a stored candidate).
_NOT_IN_SCHEMA = ("preferredName", "profileCompleteness", "sourceDetails")

CANDIDATE_KEYS = frozenset(
    {
        "id",
        "internal",
        "firstName",
        "lastName",
        "email",
        "phoneNumber",
        "location",
        "web",
        "createdOn",
        "updatedOn",
        "tags",
        "averageRating",
        "education",
        "experience",
    }
)
"""The stored keys of a candidate that are schema ``CandidateDetails`` fields."""

_LIST_KEYS = (
    "id",
    "internal",
    "firstName",
    "lastName",
    "email",
    "createdOn",
    "updatedOn",
    "location",
    "averageRating",
    "tags",
)
"""The stored keys a ``GET /candidates`` item shows (schema ``Candidate``)."""


def source_text(details: Json) -> str:
    """The free text an application shows as its ``source``, for these source ids."""
    source_id = str(details.get("sourceId", ""))
    return _SOURCE_TEXT.get(source_id, source_id)


@attrs.define(kw_only=True, eq=False)
class Attachment:
    """A stored file: its description (``id``, ``name``, ``type``, ``contentType``) and content."""

    meta: Json
    candidate_id: str
    job_id: str | None
    content: bytes

    def view(self) -> Json:
        """The attachment as the API lists it (schema ``CandidateAttachmentForJob``)."""
        attachment_id = self.meta["id"]
        if self.job_id is None:
            url = f"/candidates/{self.candidate_id}/attachments/{attachment_id}"
            actions = {"download": {"url": url, "method": "GET"}}
        else:
            url = f"/candidates/attachments/{attachment_id}"
            actions = {
                "download": {"url": url, "method": "GET"},
                "remove": {"url": url, "method": "DELETE"},
            }
        return {**self.meta, "actions": actions}


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
            for key in _NOT_IN_SCHEMA:
                candidate.pop(key, None)
            if index % 4 != 3:
                job_id, title = SEED_JOBS[index % len(SEED_JOBS)]
                status = _SEED_STATUSES[index % len(_SEED_STATUSES)]
                source, text = SEED_SOURCES[index % len(SEED_SOURCES)]
                store.add_application(
                    candidate["id"],
                    job_id,
                    title=title,
                    status=status,
                    source=source,
                    source_label=text,
                    at=candidate["createdOn"],
                )
            required = index % 5 == 4
            store.consent[candidate["id"]] = {
                "status": "REQUIRED" if required else "ACQUIRED",
                **({} if required else {"date": candidate["createdOn"]}),
                "decisions": []
                if required
                else [
                    {"scope": "Single", "status": "acquired", "decidedOn": candidate["createdOn"]}
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
        source_label: str | None = None,
        at: str | None = None,
    ) -> Json:
        """Apply a candidate to a job (the first application is the primary one).

        ``source`` holds the source ids (``sourceTypeId``, ``sourceId``, ...); the application
        shows ``source_label`` (default: a text derived from them) as its free-text ``source``.
        """
        created = at or now()
        details = source or {"sourceTypeId": "OTHER", "sourceId": "api"}
        app: Json = {
            "id": self.new_id(),
            "candidateId": candidate_id,
            "jobId": job_id,
            "jobTitle": title or f"Job {job_id}",
            "status": status,
            "sourceDetails": details,
            "source": source_label or source_text(details),
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

    def _job(self, app: Json, *, title: bool = True) -> Json:
        job: Json = {"id": app["jobId"]}
        if title:
            job["title"] = app["jobTitle"]
        job["actions"] = {"details": {"url": f"/jobs/{app['jobId']}", "method": "GET"}}
        return job

    def _source_link(self, app: Json) -> Json:
        # The ids behind the free-text source: the configuration API's source value.
        details = app["sourceDetails"]
        url = f"/configuration/sources/{details['sourceTypeId']}/values/{details['sourceId']}"
        return {"sourceDetails": {"url": url, "method": "GET"}}

    def assignment(self, app: Json) -> Json:
        """An application as ``GET /candidates/{id}`` shows it (schema ``Assignment``)."""
        return _compact(
            {
                "job": self._job(app),
                "status": app["status"],
                "subStatus": app.get("subStatus"),
                "startsOn": app.get("startsOn"),
                "source": app["source"],
                "reasonOfRejection": app.get("reasonOfRejection"),
                "reasonOfWithdrawal": app.get("reasonOfWithdrawal"),
                "actions": self._source_link(app),
            }
        )

    def candidate_view(self, candidate: Json) -> Json:
        """A candidate with their assignments, as ``GET /candidates/{id}`` shows it.

        Every stored key is shown (so a key a test stores survives, as the API's new fields
        would); the stored keys are the schema's unless a test put another there.
        """
        apps = self.applications_of(candidate["id"])
        view = _compact(dict(candidate))
        if apps:
            view["primaryAssignment"] = self.assignment(apps[0])
        view["secondaryAssignments"] = [self.assignment(a) for a in apps[1:]]
        base = f"/candidates/{candidate['id']}"
        view["actions"] = {
            name: {"url": f"{base}/{name}", "method": "GET"}
            for name in ("properties", "attachments", "consent", "consents")
        }
        return view

    def list_view(self, candidate: Json) -> Json:
        """A candidate as ``GET /candidates`` lists them (schema ``Candidate``)."""
        apps = self.applications_of(candidate["id"])
        view = _compact({k: candidate.get(k) for k in _LIST_KEYS})
        view["consent"] = {"status": self.consent[candidate["id"]]["status"]}
        if apps:
            view["primaryAssignment"] = _compact(
                {
                    "job": self._job(apps[0]),
                    "status": apps[0]["status"],
                    "subStatus": apps[0].get("subStatus"),
                }
            )
        view["secondaryAssignments"] = [{"job": self._job(a, title=False)} for a in apps[1:]]
        base = f"/candidates/{candidate['id']}"
        view["actions"] = {
            "details": {"url": base, "method": "GET"},
            "properties": {"url": f"{base}/properties", "method": "GET"},
        }
        return view

    def application_view(self, app: Json) -> Json:
        """An application as ``GET /candidates/{id}/jobs/{jobId}`` shows it (``Application``)."""
        view = _compact(
            {
                "status": app["status"],
                "subStatus": app.get("subStatus"),
                "startsOn": app.get("startsOn"),
                "source": app["source"],
                "reasonOfRejection": app.get("reasonOfRejection"),
                "reasonOfWithdrawal": app.get("reasonOfWithdrawal"),
                "actions": self._source_link(app),
            }
        )
        view["url"] = f"/candidates/{app['candidateId']}/jobs/{app['jobId']}"
        return view

    def job_application_view(self, app: Json) -> Json:
        """An application as the Job Applications API shows it (schema ``JobApplication``)."""
        return _compact(
            {
                "profileId": app["candidateId"],
                "jobId": app["jobId"],
                "status": app["status"],
                "subStatus": app.get("subStatus"),
                "sourceIdentifier": app["sourceDetails"].get("sourceId"),
                "createDate": app["createdOn"],
            }
        )


def _compact(data: Json) -> Json:
    return {k: v for k, v in data.items() if v is not None}


def candidate_store(data: ServerData) -> CandidateStore:
    """The candidate state of ``data``'s server, built on first use."""
    return data.store("candidates", lambda d: CandidateStore.build(d.candidates, d.seed))
