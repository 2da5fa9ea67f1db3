"""What every Job API handler needs: the state, the addressed job, the current time."""

from __future__ import annotations

from typing import Any

from aiohttp import web

from ..data import now
from ..job_data import JobsState
from ..state import ServerData
from ._collection import Collection, server_data

__all__ = ["JOBS", "find_job", "jobs_state", "now"]


def jobs_state(data: ServerData) -> JobsState:
    """The Job API state of this server (seeded on first use)."""
    return data.store("jobs", lambda d: JobsState.build(d.seed))


JOBS = Collection("Job", "job_id", lambda rq, d: jobs_state(d).jobs, server_data)


def find_job(request: web.Request, data: ServerData) -> dict[str, Any]:
    """The job of the request's ``job_id``; ``NotFound`` when there is none."""
    return JOBS.one(request, data)
