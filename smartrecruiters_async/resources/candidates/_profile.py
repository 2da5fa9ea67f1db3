"""Listing, creating, reading, updating and deleting candidates, CV parsing included."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from ..._files import FileInput, Multipart, Upload
from ..._paginator import AsyncPaginator
from ..._protocol.paging import check_limit
from ..._protocol.routes import candidates as routes
from ..._protocol.routes import check_path_value
from ...models.candidates import (
    Candidate,
    CandidateDetails,
    CandidateInput,
    CandidateStatus,
    ConsentStatus,
    OnboardingState,
    ParsedResume,
    PersonalDetails,
)
from .._resource import Resource
from .._values import aware, enum_list, filled, instance_of, optional_enum, string_list

__all__ = ["CandidateProfiles"]


def _resume_form(
    file: FileInput | Upload,
    *,
    source_type_id: str | None = None,
    source_sub_type_id: str | None = None,
    source_id: str | None = None,
    internal: bool | None = None,
) -> Multipart:
    fields: list[tuple[str, str | Upload]] = [("file", Upload.of(file))]
    for name, value in (
        ("sourceTypeId", source_type_id),
        ("sourceSubTypeId", source_sub_type_id),
        ("sourceId", source_id),
    ):
        if value is not None:
            fields.append((name, check_path_value(name, value)))
    if internal is not None:
        fields.append(("internal", "true" if internal else "false"))
    return Multipart(fields=tuple(fields))


def _check_input(candidate: object) -> CandidateInput:
    checked = instance_of(candidate, CandidateInput, "candidate")
    return filled(checked, "candidate", "first_name", "last_name", "email")


class CandidateProfiles(Resource):
    """The candidate itself: list, create (also from a CV), get, update, delete."""

    def list(
        self,
        *,
        q: str | None = None,
        limit: int = 100,
        page_id: str | None = None,
        job_ids: str | Sequence[str] | None = None,
        locations: str | Sequence[str] | None = None,
        average_ratings: float | Sequence[float] | None = None,
        statuses: CandidateStatus | str | Sequence[CandidateStatus | str] | None = None,
        sub_status: str | None = None,
        consent_statuses: ConsentStatus | str | Sequence[ConsentStatus | str] | None = None,
        tags: str | Sequence[str] | None = None,
        updated_after: dt.datetime | None = None,
        onboarding_status: OnboardingState | str | None = None,
        property_ids: str | Sequence[str] | None = None,
        property_value_ids: str | Sequence[str] | None = None,
        source_types: str | Sequence[str] | None = None,
        source_sub_types: str | Sequence[str] | None = None,
        source_value_ids: str | Sequence[str] | None = None,
        question_categories: str | Sequence[str] | None = None,
        question_field_ids: str | Sequence[str] | None = None,
        question_field_value_ids: str | Sequence[str] | None = None,
        max_items: int | None = None,
    ) -> AsyncPaginator[Candidate]:
        """Search candidates: ``GET /candidates``.

        Returns an ``AsyncPaginator``: ``await`` it for the first page, ``async for`` it for
        every candidate (the next page is fetched while you work on the current one; the API
        allows one such request in flight per credential). ``limit`` is the page size (1–100);
        ``page_id`` starts from a cursor a previous page returned. Sequence filters match any of
        their values. Raises ``ValueError``/``TypeError`` for bad arguments before any request,
        and the ``APIStatusError`` family when iterating.
        """
        ratings = None
        if average_ratings is not None:
            listed = (
                [average_ratings]
                if isinstance(average_ratings, int | float)
                else list(average_ratings)
            )
            if not all(isinstance(r, int | float) and 0 <= r <= 5 for r in listed):
                raise ValueError("average_ratings must be numbers from 0 to 5")
            ratings = listed
        query = {
            "q": q,
            "limit": check_limit(limit),
            "page_id": string_list(page_id, "page_id"),
            "job_ids": string_list(job_ids, "job_ids"),
            "locations": string_list(locations, "locations"),
            "average_ratings": ratings,
            "statuses": enum_list(statuses, CandidateStatus, "statuses"),
            "sub_status": sub_status,
            "consent_statuses": enum_list(consent_statuses, ConsentStatus, "consent_statuses"),
            "tags": string_list(tags, "tags"),
            "updated_after": aware(updated_after, "updated_after"),
            "onboarding_status": optional_enum(
                onboarding_status, OnboardingState, "onboarding_status"
            ),
            "property_ids": string_list(property_ids, "property_ids"),
            "property_value_ids": string_list(property_value_ids, "property_value_ids"),
            "source_types": string_list(source_types, "source_types"),
            "source_sub_types": string_list(source_sub_types, "source_sub_types"),
            "source_value_ids": string_list(source_value_ids, "source_value_ids"),
            "question_categories": string_list(question_categories, "question_categories"),
            "question_field_ids": string_list(question_field_ids, "question_field_ids"),
            "question_field_value_ids": string_list(
                question_field_value_ids, "question_field_value_ids"
            ),
        }
        return self._client._paginate(routes.LIST, query=query, max_items=max_items)

    async def create(self, candidate: CandidateInput) -> CandidateDetails:
        """Add a candidate to the talent pool: ``POST /candidates``.

        Returns the new ``CandidateDetails``. Raises ``ValueError``/``TypeError`` for a missing
        name or email before any request, ``BadRequestError`` when the API refuses the body.
        """
        return await self._client._call(routes.CREATE, body=_check_input(candidate))

    async def create_for_job(self, job_id: str, candidate: CandidateInput) -> CandidateDetails:
        """Add a candidate and apply them to a job: ``POST /jobs/{jobId}/candidates``.

        Returns the new ``CandidateDetails`` (its ``primary_assignment`` is the application).
        Raises ``ValueError``/``TypeError`` for bad input, ``NotFoundError`` for an unknown
        job, ``BadRequestError`` when the API refuses the body.
        """
        return await self._client._call(
            routes.CREATE_FOR_JOB, path={"job_id": job_id}, body=_check_input(candidate)
        )

    async def create_from_resume(
        self,
        file: FileInput | Upload,
        *,
        source_type_id: str | None = None,
        source_sub_type_id: str | None = None,
        source_id: str | None = None,
        internal: bool | None = None,
    ) -> CandidateDetails:
        """Create a candidate from a CV the API parses: ``POST /candidates/cv`` (multipart).

        ``file`` is a path, bytes, an async iterable of byte chunks, or an ``Upload`` (to name
        the file or its content type). Returns the new ``CandidateDetails``. Raises
        ``ValueError``/``TypeError`` for an unusable file before any request and
        ``BadRequestError`` when the API cannot read it.
        """
        return await self._client._call(
            routes.CREATE_FROM_RESUME,
            body=_resume_form(
                file,
                source_type_id=source_type_id,
                source_sub_type_id=source_sub_type_id,
                source_id=source_id,
                internal=internal,
            ),
        )

    async def create_from_resume_for_job(
        self,
        job_id: str,
        file: FileInput | Upload,
        *,
        source_type_id: str | None = None,
        source_sub_type_id: str | None = None,
        source_id: str | None = None,
        internal: bool | None = None,
    ) -> CandidateDetails:
        """Create a candidate from a CV and apply them to a job.

        ``POST /jobs/{jobId}/candidates/cv`` (multipart); ``file`` as in
        ``create_from_resume``. Returns the new ``CandidateDetails``. Raises
        ``ValueError``/``TypeError`` for bad input, ``NotFoundError`` for an unknown job and
        ``BadRequestError`` when the API cannot read the file.
        """
        return await self._client._call(
            routes.CREATE_FROM_RESUME_FOR_JOB,
            path={"job_id": job_id},
            body=_resume_form(
                file,
                source_type_id=source_type_id,
                source_sub_type_id=source_sub_type_id,
                source_id=source_id,
                internal=internal,
            ),
        )

    async def parse_resume(self, file: FileInput | Upload) -> ParsedResume:
        """Read a CV without storing anything: ``POST /candidates/cv/parse`` (multipart).

        Returns what the parser found as a ``ParsedResume``. Raises ``ValueError``/
        ``TypeError`` for an unusable file and ``BadRequestError`` when the API cannot read it.
        """
        return await self._client._call(routes.PARSE_RESUME, body=_resume_form(file))

    async def get(self, candidate_id: str) -> CandidateDetails:
        """One candidate in full: ``GET /candidates/{id}``.

        Returns ``CandidateDetails`` (fields this SDK does not declare are in
        ``extra_fields``). Raises ``NotFoundError`` when there is no such candidate.
        """
        return await self._client._call(routes.GET, path={"candidate_id": candidate_id})

    async def update(
        self, candidate_id: str, details: PersonalDetails | CandidateDetails
    ) -> CandidateDetails:
        """Replace a candidate's personal details: ``PATCH /candidates/{id}``.

        Pass a ``PersonalDetails`` or a (changed) ``CandidateDetails`` as read by ``get``:
        everything the server sent is written back, fields this SDK does not declare
        included, so a read-modify-write loses nothing. Returns the updated
        ``CandidateDetails``. Raises ``TypeError`` for another type, ``NotFoundError`` for an
        unknown candidate and ``BadRequestError`` when the API refuses a value.
        """
        if isinstance(details, CandidateDetails):
            details = details.personal_details()
        elif not isinstance(details, PersonalDetails):
            raise TypeError(
                f"details must be PersonalDetails or CandidateDetails, not {type(details).__name__}"
            )
        return await self._client._call(
            routes.UPDATE, path={"candidate_id": candidate_id}, body=details
        )

    async def delete(self, candidate_id: str) -> None:
        """Delete a candidate and everything about them: ``DELETE /candidates/{id}``.

        Returns nothing. Raises ``NotFoundError`` when there is no such candidate.
        """
        await self._client._call(routes.DELETE, path={"candidate_id": candidate_id})
