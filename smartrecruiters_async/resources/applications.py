"""Application API (``apply-api.json``) and candidate-status API (``candidate-status-api.json``)."""

from __future__ import annotations

from .._protocol.routes import applications as routes
from ..models.applications import (
    ApplicationStatusInfo,
    ApplyConfiguration,
    ApplyRequest,
    ApplyResponse,
)
from ._resource import Resource
from ._values import filled, instance_of, language_header

__all__ = ["Applications"]


class Applications(Resource):
    """``client.applications``: apply to a posting as a candidate, and follow the application.

    Errors of the Application API come in its own shape (``{id, code, message}``); the
    exceptions carry it in ``error.code`` and ``error.message`` like any other.
    """

    async def apply(self, posting_uuid: str, application: ApplyRequest) -> ApplyResponse:
        """Apply to a posting: ``POST /postings/{uuid}/candidates``.

        ``posting_uuid`` is the posting's ``uuid`` (Posting API). Returns the
        ``ApplyResponse`` with the new candidate's id. Raises ``TypeError``/``ValueError`` for
        a missing name or email before any request, ``NotFoundError`` for an unknown posting,
        ``BadRequestError`` when the API refuses the application (e.g. an answer to an
        unknown question).
        """
        instance_of(application, ApplyRequest, "application")
        filled(application, "application", "first_name", "last_name", "email")
        return await self._client._call(
            routes.APPLY, path={"posting_uuid": posting_uuid}, body=application
        )

    async def configuration(
        self,
        posting_uuid: str,
        *,
        accept_language: str | None = None,
        conditionals_included: bool | None = None,
    ) -> ApplyConfiguration:
        """A posting's application form: ``GET /postings/{uuid}/configuration``.

        ``accept_language`` (``Accept-Language``) picks the language of the labels;
        ``conditionals_included`` (beta) adds conditional questions. Returns the
        ``ApplyConfiguration`` (screening questions, privacy policies). Raises
        ``NotFoundError`` for an unknown posting.
        """
        return await self._client._call(
            routes.CONFIGURATION,
            path={"posting_uuid": posting_uuid},
            query={"conditionals_included": conditionals_included},
            headers=language_header(accept_language),
        )

    async def status(self, posting_uuid: str, candidate_id: str) -> ApplicationStatusInfo:
        """Where a candidate's application to a posting stands.

        ``GET /postings/{uuid}/candidates/{candidateId}/status``. Returns
        ``ApplicationStatusInfo``. Raises ``NotFoundError`` when that candidate has not
        applied to that posting.
        """
        return await self._client._call(
            routes.STATUS, path={"posting_uuid": posting_uuid, "candidate_id": candidate_id}
        )

    async def status_by_id(self, application_uuid: str) -> ApplicationStatusInfo:
        """Where an application stands, by the application's id.

        ``GET /candidate-status-api/status/{applicationUuid}``; the application's id comes with
        the application webhooks (``application_id``). Returns ``ApplicationStatusInfo``.
        Raises ``NotFoundError`` for an unknown application.
        """
        return await self._client._call(
            routes.STATUS_BY_ID, path={"application_uuid": application_uuid}
        )
