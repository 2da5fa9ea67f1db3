"""Hiring processes: the pipeline of statuses a job's candidates move through."""

from __future__ import annotations

import attrs

from .._base import ExtraFields, extra_fields, model
from ..common import IdLabel

__all__ = ["HiringProcess", "HiringProcessStep", "HiringProcesses"]


@model
class HiringProcessStep:
    """One status of a hiring process (``IN_REVIEW``, ``INTERVIEW``, ...) and its sub-statuses."""

    status: str | None = None
    label: str | None = None
    sub_statuses: list[IdLabel] | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class HiringProcess:
    """A hiring process. The list carries ``id`` and ``name``; ``get`` adds the ``steps``."""

    id: str
    name: str | None = None
    default: bool | None = None
    steps: list[HiringProcessStep] | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class HiringProcesses:
    """``GET /configuration/hiring-processes``: every hiring process, no paging."""

    total_found: int | None = None
    content: list[HiringProcess] = attrs.field(factory=list)
    extra_fields: ExtraFields = extra_fields()
