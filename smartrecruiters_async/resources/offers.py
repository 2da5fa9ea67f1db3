"""Offers API: ``offers-api.json`` — job offers made to candidates and their documents."""

from __future__ import annotations

import builtins
import contextlib
import datetime as dt
import os
from collections.abc import Iterable

from .._download import Download
from .._paginator import AsyncPaginator
from .._protocol.paging import check_limit, check_offset
from .._protocol.routes import offers as routes
from ..models.offers import Offer, OfferApproval, OfferDocument, OfferStatus
from ._resource import Resource
from ._values import aware, enum_list, non_empty

__all__ = ["Offers"]


class Offers(Resource):
    """``client.offers``: the Offers API (read-only)."""

    def list(
        self,
        *,
        status: OfferStatus | str | Iterable[OfferStatus | str] | None = None,
        created_after: dt.datetime | None = None,
        created_before: dt.datetime | None = None,
        age: str | None = None,
        limit: int = 100,
        offset: int = 0,
        max_items: int | None = None,
    ) -> AsyncPaginator[Offer]:
        """Every offer of the company: ``GET /offers``, offset-paged.

        Returns an ``AsyncPaginator``: ``await`` it for the first page, ``async for`` it for
        every offer (pages after the first are fetched in parallel, items stay in order).
        ``age`` is the API's word form (``"10 days"``, ``"7 hours"``); the dates must be
        timezone-aware; ``limit`` is the page size (1–100).

        Raises ``ValueError``/``TypeError`` for bad arguments before any request, and the
        ``APIStatusError`` family when iterating.
        """
        query = {
            "status": enum_list(status, OfferStatus, "status"),
            "created_after": aware(created_after, "created_after"),
            "created_before": aware(created_before, "created_before"),
            "age": None if age is None else non_empty(age, "age"),
            "limit": check_limit(limit),
            "offset": check_offset(offset),
        }
        return self._client._paginate(routes.FIND, query=query, max_items=max_items)

    async def for_application(self, candidate_id: str, job_id: str) -> builtins.list[Offer]:
        """Every offer made to a candidate for one job.

        ``GET /candidates/{id}/jobs/{jobId}/offers``. Returns a list of ``Offer``. Raises
        ``NotFoundError`` when the candidate or the application does not exist.
        """
        offers = await self._client._call(
            routes.FOR_APPLICATION, path={"candidate_id": candidate_id, "job_id": job_id}
        )
        return list(offers.content)

    async def get(self, candidate_id: str, job_id: str, offer_id: str) -> Offer:
        """One offer: ``GET /candidates/{id}/jobs/{jobId}/offers/{offerId}``.

        Returns the ``Offer``. Raises ``NotFoundError`` when it does not exist.
        """
        return await self._client._call(
            routes.GET, path={"candidate_id": candidate_id, "job_id": job_id, "offer_id": offer_id}
        )

    async def latest_approval(self, candidate_id: str, job_id: str, offer_id: str) -> OfferApproval:
        """The latest approval request of an offer.

        ``GET /candidates/{id}/jobs/{jobId}/offers/{offerId}/approvals/latest``. Returns the
        ``OfferApproval``. Raises ``NotFoundError`` when the offer does not exist or was never sent
        for approval.
        """
        return await self._client._call(
            routes.LATEST_APPROVAL,
            path={"candidate_id": candidate_id, "job_id": job_id, "offer_id": offer_id},
        )

    async def documents(self, offer_id: str) -> builtins.list[OfferDocument]:
        """The documents of an offer: ``GET /offers/{offerId}/documents``.

        Returns a list of ``OfferDocument``. Raises ``NotFoundError`` for an unknown offer.
        """
        documents = await self._client._call(routes.DOCUMENTS, path={"offer_id": offer_id})
        return list(documents.content)

    def download_document(
        self, offer_id: str, document_id: str
    ) -> contextlib.AbstractAsyncContextManager[Download]:
        """Stream one document: ``GET /offers/{offerId}/documents/{documentId}`` (2 requests/s).

        Use as ``async with client.offers.download_document(o, d) as download:``, then
        ``async for chunk in download`` or ``await download.save(path)``; the body is never held
        whole in memory. Returns an async context manager that gives the ``Download``. Raises
        ``ValueError`` for an empty id and ``NotFoundError`` for an unknown offer or document, both
        on entering the block.
        """
        return self._client._download(
            routes.DOCUMENT,
            path={"offer_id": offer_id, "document_id": document_id},
        )

    async def save_document(
        self, offer_id: str, document_id: str, path: str | os.PathLike[str]
    ) -> int:
        """Download one document to ``path`` (atomically) and return its size in bytes.

        ``GET /offers/{offerId}/documents/{documentId}``. Returns the number of bytes written.
        Raises ``NotFoundError`` for an unknown offer or document (``path`` is then not created).
        """
        async with self.download_document(offer_id, document_id) as download:
            return await download.save(path)
