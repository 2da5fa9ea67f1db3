"""``/configuration/access-groups``: create, list, get, replace, delete."""

from __future__ import annotations

from aiohttp import web

from ...replies import Reply
from ..checks import Conflict, found
from ._common import Field, Json, handler, object_body
from ._state import ConfigurationState

__all__ = ["HANDLERS"]

_GROUP = {"name": Field(required=True), "description": Field()}


def _found(request: web.Request, state: ConfigurationState) -> Json:
    group_id = request.match_info["access_group_id"]
    return found(state.access_groups, group_id, "Access group")


def _check_unique(state: ConfigurationState, name: str, group_id: str | None) -> None:
    for group in state.access_groups.values():
        if group["name"].casefold() == name.casefold() and group["id"] != group_id:
            raise Conflict(f"Access group {name!r} already exists")


@handler
async def list_groups(request: web.Request, state: ConfigurationState) -> Reply:
    """Every access group."""
    content = list(state.access_groups.values())
    return Reply.json({"totalFound": len(content), "content": content})


@handler
async def get_group(request: web.Request, state: ConfigurationState) -> Reply:
    """One access group or 404."""
    return Reply.json(_found(request, state))


@handler
async def create_group(request: web.Request, state: ConfigurationState) -> Reply:
    """Add a group (name required and unique); 201."""
    body = await object_body(request, _GROUP)
    _check_unique(state, body["name"], None)
    group = {"id": state.new_id(), "name": body["name"], "description": body.get("description")}
    state.access_groups[group["id"]] = group
    return Reply.json(group, status=201)


@handler
async def update_group(request: web.Request, state: ConfigurationState) -> Reply:
    """Replace name and description."""
    group = _found(request, state)
    body = await object_body(request, _GROUP)
    _check_unique(state, body["name"], group["id"])
    group.update(name=body["name"], description=body.get("description"))
    return Reply.json(group)


@handler
async def delete_group(request: web.Request, state: ConfigurationState) -> Reply:
    """Remove the group; 204."""
    del state.access_groups[_found(request, state)["id"]]
    return Reply.empty()


HANDLERS = {
    "configuration.access-group.list": list_groups,
    "configuration.access-group.get": get_group,
    "configuration.access-group.create": create_group,
    "configuration.access-group.update": update_group,
    "configuration.access-group.delete": delete_group,
}
