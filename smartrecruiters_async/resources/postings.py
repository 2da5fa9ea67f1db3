"""Posting API: the public career-site view of published jobs (no credential needed)."""

from __future__ import annotations

import builtins
import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from .._paginator import AsyncPaginator
from .._protocol.paging import check_limit, check_offset
from .._protocol.routes import postings as routes
from ..models.postings import Department, Destination, LocationType, Posting
from ._resource import Resource
from ._values import aware, enum_list, non_empty, optional_enum, string_list

__all__ = ["Postings"]


def _custom_field_params(custom_fields: Mapping[str, str | Sequence[str]] | None) -> dict[str, str]:
    """``custom_fields`` checked, each field's values comma-joined as the API takes them."""
    out: dict[str, str] = {}
    for field_id, values in (custom_fields or {}).items():
        non_empty(field_id, "each custom_fields key")
        listed = string_list(values, f"custom_fields[{field_id!r}]")
        if not listed:
            raise ValueError(f"custom_fields[{field_id!r}] must be a value id or a list of them")
        out[field_id] = ",".join(listed)
    return out


class Postings(Resource):
    """``client.postings``: list, read and group a company's published job ads."""

    def list(
        self,
        company_identifier: str,
        *,
        q: str | None = None,
        limit: int = 100,
        offset: int = 0,
        destination: Destination | str | None = None,
        location_type: LocationType | str | Sequence[LocationType | str] | None = None,
        country: str | None = None,
        region: str | None = None,
        city: str | None = None,
        department: str | None = None,
        job_ad_id: str | None = None,
        language: str | Sequence[str] | None = None,
        released_after: dt.datetime | None = None,
        custom_fields: Mapping[str, str | Sequence[str]] | None = None,
        max_items: int | None = None,
    ) -> AsyncPaginator[Posting]:
        """List published postings: ``GET /v1/companies/{companyIdentifier}/postings``.

        Returns an ``AsyncPaginator``: ``await`` it for the first page, ``async for`` it for
        every posting (pages after the first are fetched in parallel). ``limit`` is the page size
        (1–100); ``custom_fields`` maps a custom field id to one or more value ids. Items are
        summaries; ``get`` returns the full posting.

        Raises ``ValueError``/``TypeError`` for bad arguments before any request, and the
        ``APIStatusError`` family when iterating.
        """
        aware(released_after, "released_after")
        query: dict[str, Any] = {
            "q": q,
            "limit": check_limit(limit),
            "offset": check_offset(offset),
            "destination": optional_enum(destination, Destination, "destination"),
            "location_type": enum_list(location_type, LocationType, "location_type"),
            "country": country,
            "region": region,
            "city": city,
            "department": department,
            "job_ad_id": job_ad_id,
            "language": string_list(language, "language"),
            "released_after": released_after,
            "custom_fields": _custom_field_params(custom_fields),
        }
        return self._client._paginate(
            routes.LIST,
            path={"company_identifier": company_identifier},
            query=query,
            max_items=max_items,
        )

    async def get(
        self,
        company_identifier: str,
        posting_id: str,
        *,
        source_type_id: str | None = None,
        source_id: str | None = None,
    ) -> Posting:
        """One full posting: ``GET /v1/companies/{companyIdentifier}/postings/{postingId}``.

        ``source_type_id`` / ``source_id`` add tracking to ``apply_url``. Returns a ``Posting``
        with its job ad. Raises ``NotFoundError`` when the posting does not exist (or is not
        published any more).
        """
        return await self._client._call(
            routes.GET,
            path={"company_identifier": company_identifier, "posting_id": posting_id},
            query={"source_type_id": source_type_id, "source_id": source_id},
        )

    async def departments(self, company_identifier: str) -> builtins.list[Department]:
        """Departments that have postings.

        ``GET /v1/companies/{companyIdentifier}/departments``.

        Returns every department (this endpoint does not page). Raises the ``APIStatusError``
        family on failure.
        """
        result = await self._client._call(
            routes.DEPARTMENTS, path={"company_identifier": company_identifier}
        )
        return list(result.content)
