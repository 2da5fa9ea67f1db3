"""``/configuration/hiring-processes``: list and get."""

from __future__ import annotations

from aiohttp import web

from ...replies import Reply
from ..checks import not_found
from ._common import handler
from ._state import ConfigurationState

__all__ = ["HANDLERS"]


@handler
async def list_hiring_processes(request: web.Request, state: ConfigurationState) -> Reply:
    """Every hiring process."""
    content = list(state.hiring_processes.values())
    return Reply.json({"totalFound": len(content), "content": content})


@handler
async def get_hiring_process(request: web.Request, state: ConfigurationState) -> Reply:
    """One hiring process, or 404."""
    process_id = request.match_info["hiring_process_id"]
    if process_id not in state.hiring_processes:
        raise not_found("Hiring process", process_id)
    return Reply.json(state.hiring_processes[process_id])


HANDLERS = {
    "configuration.hiring-process.all": list_hiring_processes,
    "configuration.hiring-process.get": get_hiring_process,
}
