"""Reporting API: ``reporting-api.json`` (prefix ``/reporting-api/v201804``).

Report files are generated on demand (``generateAdHocReport``) and read as CSV; the two data
routes are idempotent, so a download cut mid-way can be read again from the start.
"""

from __future__ import annotations

from ...models.reporting import Report, ReportFile
from ._route import Body, Paging, RouteGroup, param

_GROUP = RouteGroup("reporting", spec="reporting-api.json")
_PREFIX = "/reporting-api/v201804"
_REPORT = f"{_PREFIX}/reports/{{report_id}}"
_FILE = f"{_PREFIX}/files/{{report_file_id}}"
# ``page`` is the token a previous page answered as ``nextPage``; the paginator sends later ones.
_PAGED = (param("limit", int), param("page"))

LIST = _GROUP.route(
    "GET",
    "getReports",
    f"{_PREFIX}/reports",
    returns=Report,
    paging=Paging.PAGE,
    query=_PAGED,
    item_key="reportId",
)
GET = _GROUP.route("GET", "getReport", _REPORT, returns=Report)
FILES = _GROUP.route(
    "GET",
    "getReportFiles",
    f"{_REPORT}/files",
    returns=ReportFile,
    paging=Paging.PAGE,
    query=_PAGED,
    item_key="reportFileId",
)
# The body is an empty JSON object: the report's own definition says what the file holds.
GENERATE = _GROUP.route(
    "POST", "generateAdHocReport", f"{_REPORT}/files", returns=ReportFile, request_body=Body.JSON
)
RECENT_FILE = _GROUP.route(
    "GET", "getMostRecentReportFile", f"{_REPORT}/files/recent", returns=ReportFile
)
DOWNLOAD_RECENT = _GROUP.route(
    "GET", "downloadMostRecentReportFile", f"{_REPORT}/files/recent/data", response_body=Body.CSV
)
GET_FILE = _GROUP.route("GET", "getReportFile", _FILE, returns=ReportFile)
DOWNLOAD_FILE = _GROUP.route("GET", "downloadReportFile", f"{_FILE}/data", response_body=Body.CSV)

ROUTES = _GROUP.routes
