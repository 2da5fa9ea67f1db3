"""Files attached to a candidate or an application: upload, list, download, delete."""

from __future__ import annotations

import contextlib

from ..._download import Download
from ..._files import FileInput, Multipart, Upload
from ..._protocol.routes import candidates as routes
from ..._protocol.routes import check_path_value
from ...models.candidates import AttachmentType, CandidateAttachment, CandidateAttachments
from .._resource import Resource
from .._values import enum_value

__all__ = ["CandidateFiles"]


class CandidateFiles(Resource):
    """Attachments of a candidate and of their applications."""

    async def attachments(
        self, candidate_id: str, *, job_id: str | None = None
    ) -> CandidateAttachments:
        """List attachments.

        ``GET /candidates/{id}/jobs/{jobId}/attachments`` with ``job_id`` (that
        application's), otherwise ``GET /candidates/{id}/attachments``. Returns
        ``CandidateAttachments``. Raises ``NotFoundError`` for an unknown candidate or
        application.
        """
        if job_id is None:
            route = routes.ATTACHMENTS
            path: dict[str, object] = {"candidate_id": candidate_id}
        else:
            route = routes.APPLICATION_ATTACHMENTS
            path = {"candidate_id": candidate_id, "job_id": job_id}
        return await self._client._call(route, path=path)

    async def add_attachment(
        self,
        candidate_id: str,
        file: FileInput | Upload,
        *,
        attachment_type: AttachmentType | str = AttachmentType.GENERIC_FILE,
        job_id: str | None = None,
    ) -> CandidateAttachment:
        """Upload a file (multipart).

        ``POST /candidates/{id}/jobs/{jobId}/attachments`` with ``job_id``, otherwise
        ``POST /candidates/{id}/attachments``. ``file`` is a path, bytes, an async iterable of
        byte chunks, or an ``Upload`` (to name the file or its content type); a stream is sent
        once and never replayed. Returns the new ``CandidateAttachment``. Raises
        ``ValueError``/``TypeError`` for an unusable file or type before any request and
        ``NotFoundError`` for an unknown candidate or application.
        """
        kind = enum_value(attachment_type, AttachmentType, "attachment_type")
        body = Multipart(fields=(("attachmentType", kind.value), ("file", Upload.of(file))))
        if job_id is None:
            route = routes.ADD_ATTACHMENT
            path: dict[str, object] = {"candidate_id": candidate_id}
        else:
            route = routes.ADD_APPLICATION_ATTACHMENT
            path = {"candidate_id": candidate_id, "job_id": job_id}
        return await self._client._call(route, path=path, body=body)

    def download_attachment(
        self, attachment_id: str, *, candidate_id: str | None = None
    ) -> contextlib.AbstractAsyncContextManager[Download]:
        """Stream an attachment's content; use as ``async with ... as download:``.

        ``GET /candidates/{id}/attachments/{attachmentId}`` with ``candidate_id``, otherwise
        ``GET /candidates/attachments/{attachmentId}``. The ``Download`` yields chunks
        (``async for chunk in download``) or writes a file (``await download.save(path)``); the body
        is never held whole in memory. Returns an async context manager that gives the ``Download``.
        Raises ``ValueError`` for an empty id before any request and ``NotFoundError`` on entering
        for an unknown attachment.
        """
        # Checked now: the request itself only starts when the context is entered.
        check_path_value("attachment_id", attachment_id)
        if candidate_id is None:
            return self._client._download(
                routes.DOWNLOAD_ATTACHMENT_BY_ID, path={"attachment_id": attachment_id}
            )
        check_path_value("candidate_id", candidate_id)
        return self._client._download(
            routes.DOWNLOAD_ATTACHMENT,
            path={"candidate_id": candidate_id, "attachment_id": attachment_id},
        )

    async def delete_attachment(self, attachment_id: str) -> None:
        """Delete an attachment: ``DELETE /candidates/attachments/{attachmentId}``.

        Returns nothing. Raises ``NotFoundError`` for an unknown attachment.
        """
        await self._client._call(routes.DELETE_ATTACHMENT, path={"attachment_id": attachment_id})
