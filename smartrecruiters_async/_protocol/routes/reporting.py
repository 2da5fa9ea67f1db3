"""Reporting API: ``reporting-api.json`` (prefix ``/reporting-api/v201804``).

Report files are generated on demand (``generateAdHocReport``) and read as CSV; the two data
routes are idempotent, so a download cut mid-way can be read again from the start.
"""

from __future__ import annotations

from ...models.reporting import Report, ReportFile
from ._route import Body, Paging, Route

_SPEC = "reporting-api.json"
_PREFIX = "/reporting-api/v201804"

ROUTES = (
    Route(
        operation_id="getReports",
        method="GET",
        path=f"{_PREFIX}/reports",
        group="reporting",
        paging=Paging.PAGE,
        response_model=Report,
        source_spec=_SPEC,
        item_key="reportId",
    ),
    Route(
        operation_id="getReport",
        method="GET",
        path=f"{_PREFIX}/reports/{{report_id}}",
        group="reporting",
        response_model=Report,
        source_spec=_SPEC,
    ),
    Route(
        operation_id="getReportFiles",
        method="GET",
        path=f"{_PREFIX}/reports/{{report_id}}/files",
        group="reporting",
        paging=Paging.PAGE,
        response_model=ReportFile,
        source_spec=_SPEC,
        item_key="reportFileId",
    ),
    Route(
        operation_id="generateAdHocReport",
        method="POST",
        path=f"{_PREFIX}/reports/{{report_id}}/files",
        group="reporting",
        request_body=Body.JSON,
        response_model=ReportFile,
        source_spec=_SPEC,
    ),
    Route(
        operation_id="getMostRecentReportFile",
        method="GET",
        path=f"{_PREFIX}/reports/{{report_id}}/files/recent",
        group="reporting",
        response_model=ReportFile,
        source_spec=_SPEC,
    ),
    Route(
        operation_id="downloadMostRecentReportFile",
        method="GET",
        path=f"{_PREFIX}/reports/{{report_id}}/files/recent/data",
        group="reporting",
        response_body=Body.CSV,
        source_spec=_SPEC,
    ),
    Route(
        operation_id="getReportFile",
        method="GET",
        path=f"{_PREFIX}/files/{{report_file_id}}",
        group="reporting",
        response_model=ReportFile,
        source_spec=_SPEC,
    ),
    Route(
        operation_id="downloadReportFile",
        method="GET",
        path=f"{_PREFIX}/files/{{report_file_id}}/data",
        group="reporting",
        response_body=Body.CSV,
        source_spec=_SPEC,
    ),
)
