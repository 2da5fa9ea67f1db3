"""Reporting API models: saved reports and the files (CSV runs) generated from them."""

from __future__ import annotations

import datetime as dt
import enum

from ._base import ExtraFields, extra_fields, model, wire

__all__ = [
    "DataPointType",
    "Report",
    "ReportColumn",
    "ReportDatePeriod",
    "ReportDateRange",
    "ReportFile",
    "ReportFileStatus",
    "ReportFilter",
    "ReportSchedule",
    "ScheduleType",
]


class ReportFileStatus(enum.Enum):
    """Where a report file's generation stands."""

    PENDING = "PENDING"
    RUNNING = "RUNNING"
    COMPLETED = "COMPLETED"
    FAILED = "FAILED"


class ScheduleType(enum.Enum):
    """Whether a report file was requested on demand or by the report's schedule."""

    AD_HOC = "AD_HOC"
    SCHEDULED = "SCHEDULED"


class DataPointType(enum.Enum):
    """The kind of value a report column holds (unknown kinds stay strings)."""

    ID = "ID"
    STRING = "STRING"
    NUMBER = "NUMBER"
    DATE = "DATE"
    BOOLEAN = "BOOLEAN"


@model
class ReportColumn:
    """One column of a report: which data point of which entity it shows."""

    entity_type_id: str | None = None
    entity_instance_id: str | None = None
    data_point_id: str | None = None
    data_point_instance_id: str | None = None
    data_point_instance_name: str | None = None
    data_point_name: str | None = None
    data_point_type: DataPointType | str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class ReportDateRange:
    """A closed range of dates (``from`` is ``from_`` in Python)."""

    from_: dt.datetime | None = wire("from")
    to: dt.datetime | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class ReportDatePeriod:
    """A relative period, e.g. the last 30 ``DAYS``."""

    period: int | None = None
    unit: str | None = None
    full_period: bool | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class ReportFilter:
    """A filter of a report on one column; the value fields present depend on its type."""

    column: ReportColumn | None = None
    date_range: ReportDateRange | None = None
    date_period: ReportDatePeriod | None = None
    row_values: dict[str, object] | None = None
    boolean_value: dict[str, object] | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class ReportSchedule:
    """When a report runs by itself."""

    frequency: str | None = None
    activity_period: ReportDateRange | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class Report:
    """A saved report: its columns, filters, owners and schedule.

    ``GET /reporting-api/v201804/reports/{reportId}``.
    """

    report_id: str
    name: str | None = None
    row_entity_type_id: str | None = None
    row_entity_instance_id: str | None = None
    columns: list[ReportColumn] | None = None
    filters: list[ReportFilter] | None = None
    creation_date: dt.datetime | None = None
    modification_date: dt.datetime | None = None
    creator_id: str | None = None
    modifier_id: str | None = None
    grantees: list[str] | None = None
    schedule: ReportSchedule | None = None
    report_template_id: str | None = None
    report_formats: list[str] | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class ReportFile:
    """One generated run of a report; its data (CSV) is readable once ``COMPLETED``.

    ``GET /reporting-api/v201804/files/{reportFileId}``.
    """

    report_file_id: str
    report_id: str | None = None
    report_file_status: ReportFileStatus | str | None = None
    schedule_type: ScheduleType | str | None = None
    scheduling_date: dt.datetime | None = None
    generation_date: dt.datetime | None = None
    requestor_id: str | None = None
    row_entity_type_id: str | None = None
    row_entity_instance_id: str | None = None
    columns: list[ReportColumn] | None = None
    filters: list[ReportFilter] | None = None
    extra_fields: ExtraFields = extra_fields()

    @property
    def finished(self) -> bool:
        """True once generation is over, successfully or not."""
        return self.report_file_status in (ReportFileStatus.COMPLETED, ReportFileStatus.FAILED)
