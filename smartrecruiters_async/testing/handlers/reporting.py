"""Fake-server handlers of the Reporting API (state in ``testing.reporting_data``).

Lists page with ``page`` (a page number, default 1) and ``limit`` (1..100, default 10) and
answer ``{nextPage, content}``, ``nextPage`` absent on the last page. File data is CSV sent with
chunked transfer encoding, gzip-compressed when accepted; a file that is not ``COMPLETED``
has no data (409). ``…/files/recent`` is the most recent ``COMPLETED`` file.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from aiohttp import web

from ..._protocol.routes import Route
from ..._protocol.routes import reporting as routes
from ..replies import Handler, Reply
from ..reporting_data import ReportingState, reporting_state
from ..state import ServerData
from . import params

__all__ = ["HANDLERS"]


def _page(request: web.Request, route: Route[Any], items: Sequence[Any]) -> Reply:
    try:
        # Refuses a name the route does not declare; limit and page keep the API's bounds.
        params.declared(request.query, route)
        limit = params.integer(request.query, "limit", 10, low=1, high=100)
        page = params.integer(request.query, "page", 1, low=1)
    except params.InvalidParameter as error:
        return Reply.error(400, "INVALID_PARAMETER", str(error))
    start = (page - 1) * limit
    body: dict[str, Any] = {"content": list(items[start : start + limit])}
    if start + limit < len(items):
        body["nextPage"] = str(page + 1)
    return Reply.json(body)


def _missing(what: str, ident: str) -> Reply:
    return Reply.error(404, "NOT_FOUND", f"{what} {ident} not found")


def _state(data: ServerData) -> ReportingState:
    return reporting_state(data)


async def get_reports(request: web.Request, data: ServerData) -> Reply:
    """``GET /reports``: one page of reports."""
    return _page(request, routes.LIST, _state(data).reports)


async def get_report(request: web.Request, data: ServerData) -> Reply:
    """``GET /reports/{reportId}``."""
    report_id = request.match_info["report_id"]
    report = _state(data).report(report_id)
    return Reply.json(report) if report is not None else _missing("report", report_id)


async def get_report_files(request: web.Request, data: ServerData) -> Reply:
    """``GET /reports/{reportId}/files``: one page of the report's files, newest first.

    Reading a file's status here advances its generation, as reading it alone does.
    """
    state = _state(data)
    report_id = request.match_info["report_id"]
    if state.report(report_id) is None:
        return _missing("report", report_id)
    return _page(request, routes.FILES, [state.observe(f) for f in state.files_of(report_id)])


async def generate_report(request: web.Request, data: ServerData) -> Reply:
    """``POST /reports/{reportId}/files``: a new ``PENDING`` ad-hoc file (201)."""
    state = _state(data)
    report_id = request.match_info["report_id"]
    report = state.report(report_id)
    if report is None:
        return _missing("report", report_id)
    return Reply.json(state.generate(report), status=201)


async def get_recent_file(request: web.Request, data: ServerData) -> Reply:
    """``GET /reports/{reportId}/files/recent``."""
    state = _state(data)
    report_id = request.match_info["report_id"]
    if state.report(report_id) is None:
        return _missing("report", report_id)
    file = state.recent(report_id)
    return Reply.json(file) if file is not None else _missing("completed file of", report_id)


async def get_file(request: web.Request, data: ServerData) -> Reply:
    """``GET /files/{reportFileId}``: the file's state, advancing its generation."""
    state = _state(data)
    file_id = request.match_info["report_file_id"]
    file = state.files.get(file_id)
    return Reply.json(state.observe(file)) if file is not None else _missing("file", file_id)


def _csv_reply(request: web.Request, state: ReportingState, file: Mapping[str, Any]) -> Reply:
    if file["reportFileStatus"] != "COMPLETED":
        return Reply.error(
            409, "REPORT_FILE_NOT_READY", f"report file is {file['reportFileStatus']}"
        )
    encodings = request.headers.get("Accept-Encoding", "")
    gzip = any(part.split(";")[0].strip() == "gzip" for part in encodings.split(","))
    return Reply(
        body=state.data(dict(file)),
        content_type="text/csv",
        headers={"Content-Disposition": f'attachment; filename="{file["reportFileId"]}.csv"'},
        stream=True,
        gzip=gzip,
    )


async def download_recent(request: web.Request, data: ServerData) -> Reply:
    """``GET /reports/{reportId}/files/recent/data``: CSV of the most recent completed file."""
    state = _state(data)
    report_id = request.match_info["report_id"]
    if state.report(report_id) is None:
        return _missing("report", report_id)
    file = state.recent(report_id)
    if file is None:
        return _missing("completed file of", report_id)
    return _csv_reply(request, state, file)


async def download_file(request: web.Request, data: ServerData) -> Reply:
    """``GET /files/{reportFileId}/data``: the file's CSV."""
    state = _state(data)
    file_id = request.match_info["report_file_id"]
    file = state.files.get(file_id)
    return _csv_reply(request, state, file) if file is not None else _missing("file", file_id)


HANDLERS: Mapping[str, Handler] = {
    "getReports": get_reports,
    "getReport": get_report,
    "getReportFiles": get_report_files,
    "generateAdHocReport": generate_report,
    "getMostRecentReportFile": get_recent_file,
    "downloadMostRecentReportFile": download_recent,
    "getReportFile": get_file,
    "downloadReportFile": download_file,
}
