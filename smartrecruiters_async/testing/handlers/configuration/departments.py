"""``/configuration/departments``: list, get, create."""

from __future__ import annotations

from aiohttp import web

from ...replies import Reply
from .._collection import Collection
from ..checks import Conflict
from ._common import Field, config, handler, object_body
from ._state import ConfigurationState

__all__ = ["HANDLERS"]

_NEW = {"label": Field(required=True), "description": Field()}
DEPARTMENTS = Collection("Department", "department_id", lambda rq, s: s.departments, config)


@handler
async def create_department(request: web.Request, state: ConfigurationState) -> Reply:
    """Add a department (label required, unique); 201 with the new department."""
    body = await object_body(request, _NEW)
    label = body["label"].strip()
    if any(d["label"].casefold() == label.casefold() for d in state.departments.values()):
        raise Conflict(f"Department {label!r} already exists")
    department = {"id": state.new_id(), "label": label}
    if body.get("description") is not None:
        department["description"] = body["description"]
    state.departments[department["id"]] = department
    return Reply.json(department, status=201)


HANDLERS = {
    "configuration.department.all": DEPARTMENTS.listing(),
    "configuration.department.get": DEPARTMENTS.getter(),
    "configuration.department.create": create_department,
}
