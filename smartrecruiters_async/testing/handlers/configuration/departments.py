"""``/configuration/departments``: list, get, create."""

from __future__ import annotations

from aiohttp import web

from ...replies import Reply
from ..checks import Conflict, not_found
from ._common import Field, handler, object_body
from ._state import ConfigurationState

__all__ = ["HANDLERS"]

_NEW = {"label": Field(required=True), "description": Field()}


@handler
async def list_departments(request: web.Request, state: ConfigurationState) -> Reply:
    """Every department, no paging."""
    content = list(state.departments.values())
    return Reply.json({"totalFound": len(content), "content": content})


@handler
async def get_department(request: web.Request, state: ConfigurationState) -> Reply:
    """One department or 404."""
    department_id = request.match_info["department_id"]
    if department_id not in state.departments:
        raise not_found("Department", department_id)
    return Reply.json(state.departments[department_id])


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
    "configuration.department.all": list_departments,
    "configuration.department.get": get_department,
    "configuration.department.create": create_department,
}
