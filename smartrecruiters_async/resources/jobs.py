"""Job API: ``jobs-api.json`` — jobs, their status, note, headcount and approval.

Hiring team, positions, job ads and publication are sub-resources (``client.jobs.positions``
and so on), in ``job_team.py`` and ``job_ads.py``.
"""

from __future__ import annotations

import builtins
import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING

from .._paginator import AsyncPaginator
from .._protocol.paging import check_limit
from .._protocol.routes import jobs as routes
from ..json_patch import JsonPatch
from ..models.jobs import (
    HeadcountPatchRequest,
    HeadcountUpdateAccepted,
    JobApproval,
    JobDetails,
    JobInput,
    JobNote,
    JobNoteInput,
    JobStatus,
    JobStatusHistoryEntry,
    JobStatusInput,
    JobStatusUpdate,
    JobSummary,
    PostingStatus,
    SalaryRange,
)
from ._resource import Resource
from ._values import (
    aware,
    enum_list,
    enum_value,
    instance_of,
    language_header,
    non_empty_patch,
    optional_enum,
    string_list,
)
from .job_ads import Ads, Publications
from .job_team import HiringTeam, Positions

if TYPE_CHECKING:
    from .._caller import Caller

__all__ = ["Jobs"]


class Jobs(Resource):
    """``client.jobs``: the Job API.

    Sub-resources: ``hiring_team``, ``positions``, ``ads`` (job ads and their postings) and
    ``publication`` (publishing the job as a whole).
    """

    def __init__(self, client: Caller) -> None:
        super().__init__(client)
        self.hiring_team = HiringTeam(self._client)
        self.positions = Positions(self._client)
        self.ads = Ads(self._client)
        self.publication = Publications(self._client)

    def list(
        self,
        *,
        q: str | None = None,
        limit: int = 100,
        statuses: JobStatus | str | Iterable[JobStatus | str] | None = None,
        posting_status: PostingStatus | str | None = None,
        department: str | Iterable[str] | None = None,
        city: str | Iterable[str] | None = None,
        hiring_team_member_id: str | Iterable[str] | None = None,
        updated_after: dt.datetime | None = None,
        last_activity_after: dt.datetime | None = None,
        language: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPaginator[JobSummary]:
        """List jobs: ``GET /jobs``, cursor-paged (``sort=job_id`` is sent for you).

        Returns an ``AsyncPaginator``: ``await`` it for the first page, ``async for`` it for
        every job (the next page is fetched while you work on the current one). ``limit`` is
        the page size (1–100); ``department`` takes department ids; ``updated_after`` and
        ``last_activity_after`` must be timezone-aware. Items are ``JobSummary``; ``get``
        returns the full job.

        Raises ``ValueError``/``TypeError`` for bad arguments before any request, and the
        ``APIStatusError`` family when iterating.
        """
        return self._client._paginate(
            routes.LIST,
            query={
                "q": q,
                "limit": check_limit(limit),
                # The cursor (pageId) only works with this sort; the default offset paging is
                # documented as slow and deprecated.
                "sort": "job_id",
                "statuses": [
                    _valid(s, "statuses") for s in enum_list(statuses, JobStatus, "statuses")
                ],
                "posting_status": optional_enum(posting_status, PostingStatus, "posting_status"),
                "department": string_list(department, "department"),
                "city": string_list(city, "city"),
                "hiring_team_member_id": string_list(
                    hiring_team_member_id, "hiring_team_member_id"
                ),
                "updated_after": aware(updated_after, "updated_after"),
                "last_activity_after": aware(last_activity_after, "last_activity_after"),
                "language": language,
            },
            max_items=max_items,
        )

    async def create(self, job: JobInput) -> JobDetails:
        """Create a job: ``POST /jobs``.

        Returns the new ``JobDetails`` (status ``CREATED``, not published). Raises
        ``TypeError``/``ValueError`` for a ``target_hiring_date`` that is not a timezone-aware
        datetime, ``BadRequestError`` when the server refuses the body (a required field or an
        unknown reference).
        """
        _check_job(job)
        return await self._client._call(routes.CREATE, body=job)

    async def get(self, job_id: str, *, language: str | None = None) -> JobDetails:
        """One job in full: ``GET /jobs/{jobId}``.

        ``language`` (a language code) is sent as ``Accept-Language`` for translated labels.
        Returns ``JobDetails``. Raises ``NotFoundError`` when there is no such job.
        """
        headers = language_header(language)
        return await self._client._call(routes.GET, path={"job_id": job_id}, headers=headers)

    async def update(self, job_id: str, job: JobInput) -> JobDetails:
        """Replace a job's fields: ``PUT /jobs/{jobId}``.

        Build ``job`` with ``JobDetails.to_input(...)`` to keep every field the server sent,
        unknown ones included. Returns the updated ``JobDetails``. Raises ``TypeError`` or
        ``ValueError`` as ``create`` does, ``NotFoundError`` or ``BadRequestError``.
        """
        _check_job(job)
        return await self._client._call(routes.UPDATE, path={"job_id": job_id}, body=job)

    async def patch(self, job_id: str, patch: JsonPatch) -> JobDetails:
        """Change some fields of a job: ``PATCH /jobs/{jobId}`` with a JSON Patch (RFC 6902).

        Build ``patch`` with ``JsonPatch`` methods or ``JsonPatch.diff(before, after)``; fields
        it does not touch, known to the SDK or not, stay as they are. Returns the updated
        ``JobDetails``. Raises ``ValueError`` for an empty patch, ``BadRequestError`` when the
        server refuses it (a read-only path, an invalid result) and ``ConflictError`` when a
        ``test`` operation fails.
        """
        non_empty_patch(patch)
        return await self._client._call(routes.PATCH, path={"job_id": job_id}, body=patch)

    async def update_status(self, job_id: str, status: JobStatus | str) -> JobStatusUpdate:
        """Move a job to ``status``: ``PUT /jobs/{jobId}/status``.

        Returns the ``JobStatusUpdate`` the server answers. Raises ``ValueError`` for an
        unknown status (or ``OTHER``) before any request, ``NotFoundError`` for an unknown job.
        """
        body = JobStatusInput(status=_valid(enum_value(status, JobStatus, "status"), "status"))
        return await self._client._call(routes.UPDATE_STATUS, path={"job_id": job_id}, body=body)

    async def status_history(self, job_id: str) -> builtins.list[JobStatusHistoryEntry]:
        """Every status change of a job, oldest first: ``GET /jobs/{jobId}/status/history``.

        Returns a list of ``JobStatusHistoryEntry``. Raises ``NotFoundError`` for an unknown job.
        """
        history = await self._client._call(routes.STATUS_HISTORY, path={"job_id": job_id})
        return list(history.content)

    async def note(self, job_id: str) -> JobNote:
        """A job's note: ``GET /jobs/{jobId}/note``.

        Returns the ``JobNote``. Raises ``NotFoundError`` for an unknown job.
        """
        return await self._client._call(routes.GET_NOTE, path={"job_id": job_id})

    async def update_note(self, job_id: str, content: str) -> JobNote:
        """Replace a job's note: ``PUT /jobs/{jobId}/note``.

        Returns the stored ``JobNote``. Raises ``TypeError`` if ``content`` is not a string,
        ``NotFoundError`` for an unknown job.
        """
        if not isinstance(content, str):
            raise TypeError("content must be a string")
        return await self._client._call(
            routes.UPDATE_NOTE, path={"job_id": job_id}, body=JobNoteInput(content=content)
        )

    async def update_headcount(
        self, job_id: str, salary_range: SalaryRange
    ) -> HeadcountUpdateAccepted:
        """Set the salary range of a job's headcount: ``PATCH /jobs/{jobId}/headcount``.

        The change is applied asynchronously; the answer says it was accepted. Returns the
        ``HeadcountUpdateAccepted``. Raises ``ValueError`` when ``min`` exceeds ``max``,
        ``BadRequestError`` when the server refuses the range, ``NotFoundError`` for an unknown job.
        """
        instance_of(salary_range, SalaryRange, "salary_range")
        if salary_range.min > salary_range.max:
            raise ValueError("salary_range.min must not exceed salary_range.max")
        return await self._client._call(
            routes.UPDATE_HEADCOUNT,
            path={"job_id": job_id},
            body=HeadcountPatchRequest(salary_range=salary_range),
        )

    async def latest_approval(self, job_id: str) -> JobApproval:
        """The latest approval request of a job: ``GET /jobs/{jobId}/approvals/latest``.

        Returns the ``JobApproval``. Raises ``NotFoundError`` when the job does not exist or was
        never sent for approval.
        """
        return await self._client._call(routes.LATEST_APPROVAL, path={"job_id": job_id})


def _check_job(job: JobInput) -> None:
    instance_of(job, JobInput, "job")
    # targetHiringDate is a date-time in the schema; a bare date would lose the time zone.
    when = job.target_hiring_date
    if when is not None and not isinstance(when, dt.datetime):
        raise TypeError(f"job.target_hiring_date must be a datetime, not {type(when).__name__}")
    aware(when, "job.target_hiring_date")


def _valid(status: JobStatus, name: str) -> JobStatus:
    # The schema's ValidJobStatus, which the status update and the filter take, lacks OTHER:
    # the API reports that status but accepts it nowhere.
    if status is JobStatus.OTHER:
        raise ValueError(f"{name} cannot be OTHER: the API only reports that status")
    return status
