"""Interview templates API models (``interview-templates.json``), both generations.

No official schema of this API is public. The field names here are the ones public sources
name (``remaining-apis.md`` §7): templates of the current generation carry ``slotSetup`` and
``templateType``, deprecated ones ``durationInMinutes``, ``format`` and ``location``; their
other fields, and every field of job-level templates, blueprints and schedule preferences, are
kept in ``extra_fields`` as sent (and written back), never guessed.
"""

from __future__ import annotations

import enum
from typing import Any

from ._base import ExtraFields, extra_fields, model

__all__ = [
    "HiringStage",
    "HiringStateBlueprints",
    "InterviewTemplate",
    "JobInterviewTemplate",
    "JobTemplateStages",
    "LegacyInterviewTemplate",
    "ManagedSteps",
    "SchedulePreferences",
]


class HiringStage(enum.Enum):
    """The hiring stages a template can be bound to."""

    NEW = "NEW"
    IN_PROGRESS = "IN_PROGRESS"
    INTERVIEW = "INTERVIEW"
    OFFER = "OFFER"


@model
class InterviewTemplate:
    """A company interview template (``/templates``): body of create/update, answer of reads."""

    slot_setup: Any = None
    template_type: Any = None
    extra_fields: ExtraFields = extra_fields()


@model
class LegacyInterviewTemplate:
    """A company interview template of the deprecated ``/interview/templates`` generation."""

    duration_in_minutes: int | None = None
    format: Any = None
    location: Any = None
    extra_fields: ExtraFields = extra_fields()


@model
class JobInterviewTemplate:
    """A template bound to a job's hiring stage and step (both generations). Its fields are
    not published (``extra_fields``)."""

    extra_fields: ExtraFields = extra_fields()


@model
class JobTemplateStages:
    """A job's templates by hiring stage: ``{stages: [...]}``, each stage kept as sent."""

    stages: list[Any] | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class HiringStateBlueprints:
    """The answer to ``search_for_applications``: one blueprint per hiring state the
    applications reached, each kept as sent."""

    hiring_state_blueprints: list[Any] | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class ManagedSteps:
    """Which stages and steps of a job require a template: ``{states: [...]}``, each state kept
    as sent. The body of ``update_managed_steps`` too."""

    states: list[Any] | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class SchedulePreferences:
    """A user's schedule preferences (read-only). Its fields are not published
    (``extra_fields``)."""

    extra_fields: ExtraFields = extra_fields()
