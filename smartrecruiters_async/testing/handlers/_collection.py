"""Table-driven handlers for the shapes most operations share: list, get by id or 404, delete,
set fields, or any plain function of the request (``answering``). A family declares where its
objects live once and takes its handlers from the declaration instead of writing each one:

    DEPARTMENTS = Collection("Department", "department_id", lambda rq, s: s.departments, config)
    HANDLERS = {
        "configuration.department.all": DEPARTMENTS.listing(),
        "configuration.department.get": DEPARTMENTS.getter(),
        "configuration.department.create": create_department,  # validation stays hand-written
    }

``state`` is the family's state getter (``users_state``, ``config``); ``items(request, state)``
gets the request too, so a nested collection (the values of one property) finds its parent
first and lets the parent's 404 through. Every handler answers refusals in ``style``.
A family's hand-written handlers call ``one(request, state)`` for the object the path names.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, MutableMapping, Sequence
from typing import Any, Generic, TypeVar

import attrs
from aiohttp import web

from ..replies import Handler, Reply
from ..state import ServerData
from . import params
from .checks import NotFound, Style, refusals_as_replies

__all__ = ["Collection", "OffsetPage", "answering", "listed", "server_data"]

Json = dict[str, Any]
S = TypeVar("S")


def _as_is(request: web.Request, state: Any, item: Json) -> Json:
    return item


def server_data(data: ServerData) -> ServerData:
    """The ``state`` of a collection whose ``items`` read the server's data itself."""
    return data


def listed(content: list[Any], *, total: bool = True, status: int = 200) -> Reply:
    """``{"totalFound", "content"}`` (``{"content"}`` without ``total``): an unpaged listing."""
    body = {"totalFound": len(content), "content": content} if total else {"content": content}
    return Reply.json(body, status=status)


@attrs.frozen
class OffsetPage:
    """The ``limit`` (1–100) and ``offset`` (≥ 0) of an offset-paged listing's request."""

    limit: int
    offset: int

    @classmethod
    def read(cls, request: web.Request, *, limit: int = 10) -> OffsetPage:
        """The request's ``limit`` (``limit`` when absent) and ``offset`` (0); 400 when bad."""
        return cls(
            limit=params.integer(request.query, "limit", limit, low=1, high=100),
            offset=params.integer(request.query, "offset", 0, low=0),
        )

    def reply(self, found: Sequence[Any], present: Callable[[Any], Any] = lambda x: x) -> Reply:
        """``{"offset", "limit", "totalFound", "content"}``: this page of ``found``, each item
        ``present``-ed."""
        content = [present(item) for item in found[self.offset : self.offset + self.limit]]
        body = {"offset": self.offset, "limit": self.limit, "totalFound": len(found)}
        return Reply.json({**body, "content": content})


def answering(
    answer: Callable[[web.Request, ServerData], object], style: Style = "customer"
) -> Handler:
    """A handler from a plain function of the request and the data that may raise ``Refusal``;
    anything but a ``Reply`` it returns is sent as JSON (200)."""

    @refusals_as_replies(style)
    async def serve(request: web.Request, data: ServerData) -> Reply:
        reply = answer(request, data)
        return reply if isinstance(reply, Reply) else Reply.json(reply)

    return serve


@attrs.frozen
class Collection(Generic[S]):
    """Objects of one kind by id: ``what`` names them in a 404 (``"{what} {id} not found"``),
    ``key`` is the path parameter holding the id, ``items(request, state)`` the mapping and
    ``state`` the family's state of a server."""

    what: str
    key: str
    items: Callable[[web.Request, S], Mapping[str, Json]]
    state: Callable[[ServerData], S]
    present: Callable[[web.Request, S, Json], Json] = _as_is
    """How a stored object is served (a translated label, added links); as stored by default."""
    style: Style = "customer"
    missing: str = "{what} {id} not found"
    """The 404's message."""

    def one(self, request: web.Request, state: S) -> Json:
        """The stored object the path names; 404 when there is none."""
        items, item_id = self.items(request, state), request.match_info[self.key]
        if item_id not in items:
            raise NotFound(self.missing.format(what=self.what, id=item_id))
        return items[item_id]

    def _handler(self, answer: Callable[[web.Request, S], Reply]) -> Handler:
        return answering(lambda rq, d: answer(rq, self.state(d)), self.style)

    def listing(self, *, total: bool = True) -> Handler:
        """Every object, unpaged, in ``listed``'s shape."""
        return self._handler(
            lambda rq, s: listed(
                [self.present(rq, s, item) for item in self.items(rq, s).values()], total=total
            )
        )

    def getter(self) -> Handler:
        """The object the path names, or 404."""
        return self._handler(lambda rq, s: Reply.json(self.present(rq, s, self.one(rq, s))))

    def deleter(self) -> Handler:
        """Remove the object the path names; 204, or 404."""

        def delete(request: web.Request, state: S) -> Reply:
            self.one(request, state)
            items = self.items(request, state)
            assert isinstance(items, MutableMapping)
            del items[request.match_info[self.key]]
            return Reply.empty()

        return self._handler(delete)

    def setter(self, **fields: Any) -> Handler:
        """Set ``fields`` on the object the path names (a callable value is called each time,
        as ``now`` for a timestamp); 204, or 404."""

        def update(request: web.Request, state: S) -> Reply:
            values = {k: v() if callable(v) else v for k, v in fields.items()}
            self.one(request, state).update(values)
            return Reply.empty()

        return self._handler(update)
