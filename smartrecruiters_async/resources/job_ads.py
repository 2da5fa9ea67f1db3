"""Job API sub-resources: job ads and their postings (``client.jobs.ads``) and publishing a
job as a whole (``client.jobs.publication``)."""

from __future__ import annotations

import builtins

from .._protocol.routes import jobs as routes
from ..models.jobs import (
    JobAdContent,
    JobAdItem,
    JobAdPublicationScheduled,
    JobAdUnpublishScheduled,
    Publication,
    PublicationItem,
    PublicationVisibility,
)
from ._resource import Resource
from ._values import enum_value, instance_of

__all__ = ["Ads", "Publications"]


def _publication(publication: Publication | None) -> Publication:
    if publication is None:
        return Publication()
    instance_of(publication, Publication, "publication")
    if publication.visibility is not None:
        enum_value(publication.visibility, PublicationVisibility, "publication.visibility")
    return publication


class Ads(Resource):
    """``client.jobs.ads``: the job ads of a job (its advertised text, by language) and where
    each is posted."""

    async def list(self, job_id: str) -> builtins.list[JobAdItem]:
        """Every job ad of a job: ``GET /jobs/{jobId}/jobads``.

        Returns a list of ``JobAdItem``. Raises ``NotFoundError`` for an unknown job.
        """
        ads = await self._client._call(routes.LIST_ADS, path={"job_id": job_id})
        return list(ads.content)

    async def create(self, job_id: str, ad: JobAdContent) -> JobAdItem:
        """Add a job ad to a job: ``POST /jobs/{jobId}/jobads``.

        Returns the new ``JobAdItem`` (not posted yet). Raises ``BadRequestError`` when the
        server refuses the body, ``NotFoundError`` for an unknown job.
        """
        instance_of(ad, JobAdContent, "ad")
        return await self._client._call(routes.CREATE_AD, path={"job_id": job_id}, body=ad)

    async def get(self, job_id: str, job_ad_id: str) -> JobAdItem:
        """One job ad: ``GET /jobs/{jobId}/jobads/{jobAdId}``.

        Returns the ``JobAdItem``. Raises ``NotFoundError`` when the job or the job ad does not
        exist.
        """
        return await self._client._call(
            routes.GET_AD, path={"job_id": job_id, "job_ad_id": job_ad_id}
        )

    async def update(self, job_id: str, job_ad_id: str, ad: JobAdContent) -> JobAdItem:
        """Replace a job ad: ``PUT /jobs/{jobId}/jobads/{jobAdId}``.

        Returns the updated ``JobAdItem``. Raises ``BadRequestError`` or ``NotFoundError``.
        """
        instance_of(ad, JobAdContent, "ad")
        return await self._client._call(
            routes.UPDATE_AD, path={"job_id": job_id, "job_ad_id": job_ad_id}, body=ad
        )

    async def publish(
        self, job_id: str, job_ad_id: str, publication: Publication | None = None
    ) -> JobAdPublicationScheduled:
        """Post a job ad: ``POST /jobs/{jobId}/jobads/{jobAdId}/postings``.

        ``publication`` chooses visibility and aggregators (server defaults: public, with
        aggregators). Returns the ``JobAdPublicationScheduled`` answer. Raises ``ValueError``
        for an unknown visibility, ``NotFoundError`` for an unknown job or job ad.
        """
        return await self._client._call(
            routes.PUBLISH_AD,
            path={"job_id": job_id, "job_ad_id": job_ad_id},
            body=_publication(publication),
        )

    async def postings(
        self, job_id: str, job_ad_id: str, *, active_only: bool = True
    ) -> builtins.list[PublicationItem]:
        """Where a job ad is posted: ``GET /jobs/{jobId}/jobads/{jobAdId}/postings``.

        With ``active_only=False`` past postings are listed too. Returns a list of
        ``PublicationItem``. Raises ``NotFoundError`` for an unknown job or job ad.
        """
        listed = await self._client._call(
            routes.LIST_AD_POSTINGS,
            path={"job_id": job_id, "job_ad_id": job_ad_id},
            query={"active_only": bool(active_only)},
        )
        return list(listed.content)

    async def unpublish(self, job_id: str, job_ad_id: str) -> JobAdUnpublishScheduled:
        """Take a job ad off every board: ``DELETE /jobs/{jobId}/jobads/{jobAdId}/postings``.

        Returns the ``JobAdUnpublishScheduled`` answer. Raises ``NotFoundError`` for an unknown
        job or job ad.
        """
        return await self._client._call(
            routes.UNPUBLISH_AD, path={"job_id": job_id, "job_ad_id": job_ad_id}
        )


class Publications(Resource):
    """``client.jobs.publication``: publishing a job as a whole (2 requests/s at most, which
    the governor enforces)."""

    async def publish(self, job_id: str, publication: Publication | None = None) -> None:
        """Publish a job: ``POST /jobs/{jobId}/publication``.

        ``publication`` chooses visibility and aggregators. The API answers with no body (both
        schemas declare none): ``list`` shows where the job went. Returns nothing. Raises
        ``ValueError`` for an unknown visibility before any request, and the ``APIStatusError``
        family on failure.
        """
        await self._client._call(
            routes.PUBLISH, path={"job_id": job_id}, body=_publication(publication)
        )

    async def list(
        self, job_id: str, *, active_only: bool = True
    ) -> builtins.list[PublicationItem]:
        """Where a job is published: ``GET /jobs/{jobId}/publication``.

        With ``active_only=False`` past publications are listed too. Returns an empty list for
        a job that is not published. Raises the ``APIStatusError`` family on failure.
        """
        listed = await self._client._call(
            routes.LIST_PUBLICATIONS,
            path={"job_id": job_id},
            query={"active_only": bool(active_only)},
        )
        return list(listed.content)

    async def unpublish(self, job_id: str) -> None:
        """Unpublish a job everywhere: ``DELETE /jobs/{jobId}/publication``.

        Succeeds also when the job was not published. Returns nothing. Raises the ``APIStatusError``
        family on failure.
        """
        await self._client._call(routes.UNPUBLISH, path={"job_id": job_id})
