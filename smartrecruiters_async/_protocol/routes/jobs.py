"""Job API: ``jobs-api.json`` (29 operations)."""

from __future__ import annotations

import datetime as dt

from ...models import jobs as m
from ._route import Body, Paging, RouteGroup, param

_GROUP = RouteGroup("jobs", spec="jobs-api.json")
_JOB = "/jobs/{job_id}"
_AD = _JOB + "/jobads/{job_ad_id}"
_POSITION = _JOB + "/positions/{position_id}"

# -- jobs ---------------------------------------------------------------------------------------

LIST = _GROUP.route(
    "GET",
    "jobs.all",
    "/jobs",
    returns=m.JobSummary,
    paging=Paging.CURSOR,
    query=(
        param("q"),
        param("limit", int),
        # The cursor (pageId) only works with sort=job_id, which the resource always sends.
        param("sort"),
        param("statuses", list[m.JobStatus]),
        param("posting_status", m.PostingStatus),
        param("department", list[str]),
        param("city", list[str]),
        param("hiring_team_member_id", list[str]),
        param("updated_after", dt.datetime),
        param("last_activity_after", dt.datetime),
        param("language"),
    ),
)
CREATE = _GROUP.route("POST", "jobs.create", "/jobs", returns=m.JobDetails, body=m.JobInput)
GET = _GROUP.route("GET", "jobs.get", _JOB, returns=m.JobDetails)
UPDATE = _GROUP.route("PUT", "jobs.update", _JOB, returns=m.JobDetails, body=m.JobInput)
# A JSON Patch may hold "add" to an array, so replaying it is not safe. The body is a JsonPatch,
# not a model, hence no request model.
PATCH = _GROUP.route("PATCH", "jobs.patch", _JOB, returns=m.JobDetails, request_body=Body.JSON)
UPDATE_STATUS = _GROUP.route(
    "PUT",
    "jobs.status.update",
    _JOB + "/status",
    returns=m.JobStatusUpdate,
    body=m.JobStatusInput,
)
STATUS_HISTORY = _GROUP.route(
    "GET", "jobs.status.history.get", _JOB + "/status/history", returns=m.JobStatusHistory
)
GET_NOTE = _GROUP.route("GET", "jobs.notes.get", _JOB + "/note", returns=m.JobNote)
UPDATE_NOTE = _GROUP.route(
    "PUT", "jobs.notes.update", _JOB + "/note", returns=m.JobNote, body=m.JobNoteInput
)
# Setting a salary range to given values is a replacement: safe to replay.
UPDATE_HEADCOUNT = _GROUP.route(
    "PATCH",
    "jobs.headcount.update",
    _JOB + "/headcount",
    returns=m.HeadcountUpdateAccepted,
    body=m.HeadcountPatchRequest,
    idempotent=True,
)
LATEST_APPROVAL = _GROUP.route(
    "GET", "jobs.approvals.latest", _JOB + "/approvals/latest", returns=m.JobApproval
)

# -- hiring team and positions ------------------------------------------------------------------

LIST_TEAM = _GROUP.route(
    "GET", "jobs.hiring-team.get", _JOB + "/hiring-team", returns=m.HiringTeamMembers
)
ADD_TEAM_MEMBER = _GROUP.route(
    "POST",
    "jobs.hiring-team.add",
    _JOB + "/hiring-team",
    returns=m.HiringTeamMember,
    body=m.HiringTeamMemberInput,
)
REMOVE_TEAM_MEMBER = _GROUP.route(
    "DELETE", "jobs.hiring-team.remove", _JOB + "/hiring-team/{user_id}"
)
LIST_POSITIONS = _GROUP.route(
    "GET", "jobs.positions.all", _JOB + "/positions", returns=m.JobPositions
)
CREATE_POSITION = _GROUP.route(
    "POST",
    "jobs.positions.create",
    _JOB + "/positions",
    returns=m.JobPosition,
    body=m.JobPositionInput,
)
GET_POSITION = _GROUP.route("GET", "jobs.positions.get", _POSITION, returns=m.JobPosition)
UPDATE_POSITION = _GROUP.route(
    "PUT", "jobs.positions.update", _POSITION, returns=m.JobPosition, body=m.JobPositionInput
)
DELETE_POSITION = _GROUP.route("DELETE", "jobs.positions.remove", _POSITION)

# -- job ads and their postings -----------------------------------------------------------------

_ACTIVE_ONLY = param("active_only", bool)

LIST_ADS = _GROUP.route("GET", "jobs.jobads.all", _JOB + "/jobads", returns=m.JobAds)
CREATE_AD = _GROUP.route(
    "POST", "jobs.jobads.create", _JOB + "/jobads", returns=m.JobAdItem, body=m.JobAdContent
)
GET_AD = _GROUP.route("GET", "jobs.jobads.get", _AD, returns=m.JobAdItem)
UPDATE_AD = _GROUP.route("PUT", "jobs.jobads.update", _AD, returns=m.JobAdItem, body=m.JobAdContent)
LIST_AD_POSTINGS = _GROUP.route(
    "GET",
    "jobs.jobads.postings.all",
    _AD + "/postings",
    returns=m.PublicationList,
    query=(_ACTIVE_ONLY,),
)
PUBLISH_AD = _GROUP.route(
    "POST",
    "jobs.jobads.postings.create",
    _AD + "/postings",
    returns=m.JobAdPublicationScheduled,
    body=m.Publication,
)
UNPUBLISH_AD = _GROUP.route(
    "DELETE", "jobs.jobads.postings.unpublish", _AD + "/postings", returns=m.JobAdUnpublishScheduled
)

# -- a job as a whole on the boards -------------------------------------------------------------

LIST_PUBLICATIONS = _GROUP.route(
    "GET",
    "jobs.publication.all",
    _JOB + "/publication",
    returns=m.PublicationList,
    query=(_ACTIVE_ONLY,),
)
# Both schemas declare no answer body (the 2024 client returns nil), hence no ``returns``.
PUBLISH = _GROUP.route(
    "POST",
    "jobs.publication.create",
    _JOB + "/publication",
    body=m.Publication,
    rate_classes=("default", "publication"),
)
UNPUBLISH = _GROUP.route(
    "DELETE",
    "jobs.publication.unpublish",
    _JOB + "/publication",
    rate_classes=("default", "publication"),
)

ROUTES = _GROUP.routes
