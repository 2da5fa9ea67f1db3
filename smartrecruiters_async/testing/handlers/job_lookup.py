"""What every Job API handler needs: the state, the addressed job, the current time."""

from __future__ import annotations

from typing import Any

from aiohttp import web

from ..data import now
from ..job_data import JobsState
from ..state import ServerData
from .checks import NotFound

__all__ = ["find_job", "jobs_state", "now"]


def jobs_state(data: ServerData) -> JobsState:
    """The Job API state of this server (seeded on first use)."""
    return data.store("jobs", lambda d: JobsState.build(d.seed))


def find_job(request: web.Request, data: ServerData) -> dict[str, Any]:
    """The job of the request's ``job_id``; ``NotFound`` when there is none."""
    job_id = request.match_info["job_id"]
    job = jobs_state(data).jobs.get(job_id)
    if job is None:
        raise NotFound(f"Job {job_id} not found")
    return job
