"""Analytics API (deprecated 2018-04-26, still served): six CSV/JSON streams under ``/analytics``.

Not in the current spec set; operation ids here are the SDK's own (``analytics.<name>``). Every
endpoint shares one concurrency slot and has its own response-byte budget.
"""

from __future__ import annotations

from types import MappingProxyType

from ._route import AuthMode, Body, Route, RouteGroup, param

_GROUP = RouteGroup(
    "analytics",
    spec=None,
    concurrency_classes=("default", "analytics"),
    byte_class="analytics",
    response_body=Body.CSV,
    auth=AuthMode.KEY_ONLY,
    deprecated=(
        "the SmartRecruiters Analytics API is deprecated since 2018-04-26; "
        "use the Reporting API (client.reports)"
    ),
)
# ``dateFormat``: a Java date pattern (roksela's analytics_api). hiring-team and job-fields have
# no dates, so they take no parameter at all.
_DATED = (param("date_format"),)

APPLICATIONS = _GROUP.route(
    "GET", "analytics.applications", "/analytics/applications", query=_DATED
)
HIRING_TEAM = _GROUP.route("GET", "analytics.hiring-team", "/analytics/hiring-team")
INTERVIEWS = _GROUP.route("GET", "analytics.interviews", "/analytics/interviews", query=_DATED)
JOB_FIELDS = _GROUP.route("GET", "analytics.job-fields", "/analytics/job-fields")
JOBS = _GROUP.route("GET", "analytics.jobs", "/analytics/jobs", query=_DATED)
POSITIONS = _GROUP.route("GET", "analytics.positions", "/analytics/positions", query=_DATED)

ROUTES = _GROUP.routes

BY_ENDPOINT: MappingProxyType[str, Route[None]] = MappingProxyType(
    {route.path.rsplit("/", 1)[-1]: route for route in ROUTES}
)
"""Each stream's route by the endpoint name ``client.analytics`` takes (``"hiring-team"``)."""
