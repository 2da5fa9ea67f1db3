"""``/configuration/access-groups``: create, list, get, replace, delete.

The request is the API reference's (developers.smartrecruiters.com/reference/
configurationaccess-groupcreate): ``name``, ``description`` and ``criteria`` required, where
``criteria.include`` maps active organisation job properties to ``{all, values}``; a criterion
naming anything else is refused with 422 ``INVALID_ACCESS_GROUP_CRITERION``, as the reference
says. The answer is the group as written plus its id.
"""

from __future__ import annotations

from typing import Any

from aiohttp import web

from ...replies import Reply
from .._collection import Collection
from ..checks import Conflict, Refusal
from ._common import Field, Json, config, handler, object_body
from ._state import ConfigurationState

__all__ = ["HANDLERS"]

_GROUP = {
    "name": Field(required=True),
    "description": Field(required=True),
    "criteria": Field(dict, required=True),
}
_GROUPS = Collection("Access group", "access_group_id", lambda rq, s: s.access_groups, config)


def _check_unique(state: ConfigurationState, name: str, group_id: str | None) -> None:
    for group in state.access_groups.values():
        if group["name"].casefold() == name.casefold() and group["id"] != group_id:
            raise Conflict(f"Access group {name!r} already exists")


def _criterion(value: Any) -> bool:
    if not isinstance(value, dict) or not isinstance(value.get("all"), bool):
        return False
    values = value.get("values", [])
    return isinstance(values, list) and all(isinstance(v, str) for v in values)


def _criteria(state: ConfigurationState, criteria: Json) -> Json:
    """``criteria`` checked: exactly one ``include`` of well-formed criteria on org fields."""
    include = criteria.get("include")
    if set(criteria) != {"include"} or not isinstance(include, dict) or not include:
        raise Refusal(400, "INVALID_VALUE", "criteria must hold exactly one non-empty include")
    for property_id, criterion in include.items():
        prop = state.job_properties.get(property_id)
        if prop is None or not prop["active"] or prop["category"] != "organization":
            raise Refusal(
                422,
                "INVALID_ACCESS_GROUP_CRITERION",
                f"No active organization job property with id {property_id}",
            )
        if not _criterion(criterion):
            raise Refusal(400, "INVALID_VALUE", f"criteria.include.{property_id} is invalid")
    return {
        "include": {
            key: {"all": value["all"], "values": list(value.get("values", []))}
            for key, value in include.items()
        }
    }


async def _group_body(request: web.Request, state: ConfigurationState) -> Json:
    body = await object_body(request, _GROUP)
    return {
        "name": body["name"],
        "description": body["description"],
        "criteria": _criteria(state, body["criteria"]),
    }


@handler
async def create_group(request: web.Request, state: ConfigurationState) -> Reply:
    """Add a group (name unique); 201."""
    body = await _group_body(request, state)
    _check_unique(state, body["name"], None)
    group = {"id": state.new_id(), **body}
    state.access_groups[group["id"]] = group
    return Reply.json(group, status=201)


@handler
async def update_group(request: web.Request, state: ConfigurationState) -> Reply:
    """Replace name, description and criteria."""
    group = _GROUPS.one(request, state)
    body = await _group_body(request, state)
    _check_unique(state, body["name"], group["id"])
    group.update(body)
    return Reply.json(group)


HANDLERS = {
    "configuration.access-group.list": _GROUPS.listing(),
    "configuration.access-group.get": _GROUPS.getter(),
    "configuration.access-group.create": create_group,
    "configuration.access-group.update": update_group,
    "configuration.access-group.delete": _GROUPS.deleter(),
}
