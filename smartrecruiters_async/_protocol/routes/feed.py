"""Feed API: ``feed-api.json`` (job boards read SmartRecruiters' postings and report back)."""

from __future__ import annotations

import datetime as dt

from ...models import feed as m
from ..json_value import AsSent
from ._route import Paging, RouteGroup, param

_GROUP = RouteGroup("feed", spec="feed-api.json")

LIST = _GROUP.route(
    "GET",
    "postingsJSONStream",
    "/feed/publications",
    returns=m.FeedPosting,
    paging=Paging.OFFSET,
    items_key="jobs",
    query=(
        param("updated_after", dt.datetime),
        param("status", list[m.FeedStatus]),
        param("offset", int),
        param("limit", int),
    ),
)
GET = _GROUP.route(
    "GET", "findPostingUsingJson", "/feed/publications/{posting_id}", returns=m.FeedPosting
)
# Setting a status is a replace: sending it twice leaves the same state.
UPDATE = _GROUP.route(
    "PUT",
    "updatePostingUsingJson",
    "/feed/publications/{posting_id}",
    returns=AsSent,
    body=m.FeedStatusUpdate,
)

ROUTES = _GROUP.routes
