"""Job API: ``jobs-api.json`` (29 operations)."""

from __future__ import annotations

from typing import Any

from ...models import jobs as m
from ._route import Body, Paging, Route

_SPEC = "jobs-api.json"
_JOB = "/jobs/{job_id}"


def _route(operation_id: str, method: str, path: str, **kwargs: Any) -> Route:
    return Route(
        operation_id=operation_id,
        method=method,
        path=path,
        group="jobs",
        source_spec=_SPEC,
        **kwargs,
    )


ROUTES = (
    _route("jobs.all", "GET", "/jobs", paging=Paging.CURSOR, response_model=m.JobSummary),
    _route(
        "jobs.create",
        "POST",
        "/jobs",
        request_body=Body.JSON,
        request_model=m.JobInput,
        response_model=m.JobDetails,
    ),
    _route("jobs.get", "GET", _JOB, response_model=m.JobDetails),
    _route(
        "jobs.update",
        "PUT",
        _JOB,
        request_body=Body.JSON,
        request_model=m.JobInput,
        response_model=m.JobDetails,
    ),
    # A JSON Patch may hold "add" to an array, so replaying it is not safe.
    _route("jobs.patch", "PATCH", _JOB, request_body=Body.JSON, response_model=m.JobDetails),
    _route(
        "jobs.status.update",
        "PUT",
        _JOB + "/status",
        request_body=Body.JSON,
        request_model=m.JobStatusInput,
        response_model=m.JobStatusUpdate,
    ),
    _route(
        "jobs.status.history.get",
        "GET",
        _JOB + "/status/history",
        response_model=m.JobStatusHistory,
    ),
    _route("jobs.notes.get", "GET", _JOB + "/note", response_model=m.JobNote),
    _route(
        "jobs.notes.update",
        "PUT",
        _JOB + "/note",
        request_body=Body.JSON,
        request_model=m.JobNoteInput,
        response_model=m.JobNote,
    ),
    # Setting a salary range to given values is a replacement: safe to replay.
    _route(
        "jobs.headcount.update",
        "PATCH",
        _JOB + "/headcount",
        idempotent=True,
        request_body=Body.JSON,
        request_model=m.HeadcountPatchRequest,
        response_model=m.HeadcountUpdateAccepted,
    ),
    _route(
        "jobs.approvals.latest", "GET", _JOB + "/approvals/latest", response_model=m.JobApproval
    ),
    _route(
        "jobs.hiring-team.get", "GET", _JOB + "/hiring-team", response_model=m.HiringTeamMembers
    ),
    _route(
        "jobs.hiring-team.add",
        "POST",
        _JOB + "/hiring-team",
        request_body=Body.JSON,
        request_model=m.HiringTeamMemberInput,
        response_model=m.HiringTeamMember,
    ),
    _route(
        "jobs.hiring-team.remove",
        "DELETE",
        _JOB + "/hiring-team/{user_id}",
        response_body=Body.NONE,
    ),
    _route("jobs.positions.all", "GET", _JOB + "/positions", response_model=m.JobPositions),
    _route(
        "jobs.positions.create",
        "POST",
        _JOB + "/positions",
        request_body=Body.JSON,
        request_model=m.JobPositionInput,
        response_model=m.JobPosition,
    ),
    _route(
        "jobs.positions.get",
        "GET",
        _JOB + "/positions/{position_id}",
        response_model=m.JobPosition,
    ),
    _route(
        "jobs.positions.update",
        "PUT",
        _JOB + "/positions/{position_id}",
        request_body=Body.JSON,
        request_model=m.JobPositionInput,
        response_model=m.JobPosition,
    ),
    _route(
        "jobs.positions.remove",
        "DELETE",
        _JOB + "/positions/{position_id}",
        response_body=Body.NONE,
    ),
    _route("jobs.jobads.all", "GET", _JOB + "/jobads", response_model=m.JobAds),
    _route(
        "jobs.jobads.create",
        "POST",
        _JOB + "/jobads",
        request_body=Body.JSON,
        request_model=m.JobAdContent,
        response_model=m.JobAdItem,
    ),
    _route("jobs.jobads.get", "GET", _JOB + "/jobads/{job_ad_id}", response_model=m.JobAdItem),
    _route(
        "jobs.jobads.update",
        "PUT",
        _JOB + "/jobads/{job_ad_id}",
        request_body=Body.JSON,
        request_model=m.JobAdContent,
        response_model=m.JobAdItem,
    ),
    _route(
        "jobs.jobads.postings.all",
        "GET",
        _JOB + "/jobads/{job_ad_id}/postings",
        response_model=m.PublicationList,
    ),
    _route(
        "jobs.jobads.postings.create",
        "POST",
        _JOB + "/jobads/{job_ad_id}/postings",
        request_body=Body.JSON,
        request_model=m.Publication,
        response_model=m.JobAdPublicationScheduled,
    ),
    _route(
        "jobs.jobads.postings.unpublish",
        "DELETE",
        _JOB + "/jobads/{job_ad_id}/postings",
        response_model=m.JobAdUnpublishScheduled,
    ),
    _route("jobs.publication.all", "GET", _JOB + "/publication", response_model=m.PublicationList),
    _route(
        "jobs.publication.create",
        "POST",
        _JOB + "/publication",
        rate_classes=("default", "publication"),
        request_body=Body.JSON,
        request_model=m.Publication,
        # Both schemas declare no answer body (the 2024 client returns nil).
        response_body=Body.NONE,
    ),
    _route(
        "jobs.publication.unpublish",
        "DELETE",
        _JOB + "/publication",
        rate_classes=("default", "publication"),
        response_body=Body.NONE,
    ),
)
