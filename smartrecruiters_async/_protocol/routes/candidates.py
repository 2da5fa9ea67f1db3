"""Candidate API: ``candidates-api.json``."""

from __future__ import annotations

from ._route import Paging, Route

_SPEC = "candidates-api.json"

ROUTES = (
    Route(
        operation_id="candidates.all",
        method="GET",
        path="/candidates",
        group="candidates",
        paging=Paging.CURSOR,
        concurrency_classes=("default", "candidates_list"),
        source_spec=_SPEC,
    ),
)
