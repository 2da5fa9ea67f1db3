"""Hiring processes: the pipelines of statuses a job's candidates move through.

Schema ``HiringProcess`` (``id``, ``name``, ``active``, ``subStatuses``) and
``HiringProcessSubStatuses`` (the sub-status names of ``IN_REVIEW``, ``INTERVIEW`` and
``OFFERED``, each a list of strings), in both the 2017 and the 2024 schema.
"""

from __future__ import annotations

import attrs

from .._base import ExtraFields, extra_fields, model

__all__ = ["HiringProcess", "HiringProcessSubStatuses", "HiringProcesses"]


@model
class HiringProcessSubStatuses:
    """The sub-statuses a hiring process defines for the statuses that have them."""

    # The wire names are the statuses themselves, upper case.
    in_review: list[str] = attrs.field(factory=list, metadata={"wire": "IN_REVIEW"})
    interview: list[str] = attrs.field(factory=list, metadata={"wire": "INTERVIEW"})
    offered: list[str] = attrs.field(factory=list, metadata={"wire": "OFFERED"})
    extra_fields: ExtraFields = extra_fields()


@model
class HiringProcess:
    """A hiring process: ``client.configuration.hiring_processes.list`` and ``get``."""

    id: str | None = None
    name: str | None = None
    active: bool | None = None
    sub_statuses: HiringProcessSubStatuses | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class HiringProcesses:
    """``GET /configuration/hiring-processes``: every hiring process, no paging."""

    total_found: int | None = None
    content: list[HiringProcess] = attrs.field(factory=list)
    extra_fields: ExtraFields = extra_fields()
