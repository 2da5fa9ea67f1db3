"""Job API handlers: a job's hiring team and its positions."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from aiohttp import web

from ..replies import Handler, Reply
from ..state import ServerData
from ._collection import Collection, server_data
from .checks import Checker, NotFound, json_body, refusals_as_replies
from .job_lookup import find_job, jobs_state

__all__ = ["HANDLERS"]

Json = dict[str, Any]

ROLES = ("HIRING_MANAGER", "INTERVIEW_TEAM", "RECRUITER", "EXECUTIVE", "COORDINATOR")
"""The schema's ``HiringTeamMemberRole``."""
POSITION_TYPES = ("NEW", "REPLACEMENT")


def _team(request: web.Request, data: ServerData) -> dict[str, Json]:
    return jobs_state(data).team[find_job(request, data)["id"]]


@refusals_as_replies()
async def add_member(request: web.Request, data: ServerData) -> Reply:
    """``POST /jobs/{jobId}/hiring-team``: ``id`` and ``role`` required; 201 (200 when the user
    was already on the team: the role is replaced)."""
    team = _team(request, data)
    check = Checker(await json_body(request)).required("id", "role").one_of("role", ROLES)
    body = check.kind("id", str, "a string").done()
    existed = body["id"] in team
    member = jobs_state(data).member(body["id"], body["role"])
    team[body["id"]] = member
    return Reply.json(member, status=200 if existed else 201)


@refusals_as_replies()
async def remove_member(request: web.Request, data: ServerData) -> Reply:
    """``DELETE /jobs/{jobId}/hiring-team/{userId}``: 204; 404 when not on the team."""
    team = _team(request, data)
    user_id = request.match_info["user_id"]
    if team.pop(user_id, None) is None:
        raise NotFound(f"User {user_id} is not on the hiring team")
    return Reply.empty()


def _positions(request: web.Request, data: ServerData) -> dict[str, Json]:
    return jobs_state(data).positions[find_job(request, data)["id"]]


_POSITIONS = Collection("Position", "position_id", _positions, server_data)
_position = _POSITIONS.one


async def _checked_position(request: web.Request) -> Json:
    check = Checker(await json_body(request), "position")
    check.required("type", "positionOpenDate", "targetStartDate").one_of("type", POSITION_TYPES)
    check.kind("positionId", str, "a string").kind("incumbentName", str, "a string")
    opened, start = check.date("positionOpenDate"), check.date("targetStartDate")
    if opened and start and start < opened:
        check.fail("INVALID_VALUE", "targetStartDate must not be before positionOpenDate")
    body = check.done()
    fields = ("type", "positionId", "incumbentName", "positionOpenDate", "targetStartDate")
    return {key: body[key] for key in fields if body.get(key) is not None}


@refusals_as_replies()
async def create_position(request: web.Request, data: ServerData) -> Reply:
    """``POST /jobs/{jobId}/positions``: type, open date and target start date required."""
    positions = _positions(request, data)
    fields = await _checked_position(request)
    position_id = jobs_state(data).new_id("position")
    position = {"id": position_id, "status": "OPEN", **fields}
    positions[position_id] = position
    return Reply.json(position, status=201)


@refusals_as_replies()
async def update_position(request: web.Request, data: ServerData) -> Reply:
    """``PUT /jobs/{jobId}/positions/{positionId}``: replace the position's fields."""
    old = _position(request, data)
    fields = await _checked_position(request)
    position = {"id": old["id"], "status": old["status"], **fields}
    _positions(request, data)[old["id"]] = position
    return Reply.json(position)


HANDLERS: Mapping[str, Handler] = {
    "jobs.hiring-team.get": Collection("User", "user_id", _team, server_data).listing(),
    "jobs.hiring-team.add": add_member,
    "jobs.hiring-team.remove": remove_member,
    "jobs.positions.all": _POSITIONS.listing(),
    "jobs.positions.create": create_position,
    "jobs.positions.get": _POSITIONS.getter(),
    "jobs.positions.update": update_position,
    "jobs.positions.remove": _POSITIONS.deleter(),
}
