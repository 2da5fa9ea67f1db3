"""Data-privacy consent: status, decisions and requests."""

from __future__ import annotations

from collections.abc import Iterable

from ..._protocol.routes import ROUTES
from ...models.candidates import (
    CandidateConsentDecisions,
    CandidateConsentStatus,
    ConsentRequest,
    ConsentRequestsResults,
)
from .._resource import Resource
from .._values import id_list

__all__ = ["CandidateConsents"]

MAX_CONSENT_REQUESTS = 100


class CandidateConsents(Resource):
    """Consent of candidates to the processing of their data."""

    async def consent_status(self, candidate_id: str) -> CandidateConsentStatus:
        """Whether consent is required, pending or acquired: ``GET /candidates/{id}/consent``.

        Returns the ``CandidateConsentStatus``. Raises ``NotFoundError`` for an unknown candidate.
        """
        found: CandidateConsentStatus = await self._client._call(
            ROUTES["candidates.consent.status"],
            CandidateConsentStatus,
            path={"candidate_id": candidate_id},
        )
        return found

    async def consent_decisions(self, candidate_id: str) -> CandidateConsentDecisions:
        """The candidate's decision per consent scope: ``GET /candidates/{id}/consents``.

        Returns the ``CandidateConsentDecisions``. Raises ``NotFoundError`` for an unknown
        candidate.
        """
        found: CandidateConsentDecisions = await self._client._call(
            ROUTES["candidates.consent.decisions"],
            CandidateConsentDecisions,
            path={"candidate_id": candidate_id},
        )
        return found

    async def request_consents(self, candidate_ids: Iterable[str]) -> ConsentRequestsResults:
        """Ask candidates for consent: ``POST /candidates/consent-requests``.

        Sends one request per candidate (at most 100 at once). Returns one result per
        candidate, in order: ``status`` 202 (scheduled) or 403 (unavailable, e.g. an unknown
        id).
        Raises ``ValueError`` for no, too many or empty ids before any request.
        """
        ids = id_list(candidate_ids, "candidate_ids", most=MAX_CONSENT_REQUESTS)
        results: ConsentRequestsResults = await self._client._call(
            ROUTES["candidates.consent.request.batch"],
            ConsentRequestsResults,
            body=[ConsentRequest(id=i) for i in ids],
        )
        return results
