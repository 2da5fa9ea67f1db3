"""Reading request bodies and refusing bad ones the way the API does.

Handlers raise ``Refusal`` (400 with every problem found), ``NotFound`` (404) or
``params.InvalidParameter`` (400) and wrap themselves in ``refusals_as_replies``, which turns
them into error replies in the documented shape, so validation reads as a list of checks.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import uuid
from collections.abc import Callable, Collection, Iterable
from typing import Any, Literal

from aiohttp import web

from ..replies import Handler, Reply
from ..state import ServerData
from . import params

__all__ = [
    "Checker",
    "Conflict",
    "NotFound",
    "Refusal",
    "json_body",
    "refusals_as_replies",
]

Json = dict[str, Any]
Style = Literal["customer", "partner"]


class Refusal(Exception):
    """400: the body is not acceptable; ``errors`` are ``(code, message)`` pairs."""

    def __init__(self, errors: Iterable[tuple[str, str]]) -> None:
        self.errors = list(errors)
        super().__init__("; ".join(message for _, message in self.errors))


class NotFound(Exception):
    """404: the addressed object does not exist."""


class Conflict(Exception):
    """409: the request contradicts the object's current state."""


def _customer_error(status: int, errors: list[tuple[str, str]]) -> Reply:
    message = errors[0][1] if len(errors) == 1 else "Request is invalid"
    body = {"message": message, "errors": [{"code": c, "message": m} for c, m in errors]}
    return Reply.json(body, status=status)


def _partner_error(status: int, errors: list[tuple[str, str]]) -> Reply:
    # The Marketplace/partner error object: {id, httpCode, code, message, helpUrl}.
    code = errors[0][0]
    body = {
        "id": uuid.uuid4().hex,
        "httpCode": str(status),
        "code": code.lower(),
        "message": "; ".join(m for _, m in errors),
        "helpUrl": f"http://api.smartrecruiters.com/v1/errors/{code.lower()}",
    }
    return Reply.json(body, status=status)


def refusals_as_replies(style: Style = "customer") -> Callable[[Handler], Handler]:
    """Decorator: a handler's ``Refusal``, ``InvalidParameter`` (400), ``NotFound`` (404) and
    ``Conflict`` (409) become error replies in the ``customer`` or ``partner`` shape."""
    shape = _customer_error if style == "customer" else _partner_error

    def wrap(handler: Handler) -> Handler:
        @functools.wraps(handler)
        async def guarded(request: web.Request, data: ServerData) -> Reply:
            try:
                return await handler(request, data)
            except Refusal as refusal:
                return shape(400, refusal.errors)
            except params.InvalidParameter as error:
                return shape(400, [("INVALID_PARAMETER", str(error))])
            except NotFound as missing:
                return shape(404, [("NOT_FOUND", str(missing))])
            except Conflict as conflict:
                return shape(409, [("CONFLICT", str(conflict))])

        return guarded

    return wrap


async def json_body(request: web.Request, *, empty: Any = None) -> Any:
    """The decoded JSON body (``empty`` when there is none); ``Refusal`` when not JSON."""
    text = await request.text()
    if not text.strip():
        if empty is None:
            raise Refusal([("INVALID_JSON", "Request body is required")])
        return empty
    try:
        return json.loads(text)
    except ValueError:
        raise Refusal([("INVALID_JSON", "Request body is not valid JSON")]) from None


_MISSING = object()


class Checker:
    """Collects every problem of one JSON object, then ``done()`` raises them together.

    Paths are dotted wire names (``"location.countryCode"``).
    """

    def __init__(self, body: Any, what: str = "body") -> None:
        if not isinstance(body, dict):
            raise Refusal([("INVALID_JSON", f"The {what} must be a JSON object")])
        self.body: Json = body
        self.errors: list[tuple[str, str]] = []

    def get(self, path: str) -> Any:
        """The value at ``path``, or ``None`` when absent."""
        value: Any = self.body
        for key in path.split("."):
            if not isinstance(value, dict) or key not in value:
                return None
            value = value[key]
        return value

    def fail(self, code: str, message: str) -> None:
        """Record one problem."""
        self.errors.append((code, message))

    def required(self, *paths: str) -> Checker:
        """Each path must hold a value (a non-blank one for strings)."""
        for path in paths:
            value = self.get(path)
            if value is None or (isinstance(value, str) and not value.strip()):
                self.fail("FIELD_REQUIRED", f"{path} is required")
        return self

    def one_of(self, path: str, allowed: Collection[str]) -> Checker:
        """When present, ``path`` must be one of the strings ``allowed``."""
        value = self.get(path)
        if value is not None and (not isinstance(value, str) or value not in allowed):
            self.fail("INVALID_VALUE", f"{path} must be one of {', '.join(sorted(allowed))}")
        return self

    def kind(self, path: str, types: type | tuple[type, ...], label: str) -> Checker:
        """When present, ``path`` must be of ``types`` (``label`` names it in the message)."""
        allowed = types if isinstance(types, tuple) else (types,)
        value = self.get(path)
        wrong_bool = isinstance(value, bool) and bool not in allowed  # bool is an int subclass
        if value is not None and (not isinstance(value, allowed) or wrong_bool):
            self.fail("INVALID_VALUE", f"{path} must be {label}")
        return self

    def date(self, path: str) -> dt.date | None:
        """When present, ``path`` must be an ISO date (a date-time is accepted); returns it."""
        value = self.get(path)
        if value is None:
            return None
        try:
            return dt.date.fromisoformat(str(value)[:10])
        except ValueError:
            self.fail("INVALID_VALUE", f"{path} must be an ISO 8601 date")
            return None

    def done(self) -> Json:
        """Raise ``Refusal`` if anything failed; otherwise return the body."""
        if self.errors:
            raise Refusal(self.errors)
        return self.body
