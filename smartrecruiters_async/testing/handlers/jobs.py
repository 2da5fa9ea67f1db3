"""Job API handlers: jobs, their status, note, headcount and approval.

The hiring team, positions, job ads and publication are served by ``job_team`` and
``job_ads``; ``HANDLERS`` here gathers all 29 operations. State lives in ``JobsState``.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Mapping
from typing import Any

from aiohttp import web

from ..._protocol.routes import jobs as routes
from ..data import now
from ..job_data import (
    JOB_STATUSES,
    JobsState,
    department,
    job_actions,
    person,
)
from ..replies import Handler, Reply
from ..state import ServerData
from . import job_ads, job_team, params
from ._collection import OffsetPage, answering, listed
from .checks import Checker, NotFound, Refusal, json_body, patched, refusals_as_replies
from .job_lookup import JOBS, find_job, jobs_state
from .webhooks import emit

__all__ = ["HANDLERS"]

Json = dict[str, Any]

# Keys the server owns: a PUT keeps them, a PATCH may not touch them.
_SERVER_OWNED = (
    "id",
    "createdOn",
    "updatedOn",
    "lastActivityOn",
    "creator",
    "status",
    "postingStatus",
    "actions",
)


def _reference(checker: Checker, path: str, table: Mapping[str, str]) -> None:
    checker.one_of(path + ".id", table)


def _checked_job(body: Any, state: JobsState) -> Json:
    """A job body (``JobInput``, or a patched job) validated, labels filled in."""
    ref = state.reference
    check = Checker(body, "job")
    check.required(
        "title", "location.countryCode", "location.city", "industry.id", "function.id"
    ).required("experienceLevel.id")
    check.kind("title", str, "a string").kind("template", bool, "a boolean")
    for path in ("location.countryCode", "location.city", "location.regionCode", "refNumber"):
        check.kind(path, str, "a string")
    for path, table in (
        ("industry", ref.industries),
        ("function", ref.functions),
        ("experienceLevel", ref.experience_levels),
        ("department", ref.departments),
        ("typeOfEmployment", ref.employment_types),
    ):
        _reference(check, path, table)
    check.date("targetHiringDate")
    low, high = check.get("compensation.min"), check.get("compensation.max")
    check.kind("compensation.min", (int, float), "a number")
    check.kind("compensation.max", (int, float), "a number")
    if isinstance(low, int | float) and isinstance(high, int | float) and low > high:
        check.fail("INVALID_VALUE", "compensation.min must not exceed compensation.max")
    check.kind("jobAd.sections", dict, "an object").kind("properties", list, "an array")
    job = dict(check.done())
    for key, table in (
        ("industry", ref.industries),
        ("function", ref.functions),
        ("experienceLevel", ref.experience_levels),
        ("typeOfEmployment", ref.employment_types),
    ):
        reference = job.get(key)
        if isinstance(reference, dict) and reference.get("id") in table:
            job[key] = {"id": reference["id"], "label": table[reference["id"]]}
    chosen = job.get("department")
    if isinstance(chosen, dict) and chosen.get("id") in ref.departments:
        job["department"] = department(chosen["id"], ref)
    location = dict(job["location"])
    location.setdefault("country", location["countryCode"].upper())
    if "regionCode" in location:
        location.setdefault("region", location["regionCode"])
    job["location"] = location
    job["properties"] = [_property(p) for p in job.get("properties") or []]
    return job


def _property(item: Any) -> Json:
    """A ``JobPropertyInput`` (``{id, value: {id}}``) as the job shows it (``JobProperty``)."""
    if not isinstance(item, dict) or not item.get("id"):
        raise Refusal(400, "INVALID_VALUE", "each property needs an id")
    value = item.get("value")
    if not isinstance(value, dict) or not isinstance(value.get("id"), str):
        raise Refusal(400, "INVALID_VALUE", "each property needs a value with an id")
    return {
        "id": item["id"],
        "label": item.get("label", item["id"]),
        "value": {"id": value["id"], "label": value.get("label", value["id"])},
    }


@refusals_as_replies()
async def list_jobs(request: web.Request, data: ServerData) -> Reply:
    """``GET /jobs``: offset pages by default; cursor pages (``pageId``) with ``sort=job_id``."""
    query = params.declared(request.query, routes.LIST)
    page = OffsetPage.read(request)
    limit = page.limit
    sort = query.get("sort", "default")
    if sort not in ("default", "job_id"):
        raise params.InvalidParameter("sort must be default or job_id")
    after = params.page_position(request.query, "jobs")
    if after is not None and sort != "job_id":
        raise params.InvalidParameter("pageId requires sort=job_id")
    state = jobs_state(data)
    tests = _filters(query, state)
    found = [job for job in state.summaries() if all(test(job) for test in tests)]
    if sort != "job_id":
        return page.reply(found)
    rest = [job for job in found if after is None or job["id"] > after]
    body: Json = {"limit": limit, "totalFound": len(found), "content": rest[:limit]}
    if len(rest) > limit:
        body["nextPageId"] = params.page_id("jobs", rest[limit - 1]["id"])
    return Reply.json(body)


def _filters(query: Mapping[str, Any], state: JobsState) -> list[Callable[[Json], bool]]:
    """One test per filter of ``query`` (``routes.LIST``'s parameters, by Python name)."""
    tests: list[Callable[[Json], bool]] = []
    if q := query.get("q"):
        tests.append(lambda job: q.casefold() in job["title"].casefold())
    statuses = set(query.get("statuses", []))
    # The route's JobStatus has OTHER, which the API reports but no filter takes.
    if statuses - set(JOB_STATUSES):
        raise params.InvalidParameter(f"statuses must be among {', '.join(JOB_STATUSES)}")
    if statuses:
        tests.append(lambda job: job["status"] in statuses)
    if (posting := query.get("posting_status")) is not None:
        tests.append(lambda job: job["postingStatus"] == posting)
    if departments := set(query.get("department", [])):
        tests.append(lambda job: (job.get("department") or {}).get("id") in departments)
    if cities := {c.casefold() for c in query.get("city", [])}:
        tests.append(lambda job: str(job["location"].get("city", "")).casefold() in cities)
    if members := set(query.get("hiring_team_member_id", [])):
        tests.append(lambda job: bool(members & set(state.team.get(job["id"], {}))))
    for name, field in (("updated_after", "updatedOn"), ("last_activity_after", "lastActivityOn")):
        if (after := query.get(name)) is not None:
            tests.append(_later_than(field, after))
    return tests


def _later_than(field: str, moment: dt.datetime) -> Callable[[Json], bool]:
    return lambda job: dt.datetime.fromisoformat(job[field]) > moment


@refusals_as_replies()
async def create_job(request: web.Request, data: ServerData) -> Reply:
    """``POST /jobs``: a valid ``JobInput`` becomes a new job (201), pending approval.

    Keys the body has beyond ``JobInput`` are stored and sent back, as tests of unknown fields
    need."""
    state = jobs_state(data)
    body = _checked_job(await json_body(request), state)
    stamp = now()
    job_id = str(uuid.uuid4())
    job = {
        **body,
        "id": job_id,
        "createdOn": stamp,
        "updatedOn": stamp,
        "lastActivityOn": stamp,
        "status": "CREATED",
        "postingStatus": "NOT_PUBLISHED",
        "creator": person("api-user"),
        "actions": job_actions(job_id),
    }
    state.add(job)
    state.request_approval(job_id)
    emit(data, "job.created", {"id": job_id}, f"/jobs/{job_id}")
    return Reply.json(job, status=201)


def _store(data: ServerData, old: Json, new: Json) -> Json:
    kept = {key: old[key] for key in _SERVER_OWNED if key in old}
    job = {**new, **kept, "updatedOn": now()}
    jobs_state(data).jobs[old["id"]] = job
    emit(data, "job.updated", {"id": old["id"]}, f"/jobs/{old['id']}")
    return job


@refusals_as_replies()
async def update_job(request: web.Request, data: ServerData) -> Reply:
    """``PUT /jobs/{jobId}``: replace every field but the server's own with a ``JobInput``."""
    old = find_job(request, data)
    body = _checked_job(await json_body(request), jobs_state(data))
    return Reply.json(_store(data, old, body))


@refusals_as_replies()
async def patch_job(request: web.Request, data: ServerData) -> Reply:
    """``PATCH /jobs/{jobId}``: apply a JSON Patch; the result must still be a valid job.

    Touching a field the server owns is refused (400); a failed ``test`` is a 409.
    """
    old = find_job(request, data)
    operations = await json_body(request)
    changed = patched(old, operations, may_change=lambda field: field not in _SERVER_OWNED)
    return Reply.json(_store(data, old, _checked_job(changed, jobs_state(data))))


@refusals_as_replies()
async def update_status(request: web.Request, data: ServerData) -> Reply:
    """``PUT /jobs/{jobId}/status``: move the job to another status (recorded in history)."""
    job = find_job(request, data)
    body = Checker(await json_body(request)).required("status").one_of("status", JOB_STATUSES)
    status = body.done()["status"]
    stamp = now()
    job.update(status=status, updatedOn=stamp, lastActivityOn=stamp)
    state = jobs_state(data)
    state.history[job["id"]].append(state.status_change(status, stamp, "api-user"))
    emit(data, "job.status.updated", {"id": job["id"]}, f"/jobs/{job['id']}")
    return Reply.json({"status": status})


def _history(request: web.Request, data: ServerData) -> Reply:
    """Every status change of the job, oldest first."""
    return listed(jobs_state(data).history[find_job(request, data)["id"]])


def _note(request: web.Request, data: ServerData) -> Json:
    return {"content": jobs_state(data).notes[find_job(request, data)["id"]]}


@refusals_as_replies()
async def update_note(request: web.Request, data: ServerData) -> Reply:
    """``PUT /jobs/{jobId}/note``: ``content`` (a string, may be empty) is required."""
    job = find_job(request, data)
    check = Checker(await json_body(request)).kind("content", str, "a string")
    content = check.done().get("content")
    if content is None:
        raise Refusal(400, "REQUIRED_FIELD", "content is required")
    jobs_state(data).notes[job["id"]] = content
    return Reply.json({"content": content})


@refusals_as_replies()
async def update_headcount(request: web.Request, data: ServerData) -> Reply:
    """``PATCH /jobs/{jobId}/headcount``: a salary range; applied to the job's compensation."""
    job = find_job(request, data)
    check = Checker(await json_body(request)).required(
        "salaryRange.min", "salaryRange.max", "salaryRange.currency"
    )
    check.kind("salaryRange.min", (int, float), "a number")
    check.kind("salaryRange.max", (int, float), "a number")
    currency = check.get("salaryRange.currency")
    if currency is not None and not (isinstance(currency, str) and len(currency) == 3):
        check.fail("INVALID_VALUE", "salaryRange.currency must be an ISO 4217 code")
    low, high = check.get("salaryRange.min"), check.get("salaryRange.max")
    if isinstance(low, int | float) and isinstance(high, int | float) and low > high:
        check.fail("INVALID_VALUE", "salaryRange.min must not exceed salaryRange.max")
    salary = check.done()["salaryRange"]
    job["compensation"] = {"min": low, "max": high, "currency": salary["currency"]}
    job["updatedOn"] = now()
    return Reply.json({"status": "PENDING"}, status=202)


@refusals_as_replies()
async def latest_approval(request: web.Request, data: ServerData) -> Reply:
    """``GET /jobs/{jobId}/approvals/latest``: 404 when the job was never sent for approval."""
    job = find_job(request, data)
    approval = jobs_state(data).approvals.get(job["id"])
    if approval is None:
        raise NotFound(f"Job {job['id']} has no approval request")
    return Reply.json(approval)


HANDLERS: Mapping[str, Handler] = {
    "jobs.all": list_jobs,
    "jobs.create": create_job,
    "jobs.get": JOBS.getter(),
    "jobs.update": update_job,
    "jobs.patch": patch_job,
    "jobs.status.update": update_status,
    "jobs.status.history.get": answering(_history),
    "jobs.notes.get": answering(_note),
    "jobs.notes.update": update_note,
    "jobs.headcount.update": update_headcount,
    "jobs.approvals.latest": latest_approval,
    **job_team.HANDLERS,
    **job_ads.HANDLERS,
}
