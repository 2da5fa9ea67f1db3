"""Analytics API (deprecated 2018-04-26, still served): six CSV/JSON streams under ``/analytics``.

Not in the current spec set; operation ids here are the SDK's own (``analytics.<name>``). Every
endpoint shares one concurrency slot and has its own response-byte budget.
"""

from __future__ import annotations

from ._route import AuthMode, Body, Route

ANALYTICS_ENDPOINTS = (
    "applications",
    "hiring-team",
    "interviews",
    "job-fields",
    "jobs",
    "positions",
)

ROUTES = tuple(
    Route(
        operation_id=f"analytics.{name}",
        method="GET",
        path=f"/analytics/{name}",
        group="analytics",
        concurrency_classes=("default", "analytics"),
        byte_class="analytics",
        response_body=Body.CSV,
        auth=AuthMode.KEY_ONLY,
        deprecated=(
            "the SmartRecruiters Analytics API is deprecated since 2018-04-26; "
            "use the Reporting API (client.reports)"
        ),
    )
    for name in ANALYTICS_ENDPOINTS
)
