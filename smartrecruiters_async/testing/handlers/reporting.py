"""Fake-server handlers of the Reporting API (state in ``testing.reporting_data``).

Lists page with ``page`` (a page number, default 1) and ``limit`` (1..100, default 10) and
answer ``{nextPage, content}``, ``nextPage`` absent on the last page. File data is CSV sent with
chunked transfer encoding, gzip-compressed when accepted; a file that is not ``COMPLETED``
has no data (409). ``…/files/recent`` is the most recent ``COMPLETED`` file.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from aiohttp import web

from ..._protocol.routes import Route
from ..._protocol.routes import reporting as routes
from ..replies import Handler, Reply
from ..reporting_data import ReportingState, reporting_state
from ..state import ServerData
from . import params
from ._collection import Collection, answering
from .checks import NotFound, Refusal

__all__ = ["HANDLERS"]

Json = dict[str, Any]
_FILES = Collection("file", "report_file_id", lambda rq, s: s.files, reporting_state)


def _page(request: web.Request, route: Route[Any], items: Sequence[Any]) -> Reply:
    # Refuses a name the route does not declare; limit and page keep the API's bounds.
    params.declared(request.query, route)
    limit = params.integer(request.query, "limit", 10, low=1, high=100)
    page = params.integer(request.query, "page", 1, low=1)
    start = (page - 1) * limit
    body: dict[str, Any] = {"content": list(items[start : start + limit])}
    if start + limit < len(items):
        body["nextPage"] = str(page + 1)
    return Reply.json(body)


def _report(request: web.Request, state: ReportingState) -> Json:
    """The report the path names, or 404."""
    report_id = request.match_info["report_id"]
    report = state.report(report_id)
    if report is None:
        raise NotFound(f"report {report_id} not found")
    return report


def _recent(request: web.Request, state: ReportingState) -> Json:
    """The report's most recent ``COMPLETED`` file; 404 for an unknown report or none."""
    _report(request, state)
    file = state.recent(request.match_info["report_id"])
    if file is None:
        raise NotFound(f"completed file of {request.match_info['report_id']} not found")
    return file


def _files(request: web.Request, data: ServerData) -> Reply:
    """One page of the report's files, newest first; reading a file's status here advances
    its generation, as reading it alone does."""
    state = reporting_state(data)
    _report(request, state)
    files = state.files_of(request.match_info["report_id"])
    return _page(request, routes.FILES, [state.observe(f) for f in files])


def _csv_reply(request: web.Request, state: ReportingState, file: Mapping[str, Any]) -> Reply:
    if file["reportFileStatus"] != "COMPLETED":
        raise Refusal(409, "REPORT_FILE_NOT_READY", f"report file is {file['reportFileStatus']}")
    encodings = request.headers.get("Accept-Encoding", "")
    gzip = any(part.split(";")[0].strip() == "gzip" for part in encodings.split(","))
    return Reply(
        body=state.data(dict(file)),
        content_type="text/csv",
        headers={"Content-Disposition": f'attachment; filename="{file["reportFileId"]}.csv"'},
        stream=True,
        gzip=gzip,
    )


def _with_state(handle: Callable[[web.Request, ReportingState], object]) -> Handler:
    """A handler of ``handle(request, state)``."""
    return answering(lambda rq, d: handle(rq, reporting_state(d)))


HANDLERS: Mapping[str, Handler] = {
    "getReports": _with_state(lambda rq, s: _page(rq, routes.LIST, s.reports)),
    "getReport": _with_state(_report),
    "getReportFiles": answering(_files),
    # A new PENDING ad-hoc file.
    "generateAdHocReport": _with_state(
        lambda rq, s: Reply.json(s.generate(_report(rq, s)), status=201)
    ),
    "getMostRecentReportFile": _with_state(_recent),
    "downloadMostRecentReportFile": _with_state(lambda rq, s: _csv_reply(rq, s, _recent(rq, s))),
    # The file's state, advancing its generation.
    "getReportFile": _with_state(lambda rq, s: s.observe(_FILES.one(rq, s))),
    "downloadReportFile": _with_state(lambda rq, s: _csv_reply(rq, s, _FILES.one(rq, s))),
}
