"""Candidate API handlers (``candidates-api.json``): every operation, over ``CandidateStore``."""

from __future__ import annotations

from collections.abc import Mapping

from ...replies import Handler
from . import _applications, _consents, _files, _people, _records
from ._people import new_candidate

__all__ = ["HANDLERS", "new_candidate"]

HANDLERS: Mapping[str, Handler] = {
    **_people.HANDLERS,
    **_applications.HANDLERS,
    **_records.HANDLERS,
    **_files.HANDLERS,
    **_consents.HANDLERS,
}
