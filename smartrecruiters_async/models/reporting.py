"""Reporting API models: saved reports and the files (CSV runs) generated from them.

Neither schema file has the Reporting API (``reporting-api.json`` is not among the specs the 2024
and 2017 clients were generated from), so the wire names and value types here are those of the
official swagger examples (``tests/data/examples/davejcameron/reports/*.json``) and the field
list of ``ReportFile`` in the reference page the catalogue cites (api-catalogue.md 9.11, P13).
"""

from __future__ import annotations

import datetime as dt
import enum

import attrs

from ._base import ExtraFields, extra_fields, model, wire

__all__ = [
    "DataPointType",
    "Report",
    "ReportBooleanValue",
    "ReportColumn",
    "ReportDatePeriod",
    "ReportDateRange",
    "ReportFile",
    "ReportFileStatus",
    "ReportFilter",
    "ReportRowValues",
    "ReportSchedule",
    "ScheduleType",
]


class ReportFileStatus(enum.Enum):
    """Where a report file's generation stands (api-catalogue.md 9.11, P13 /reference/files)."""

    PENDING = "PENDING"
    RUNNING = "RUNNING"
    COMPLETED = "COMPLETED"
    FAILED = "FAILED"


class ScheduleType(enum.Enum):
    """Whether a report file was requested on demand or by the report's schedule (P13)."""

    AD_HOC = "AD_HOC"
    SCHEDULED = "SCHEDULED"


class DataPointType(enum.Enum):
    """The kind of value a report column holds.

    Only ``ID`` is seen in a source (the official examples); the other members are the SDK's
    earlier reading, kept so code using them does not break. Values not listed stay strings
    (with a ``SchemaDriftWarning``).
    """

    ID = "ID"
    STRING = "STRING"
    NUMBER = "NUMBER"
    DATE = "DATE"
    BOOLEAN = "BOOLEAN"


@model
class ReportColumn:
    """One column of a report (also the column a filter applies to): which data point of which
    entity it shows."""

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
    """A closed range of date-times (``from`` is ``from_`` in Python): the value of a date
    filter, or a schedule's activity period."""

    from_: dt.datetime | None = wire("from")
    to: dt.datetime | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class ReportDatePeriod:
    """The value of a relative date filter, e.g. the last 30 ``DAYS`` (``full_period``: whole
    units only)."""

    period: int | None = None
    unit: str | None = None
    full_period: bool | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class ReportRowValues:
    """The value of a filter on listed values: rows whose column holds one of ``values``, and
    also rows with no value when ``none_value`` is true."""

    none_value: bool | None = None
    values: list[str] = attrs.field(factory=list)
    extra_fields: ExtraFields = extra_fields()


@model
class ReportBooleanValue:
    """The value of a yes/no filter: ``{"value": true}``."""

    value: bool | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class ReportFilter:
    """A filter of a report on one column.

    The value is given by whichever of the optional value kinds the filter has (``date_range``,
    ``date_period``, ``row_values``, ``boolean_value``); the others are ``None``. An empty
    filter (``{}``) is valid and has every field ``None``.
    """

    column: ReportColumn | None = None
    date_range: ReportDateRange | None = None
    date_period: ReportDatePeriod | None = None
    row_values: ReportRowValues | None = None
    boolean_value: ReportBooleanValue | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class ReportSchedule:
    """When a report runs by itself: a ``frequency`` (``ANNUALLY`` in the examples) within an
    activity period."""

    frequency: str | None = None
    activity_period: ReportDateRange | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class Report:
    """A saved report: its columns, filters, owners and schedule.

    ``reports.get`` (``GET /reporting-api/v201804/reports/{reportId}``) and the items of
    ``reports.list``. ``report_id`` is required: every example has it, and it is how a report
    is addressed.
    """

    report_id: str
    name: str | None = None
    row_entity_type_id: str | None = None
    row_entity_instance_id: str | None = None
    columns: list[ReportColumn] = attrs.field(factory=list)
    filters: list[ReportFilter] = attrs.field(factory=list)
    creation_date: dt.datetime | None = None
    modification_date: dt.datetime | None = None
    creator_id: str | None = None
    modifier_id: str | None = None
    grantees: list[str] = attrs.field(factory=list)
    schedule: ReportSchedule | None = None
    report_template_id: str | None = None
    report_formats: list[str] = attrs.field(factory=list)
    extra_fields: ExtraFields = extra_fields()


@model
class ReportFile:
    """One generated run of a report; its data (CSV) is readable once ``COMPLETED``.

    ``reports.get_file`` (``GET /reporting-api/v201804/files/{reportFileId}``), ``recent_file``,
    ``generate`` and the items of ``reports.files``. ``report_file_id`` is required: every
    example has it, and ``generate`` polls the file by it.
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
    columns: list[ReportColumn] = attrs.field(factory=list)
    filters: list[ReportFilter] = attrs.field(factory=list)
    extra_fields: ExtraFields = extra_fields()

    @property
    def finished(self) -> bool:
        """True once generation is over, successfully or not."""
        return self.report_file_status in (ReportFileStatus.COMPLETED, ReportFileStatus.FAILED)
