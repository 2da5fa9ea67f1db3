"""Job API sub-resources: a job's hiring team and its positions (``client.jobs.hiring_team``,
``client.jobs.positions``)."""

from __future__ import annotations

import builtins
import datetime as dt

from .._protocol.routes import jobs as routes
from ..models.jobs import (
    HiringTeamMember,
    HiringTeamMemberInput,
    HiringTeamRole,
    JobPosition,
    JobPositionInput,
    PositionType,
)
from ._resource import Resource
from ._values import aware, enum_value, instance_of, non_empty

__all__ = ["HiringTeam", "Positions"]


class HiringTeam(Resource):
    """``client.jobs.hiring_team``: who works on a job, and in which role."""

    async def list(self, job_id: str) -> builtins.list[HiringTeamMember]:
        """Every member of a job's hiring team: ``GET /jobs/{jobId}/hiring-team``.

        Returns a list of ``HiringTeamMember``. Raises ``NotFoundError`` for an unknown job.
        """
        team = await self._client._call(routes.LIST_TEAM, path={"job_id": job_id})
        return list(team.content)

    async def add(self, job_id: str, user_id: str, role: HiringTeamRole | str) -> HiringTeamMember:
        """Add a user to a job's hiring team: ``POST /jobs/{jobId}/hiring-team``.

        Returns the new ``HiringTeamMember``. Raises ``ValueError`` for an empty user id or an
        unknown role before any request, ``NotFoundError`` for an unknown job.
        """
        body = HiringTeamMemberInput(
            id=non_empty(user_id, "user_id"), role=enum_value(role, HiringTeamRole, "role")
        )
        return await self._client._call(routes.ADD_TEAM_MEMBER, path={"job_id": job_id}, body=body)

    async def remove(self, job_id: str, user_id: str) -> None:
        """Take a user off a job's hiring team: ``DELETE /jobs/{jobId}/hiring-team/{userId}``.

        Returns nothing. Raises ``NotFoundError`` when the job does not exist or the user is not on
        its team.
        """
        await self._client._call(
            routes.REMOVE_TEAM_MEMBER, path={"job_id": job_id, "user_id": user_id}
        )


class Positions(Resource):
    """``client.jobs.positions``: the positions (units of headcount) of a job."""

    async def list(self, job_id: str) -> builtins.list[JobPosition]:
        """Every position of a job: ``GET /jobs/{jobId}/positions``.

        Returns a list of ``JobPosition``. Raises ``NotFoundError`` for an unknown job.
        """
        positions = await self._client._call(routes.LIST_POSITIONS, path={"job_id": job_id})
        return list(positions.content)

    async def create(self, job_id: str, position: JobPositionInput) -> JobPosition:
        """Add a position to a job: ``POST /jobs/{jobId}/positions``.

        Returns the new ``JobPosition``. Raises ``TypeError``/``ValueError`` before any request
        for dates that are not timezone-aware datetimes or a start before the opening,
        ``BadRequestError`` when the server refuses the body, ``NotFoundError`` for an unknown job.
        """
        _check(position)
        return await self._client._call(
            routes.CREATE_POSITION, path={"job_id": job_id}, body=position
        )

    async def get(self, job_id: str, position_id: str) -> JobPosition:
        """One position: ``GET /jobs/{jobId}/positions/{positionId}``.

        Returns the ``JobPosition``. Raises ``NotFoundError`` when the job or the position does not
        exist.
        """
        return await self._client._call(
            routes.GET_POSITION, path={"job_id": job_id, "position_id": position_id}
        )

    async def update(
        self, job_id: str, position_id: str, position: JobPositionInput
    ) -> JobPosition:
        """Replace a position: ``PUT /jobs/{jobId}/positions/{positionId}``.

        Returns the updated ``JobPosition``. Raises ``TypeError``/``ValueError`` as ``create``
        does, ``BadRequestError`` or ``NotFoundError``.
        """
        _check(position)
        return await self._client._call(
            routes.UPDATE_POSITION,
            path={"job_id": job_id, "position_id": position_id},
            body=position,
        )

    async def delete(self, job_id: str, position_id: str) -> None:
        """Remove a position: ``DELETE /jobs/{jobId}/positions/{positionId}``.

        Returns nothing. Raises ``NotFoundError`` when the job or the position does not exist.
        """
        await self._client._call(
            routes.DELETE_POSITION, path={"job_id": job_id, "position_id": position_id}
        )


def _check(position: JobPositionInput) -> None:
    instance_of(position, JobPositionInput, "position")
    enum_value(position.type, PositionType, "position.type")
    # The schema's dates are date-times; a bare date would be sent without its time zone.
    for name in ("position_open_date", "target_start_date"):
        value = getattr(position, name)
        if not isinstance(value, dt.datetime):
            raise TypeError(f"position.{name} must be a datetime, not {type(value).__name__}")
        aware(value, f"position.{name}")
    if position.target_start_date < position.position_open_date:
        raise ValueError("position.target_start_date must not be before position_open_date")
