"""Seeded job offers for the fake server (Offers API), with approvals and documents.

Offers belong to ``(candidate id, job id)`` pairs made of the server's seeded candidates and
jobs, in the schema's ``Offer`` form (string property values, ``candidate``/``job``/``details``
actions). Document bodies are generated from the seed when asked for, never stored.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from typing import Any

import attrs

from .data import RELEASED_UNTIL, wire_datetime

__all__ = ["DOCUMENT_SIZE", "OFFER_STATUSES", "OffersState"]

Json = dict[str, Any]

OFFER_STATUSES = (
    "CREATED",
    "PENDING_APPROVAL",
    "APPROVED",
    "NOT_APPROVED",
    "PENDING_ACCEPTANCE",
    "ACCEPTED",
    "NOT_ACCEPTED",
    "ABANDONED",
)
OFFER_COUNT = 60
_API = "https://api.smartrecruiters.com"
DOCUMENT_SIZE = 150_000
"""Bytes of every offer document: several streamed chunks."""


@attrs.define(kw_only=True, eq=False)
class OffersState:
    """Offers by id (in ``createdOn`` order), who they belong to, approvals and documents."""

    seed: int
    offers: dict[str, Json]
    owners: dict[str, tuple[str, str]]
    approvals: dict[str, Json]
    documents: dict[str, list[Json]]

    @classmethod
    def build(cls, seed: int, candidate_ids: list[str], job_ids: list[str]) -> OffersState:
        """``OFFER_COUNT`` offers for the first candidates, each on one of ``job_ids``."""
        rng = random.Random(f"offers:{seed}")
        state = cls(seed=seed, offers={}, owners={}, approvals={}, documents={})
        start = RELEASED_UNTIL - dt.timedelta(days=365)
        for index in range(min(OFFER_COUNT, len(candidate_ids))):
            offer_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
            candidate_id, job_id = candidate_ids[index], rng.choice(job_ids)
            created = start + dt.timedelta(hours=index * 131)
            status = rng.choice(OFFER_STATUSES)
            state.offers[offer_id] = {
                "id": offer_id,
                "status": status,
                "createdOn": wire_datetime(created),
                "updatedOn": wire_datetime(created + dt.timedelta(hours=rng.randrange(1, 300))),
                "properties": {
                    "baseSalary": str(rng.randrange(50, 150) * 1000),
                    "currency": "USD",
                    "startDate": (created + dt.timedelta(days=30)).date().isoformat(),
                },
                "actions": {
                    "candidate": {"url": f"{_API}/candidates/{candidate_id}", "method": "GET"},
                    "job": {"url": f"{_API}/jobs/{job_id}", "method": "GET"},
                    "details": {
                        "url": f"{_API}/candidates/{candidate_id}/jobs/{job_id}/offers/{offer_id}",
                        "method": "GET",
                    },
                },
            }
            state.owners[offer_id] = (candidate_id, job_id)
            if status != "CREATED":
                state.approvals[offer_id] = {
                    "id": f"offer-approval-{index}",
                    "status": "APPROVED" if status != "PENDING_APPROVAL" else "PENDING",
                    "createdOn": wire_datetime(created + dt.timedelta(hours=1)),
                    "approvers": [
                        {"id": "user-7", "firstName": "Ana", "lastName": "Kowalska"},
                    ],
                }
            state.documents[offer_id] = [
                {
                    "id": f"doc-{index}-{n}",
                    "name": name,
                    "contentType": "application/pdf",
                    "size": DOCUMENT_SIZE,
                    "createdOn": wire_datetime(created),
                }
                for n, name in enumerate(("offer-letter.pdf", "benefits.pdf")[: 1 + index % 2])
            ]
        return state

    def document_body(self, offer_id: str, document_id: str) -> bytes:
        """The bytes of one document (a made-up PDF), the same on every call."""
        rng = random.Random(f"document:{self.seed}:{offer_id}:{document_id}")
        head = b"%PDF-1.4\n"
        return head + rng.randbytes(DOCUMENT_SIZE - len(head))
