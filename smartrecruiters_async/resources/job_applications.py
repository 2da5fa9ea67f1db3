"""Job Applications API: ``job-applications-api.json`` (``/job-applications-api/v202112``)."""

from __future__ import annotations

from .._protocol.routes import job_applications as routes
from ..models.candidates import CandidateConsentDecisions
from ..models.job_applications import JobApplication
from ._resource import Resource

__all__ = ["JobApplications"]


class JobApplications(Resource):
    """``client.job_applications``: applications by their own id.

    The id comes with the application webhooks (``application_id``); the Candidate API
    addresses the same application by candidate and job id.
    """

    async def get(self, job_application_id: str) -> JobApplication:
        """One application: ``GET /job-applications-api/v202112/job-applications/{id}``.

        Returns the ``JobApplication``. Raises ``NotFoundError`` for an unknown id.
        """
        return await self._client._call(routes.GET, path={"job_application_id": job_application_id})

    async def delete(self, job_application_id: str) -> None:
        """Delete an application: ``DELETE /job-applications-api/v202112/job-applications/{id}``.

        The candidate stays; only this application goes. Returns nothing. Raises ``NotFoundError``
        for an unknown id.
        """
        await self._client._call(routes.DELETE, path={"job_application_id": job_application_id})

    async def request_consent(self, job_application_id: str) -> None:
        """Ask the candidate for consent for this application.

        ``POST /job-applications-api/v202112/job-applications/{id}/consent-request``. The request is
        scheduled; ``consents`` then shows it pending. Returns nothing. Raises ``NotFoundError`` for
        an unknown id.
        """
        await self._client._call(
            routes.REQUEST_CONSENT, path={"job_application_id": job_application_id}
        )

    async def consents(self, job_application_id: str) -> CandidateConsentDecisions:
        """The consent decisions of this application.

        ``GET /job-applications-api/v202112/job-applications/{id}/consents``. Returns
        ``CandidateConsentDecisions``. Raises ``NotFoundError`` for an unknown id.
        """
        return await self._client._call(
            routes.CONSENT_DECISIONS, path={"job_application_id": job_application_id}
        )
