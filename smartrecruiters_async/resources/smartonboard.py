"""SmartOnboard API: ``smartonboard.json`` (read-only; ids come from ``onboarding.*`` webhooks)."""

from __future__ import annotations

import contextlib

from .._download import Download
from .._protocol.json_value import JsonValue
from .._protocol.routes import smartonboard as routes
from ..models.smartonboard import NewHire, OnboardingAssignment, OnboardingProcess
from ._resource import Resource
from ._values import instance_of

__all__ = ["SmartOnboard"]


class SmartOnboard(Resource):
    """``client.smartonboard``: new hires, onboarding processes, their assignments, form answers
    and attachments (``/smartonboard-api/v202205``). No public source gives the response
    fields: objects are ``Opaque`` models, lists and answers decoded JSON. Every method raises
    ``RouteError`` (a ``ValueError``) for an empty id before sending and ``NotFoundError`` for
    an unknown one."""

    async def new_hire(self, new_hire_id: str) -> NewHire:
        """One new hire: ``GET /new-hires/{newHireId}``. Returns a ``NewHire``. Raises
        ``NotFoundError`` for an unknown id."""
        return await self._client._call(routes.NEW_HIRE, path={"new_hire_id": new_hire_id})

    async def process(self, onboarding_process_id: str) -> OnboardingProcess:
        """One onboarding process: ``GET /onboarding-processes/{id}``. Returns an
        ``OnboardingProcess``. Raises ``NotFoundError`` for an unknown id."""
        return await self._client._call(routes.PROCESS, path=_process(onboarding_process_id))

    async def assignments(
        self, onboarding_process_id: str, *, integration_relevant: bool | None = None
    ) -> JsonValue:
        """A process's assignments: ``GET /onboarding-processes/{id}/assignments``;
        ``integration_relevant=True`` keeps those with an integration key. Raises ``TypeError``
        for a non-bool flag. Returns decoded JSON."""
        if integration_relevant is not None:
            instance_of(integration_relevant, bool, "integration_relevant")
        return await self._client._call(
            routes.ASSIGNMENTS,
            path=_process(onboarding_process_id),
            query={"integration_relevant": integration_relevant},
        )

    async def assignment(
        self, onboarding_process_id: str, assignment_id: str
    ) -> OnboardingAssignment:
        """One assignment: ``GET /onboarding-processes/{id}/assignments/{assignmentId}``.
        Returns an ``OnboardingAssignment``. Raises ``NotFoundError`` for an unknown id."""
        path = {**_process(onboarding_process_id), "assignment_id": assignment_id}
        return await self._client._call(routes.ASSIGNMENT, path=path)

    async def form_answers(self, web_form_assignment_id: str) -> JsonValue:
        """Answers of a web form: ``GET /web-form-assignments/{id}/form-answers``. Returns decoded
        JSON.
        Raises ``NotFoundError`` for an unknown id."""
        path = {"web_form_assignment_id": web_form_assignment_id}
        return await self._client._call(routes.FORM_ANSWERS, path=path)

    async def form_fields(self, web_form_assignment_id: str) -> JsonValue:
        """A web form's fields: ``GET /web-form-assignments/{id}/fields-metadata``. Returns decoded
        JSON.
        Raises ``NotFoundError`` for an unknown id."""
        path = {"web_form_assignment_id": web_form_assignment_id}
        return await self._client._call(routes.FIELDS_METADATA, path=path)

    async def pdf_form_answers(self, fillable_pdf_form_assignment_id: str) -> JsonValue:
        """Answers of a fillable PDF form:
        ``GET /fillable-pdf-form-assignments/{id}/form-answers``. Returns decoded JSON.
        Raises ``NotFoundError`` for an unknown id."""
        path = {"fillable_pdf_form_assignment_id": fillable_pdf_form_assignment_id}
        return await self._client._call(routes.PDF_FORM_ANSWERS, path=path)

    async def attachments(self, activity_assignment_id: str) -> JsonValue:
        """Attachments: ``GET /activity-assignments/{id}/attachments``. Returns decoded JSON.
        Raises ``NotFoundError`` for an unknown id."""
        path = {"activity_assignment_id": activity_assignment_id}
        return await self._client._call(routes.ATTACHMENTS, path=path)

    def download_attachment(
        self, activity_assignment_id: str, attachment_id: str
    ) -> contextlib.AbstractAsyncContextManager[Download]:
        """Stream one attachment: ``GET /activity-assignments/{id}/attachments/{attachmentId}``.

        Whether the API answers the file or JSON about it is not published, so the body is
        streamed as sent (``download.content_type`` tells which). Use as ``async with ... as
        download:``. Returns an async context manager giving the ``Download``. Raises
        ``NotFoundError`` (and the rest of the ``APIStatusError`` family) on entering the block.
        """
        path = {"activity_assignment_id": activity_assignment_id, "attachment_id": attachment_id}
        return self._client._download(routes.ATTACHMENT, path=path)


def _process(onboarding_process_id: str) -> dict[str, object]:
    return {"onboarding_process_id": onboarding_process_id}
