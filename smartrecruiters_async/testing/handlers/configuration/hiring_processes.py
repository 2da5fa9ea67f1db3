"""``/configuration/hiring-processes``: list and get."""

from __future__ import annotations

from .._collection import Collection
from ._common import config

__all__ = ["HANDLERS"]

_PROCESSES = Collection(
    "Hiring process", "hiring_process_id", lambda rq, s: s.hiring_processes, config
)

HANDLERS = {
    "configuration.hiring-process.all": _PROCESSES.listing(),
    "configuration.hiring-process.get": _PROCESSES.getter(),
}
