"""Faults that bend a real reply instead of replacing it: odd list pages, cut JSON, echoes.

A gateway or a misbehaving service can answer 200 with a page that lacks ``content``, a cursor
that points back at the page itself, or the first page again whatever was asked; a proxy can
repeat the credential in its 401. These build such replies from the handler's real one (or
from the request), so clients can be tested against them.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import quote

import attrs
from aiohttp import web

from .faults import Fault, PageShape
from .replies import Reply, error_body

__all__ = ["CURSOR_PARAMS", "Serve", "bend_page", "cut_json", "echo_credentials"]

Serve = Callable[[web.Request], Awaitable[Reply]]
"""Runs the operation's handler for a request (to serve another page of the same list)."""

CURSOR_PARAMS = ("pageId", "page_id", "nextPageId", "page")
"""Query parameters that carry a list's position, besides ``offset``."""


def _json(reply: Reply) -> Any:
    try:
        return json.loads(reply.body)
    except ValueError:
        return None


def _with_body(reply: Reply, data: object) -> Reply:
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()
    return attrs.evolve(reply, body=body)


def cut_json(reply: Reply) -> Reply:
    """``reply`` with the first half of its body only (``Content-Length`` will match)."""
    return attrs.evolve(reply, body=reply.body[: len(reply.body) // 2], stream=False, gzip=False)


async def bend_page(shape: PageShape, request: web.Request, reply: Reply, serve: Serve) -> Reply:
    """The real page ``reply`` bent into ``shape`` (see ``Fault.malformed_page``).

    Replies that are not a JSON object page (errors, other bodies) pass unchanged.
    """
    page = _json(reply)
    if reply.status >= 300 or not isinstance(page, dict):
        return reply
    if shape == "no_content":
        page.pop("content", None)
    elif shape == "null_content":
        page["content"] = None
    elif shape == "no_total":
        page.pop("totalFound", None)
    elif shape == "null_total":
        page["totalFound"] = None
    elif shape == "text_total":
        page["totalFound"] = "lots"
    elif shape == "bare_array":
        return _with_body(reply, page.get("content") or [])
    elif shape == "repeat_cursor":
        return _repeat_cursor(request, reply, page)
    elif shape == "cursor_ignored":
        first = _json(await serve(_first_page_request(request)))
        if isinstance(first, dict):
            page["content"] = first.get("content")
    return _with_body(reply, page)


def _repeat_cursor(request: web.Request, reply: Reply, page: dict[str, Any]) -> Reply:
    sent = next((request.query[p] for p in CURSOR_PARAMS if p in request.query), None)
    if sent is None:
        return reply  # a first page has no cursor to repeat
    page["nextPage" if "nextPage" in page else "nextPageId"] = sent
    headers = dict(reply.headers)
    if "Link" in headers:
        url = request.url.update_query({"pageId": sent})
        headers["Link"] = f'<{url}>; rel="next"'
    return attrs.evolve(_with_body(reply, page), headers=headers)


def _first_page_request(request: web.Request) -> web.Request:
    rel_url = request.rel_url.without_query_params("offset", *CURSOR_PARAMS)
    return request.clone(rel_url=rel_url)


def echo_credentials(fault: Fault, request: web.Request) -> Reply:
    """An error reply repeating the request's credentials in every place a proxy might."""
    key = request.headers.get("X-SmartToken", "")
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    secrets = [s for s in (key, token if scheme.lower() == "bearer" else "") if s]
    shown = ", ".join(secrets) or "none"
    body = error_body("UNAUTHORIZED", f"Invalid credentials: {shown}")
    body["errors"].append(
        {"code": "ECHO", "message": "sent: " + " ".join(quote(s, safe="") for s in secrets)}
    )
    body["request"] = {"headers": {k: v for k, v in request.headers.items()}}
    reply = Reply.json(body, status=fault.status)
    return attrs.evolve(reply, headers={"WWW-Authenticate": f'Bearer error="{shown}"'})
