"""The fake server's handlers, by operationId of the route table.

Serving another operation takes one handler here: the server registers an aiohttp route for
every operation in ``HANDLERS`` from the route table's path template.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from types import MappingProxyType

from aiohttp import web

from ..._protocol.routes.analytics import ANALYTICS_ENDPOINTS
from ..replies import Reply
from ..state import ServerData
from .analytics import analytics_stream
from .candidates import list_candidates
from .jobs import create_publication, list_publications, unpublish
from .postings import get_posting, list_departments, list_postings

__all__ = ["HANDLERS", "Handler"]

Handler = Callable[[web.Request, ServerData], Awaitable[Reply]]
"""Reads the request and the server's data, answers a ``Reply``; never writes the socket."""

HANDLERS: Mapping[str, Handler] = MappingProxyType(
    {
        "v1.listPostings": list_postings,
        "v1.getPosting": get_posting,
        "v1.listDepartments": list_departments,
        "jobs.publication.create": create_publication,
        "jobs.publication.unpublish": unpublish,
        "jobs.publication.all": list_publications,
        "candidates.all": list_candidates,
        **{f"analytics.{name}": analytics_stream for name in ANALYTICS_ENDPOINTS},
    }
)
