"""Data-privacy consent: status, decisions and requests."""

from __future__ import annotations

from collections.abc import Iterable

from ..._protocol.routes import candidates as routes
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
        return await self._client._call(routes.CONSENT_STATUS, path={"candidate_id": candidate_id})

    async def consent_decisions(self, candidate_id: str) -> CandidateConsentDecisions:
        """The candidate's decision per consent scope: ``GET /candidates/{id}/consents``.

        Returns the ``CandidateConsentDecisions``. Raises ``NotFoundError`` for an unknown
        candidate.
        """
        return await self._client._call(
            routes.CONSENT_DECISIONS, path={"candidate_id": candidate_id}
        )

    async def request_consents(self, candidate_ids: Iterable[str]) -> ConsentRequestsResults:
        """Ask candidates for consent: ``POST /candidates/consent-requests``.

        Sends one request per candidate (at most 100 at once). Returns one result per
        candidate, in order: ``status`` 202 (scheduled) or 403 (unavailable, e.g. an unknown
        id).
        Raises ``ValueError`` for no, too many or empty ids before any request.
        """
        ids = id_list(candidate_ids, "candidate_ids", most=MAX_CONSENT_REQUESTS)
        return await self._client._call(
            routes.REQUEST_CONSENTS, body=[ConsentRequest(id=i) for i in ids]
        )
