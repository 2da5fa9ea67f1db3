"""Reading request bodies and refusing bad ones the way the API does: the one place for it.

Handlers raise ``Refusal`` (any status with one or more ``(code, message)`` errors), ``NotFound``
(404), ``Conflict`` (409) or ``params.InvalidParameter`` (400) wherever they find a problem, and
wrap themselves in ``refusals_as_replies``, which turns them into error replies in the documented
shape, so validation reads top to bottom. ``Checker`` collects every problem of one body (as the
API reports them all at once); the ``required_*``/``optional_*`` readers refuse at the first one
and return the value typed.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import uuid
from collections.abc import Callable, Collection, Mapping
from typing import Any, Literal, TypeVar

from aiohttp import web

from ..patch_apply import PatchConflict, PatchError, apply_patch
from ..replies import Handler, Reply
from ..state import ServerData
from . import params

__all__ = [
    "Checker",
    "Conflict",
    "NotFound",
    "Refusal",
    "bad_request",
    "found",
    "json_array",
    "json_body",
    "json_object",
    "not_found",
    "optional_enum",
    "optional_object",
    "optional_string",
    "patched",
    "refusals_as_replies",
    "required_date_time",
    "required_enum",
    "required_object",
    "required_string",
    "string_list",
]

Json = dict[str, Any]
Style = Literal["customer", "partner", "apply"]
V = TypeVar("V")


class Refusal(Exception):
    """A request the API refuses: ``status`` and its ``errors`` as ``(code, message)`` pairs.

    ``message`` heads the body: the first error's message unless ``headline`` says otherwise.
    """

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        *more: tuple[str, str],
        headline: str | None = None,
    ) -> None:
        self.status = status
        self.errors = [(code, message), *more]
        self.message = headline or message
        super().__init__("; ".join(m for _, m in self.errors))


class NotFound(Refusal):
    """404: the addressed object does not exist."""

    def __init__(self, message: str, code: str = "NOT_FOUND") -> None:
        super().__init__(404, code, message)


class Conflict(Refusal):
    """409: the request contradicts the object's current state."""

    def __init__(self, message: str, code: str = "CONFLICT") -> None:
        super().__init__(409, code, message)


def bad_request(message: str, code: str = "INVALID_PARAMETER") -> Refusal:
    """A 400 refusal."""
    return Refusal(400, code, message)


def not_found(what: str, ident: str) -> NotFound:
    """A 404 refusal naming what was not found: ``"{what} {ident} not found"``."""
    return NotFound(f"{what} {ident} not found")


def found(mapping: Mapping[str, V], key: str, what: str) -> V:
    """``mapping[key]``; a 404 naming ``what`` (``"{what} {key} not found"``) when it is absent."""
    if key not in mapping:
        raise not_found(what, key)
    return mapping[key]


def _customer_error(refusal: Refusal) -> Reply:
    errors = [{"code": c, "message": m} for c, m in refusal.errors]
    return Reply.json({"message": refusal.message, "errors": errors}, status=refusal.status)


def _partner_error(refusal: Refusal) -> Reply:
    # The Marketplace/partner error object: {id, httpCode, code, message, helpUrl}.
    code = refusal.errors[0][0].lower()
    body = {
        "id": uuid.uuid4().hex,
        "httpCode": str(refusal.status),
        "code": code,
        "message": "; ".join(m for _, m in refusal.errors),
        "helpUrl": f"http://api.smartrecruiters.com/v1/errors/{code}",
    }
    return Reply.json(body, status=refusal.status)


def _apply_error(refusal: Refusal) -> Reply:
    # The Application API's error object: {id, code, message}.
    body = {"id": str(uuid.uuid4()), "code": refusal.errors[0][0], "message": refusal.message}
    return Reply.json(body, status=refusal.status)


_SHAPES = {"customer": _customer_error, "partner": _partner_error, "apply": _apply_error}


def refusals_as_replies(style: Style = "customer") -> Callable[[Handler], Handler]:
    """Decorator: a handler's ``Refusal`` (with ``NotFound`` and ``Conflict``) and
    ``InvalidParameter`` (400) become error replies in the ``customer`` (``{message, errors}``),
    ``partner`` (Marketplace) or ``apply`` (Application API) shape."""
    shape = _SHAPES[style]

    def wrap(handler: Handler) -> Handler:
        @functools.wraps(handler)
        async def guarded(request: web.Request, data: ServerData) -> Reply:
            try:
                return await handler(request, data)
            except Refusal as refusal:
                return shape(refusal)
            except params.InvalidParameter as error:
                return shape(bad_request(str(error)))

        return guarded

    return wrap


_REQUIRED: Any = object()


async def json_body(request: web.Request, *, empty: Any = _REQUIRED) -> Any:
    """The decoded JSON body (``empty`` when there is none, if given); 400 when not JSON."""
    text = await request.text()
    if not text.strip():
        if empty is _REQUIRED:
            raise bad_request("Request body is required", "INVALID_JSON")
        return empty
    try:
        return json.loads(text)
    except ValueError:
        raise bad_request("Request body is not valid JSON", "INVALID_JSON") from None


async def json_object(request: web.Request) -> Json:
    """The request body as a JSON object; 400 for anything else."""
    body = await json_body(request)
    if not isinstance(body, dict):
        raise bad_request("Request body must be a JSON object", "INVALID_JSON")
    return body


async def json_array(request: web.Request) -> list[Any]:
    """The request body as a JSON array; 400 for anything else."""
    body = await json_body(request)
    if not isinstance(body, list):
        raise bad_request("Request body must be a JSON array", "INVALID_JSON")
    return body


def patched(doc: Json, operations: Any, *, may_change: Callable[[str], bool]) -> Json:
    """``doc`` with the JSON Patch ``operations`` applied, as a new object (``doc`` is unchanged).

    ``may_change`` says which top-level fields a patch may write (``test`` may read any).
    Refuses (400) a body that is not a non-empty array, a read-only field or a malformed
    operation; a failed ``test`` is a 409. The patch applies completely or not at all.
    """
    if not isinstance(operations, list) or not operations:
        raise bad_request("Request body must be a non-empty JSON Patch array", "INVALID_JSON")
    for op in operations:
        if not isinstance(op, dict) or op.get("op") == "test":
            continue
        written = [op.get("path")] + ([op.get("from")] if op.get("op") == "move" else [])
        for pointer in written:
            head = str(pointer or "").split("/")[1:2]
            if isinstance(pointer, str) and (not head or not may_change(head[0])):
                raise bad_request(f"{pointer or '/'} cannot be changed", "READ_ONLY_FIELD")
    try:
        return dict(apply_patch(doc, operations))
    except PatchConflict as error:
        raise Conflict(str(error), "TEST_FAILED") from None
    except PatchError as error:
        raise bad_request(str(error), "INVALID_PATCH") from None


class Checker:
    """Collects every problem of one JSON object, then ``done()`` raises them together.

    Paths are dotted wire names (``"location.countryCode"``). A path reports one problem at most:
    once it has failed, later checks of it are skipped.
    """

    def __init__(self, body: Any, what: str = "body") -> None:
        if not isinstance(body, dict):
            raise bad_request(f"The {what} must be a JSON object", "INVALID_JSON")
        self.body: Json = body
        self.errors: list[tuple[str, str]] = []
        self._failed: set[str] = set()

    def get(self, path: str) -> Any:
        """The value at ``path``, or ``None`` when absent."""
        value: Any = self.body
        for key in path.split("."):
            if not isinstance(value, dict) or key not in value:
                return None
            value = value[key]
        return value

    def fail(self, code: str, message: str, path: str = "") -> None:
        """Record one problem (of ``path``, when given)."""
        self.errors.append((code, message))
        if path:
            self._failed.add(path)

    def _present(self, path: str) -> Any:
        return None if path in self._failed else self.get(path)

    def required(self, *paths: str) -> Checker:
        """Each path must hold a value (a non-blank one for strings), else ``REQUIRED_FIELD``."""
        for path in paths:
            value = self.get(path)
            if value is None or (isinstance(value, str) and not value.strip()):
                self.fail("REQUIRED_FIELD", f"{path} is required", path)
        return self

    def one_of(self, path: str, allowed: Collection[str]) -> Checker:
        """When present, ``path`` must be one of the strings ``allowed``."""
        value = self._present(path)
        if value is not None and (not isinstance(value, str) or value not in allowed):
            allowed_text = ", ".join(sorted(allowed))
            self.fail("INVALID_VALUE", f"{path} must be one of {allowed_text}", path)
        return self

    def kind(
        self,
        path: str,
        types: type | tuple[type, ...],
        label: str,
        *,
        code: str = "INVALID_VALUE",
    ) -> Checker:
        """When present, ``path`` must be of ``types`` (``label`` names it in the message)."""
        allowed = types if isinstance(types, tuple) else (types,)
        value = self._present(path)
        wrong_bool = isinstance(value, bool) and bool not in allowed  # bool is an int subclass
        if value is not None and (not isinstance(value, allowed) or wrong_bool):
            self.fail(code, f"{path} must be {label}", path)
        return self

    def date(self, path: str) -> dt.date | None:
        """When present, ``path`` must be an ISO date (a date-time is accepted); returns it."""
        value = self._present(path)
        if value is None:
            return None
        try:
            return dt.date.fromisoformat(str(value)[:10])
        except ValueError:
            self.fail("INVALID_VALUE", f"{path} must be an ISO 8601 date", path)
            return None

    def done(self, headline: str | None = "Request is invalid") -> Json:
        """Raise one 400 ``Refusal`` with every problem (headed by ``headline`` when there are
        several, else by the first problem); otherwise return the body."""
        if self.errors:
            first, *more = self.errors
            raise Refusal(400, *first, *more, headline=headline if more else None)
        return self.body


def required_string(body: Mapping[str, Any], key: str, *, where: str = "") -> str:
    """``body[key]``, a non-blank string; refuses anything else."""
    value = body.get(key)
    if not isinstance(value, str) or not value.strip():
        raise bad_request(f"{where}{key} is required and must be a non-empty string")
    return value


def optional_string(body: Mapping[str, Any], key: str, *, where: str = "") -> str | None:
    """``body[key]`` when present: a string (``None`` when absent or null)."""
    value = body.get(key)
    if value is not None and not isinstance(value, str):
        raise bad_request(f"{where}{key} must be a string")
    return value


def optional_enum(body: Mapping[str, Any], key: str, allowed: Collection[str]) -> str | None:
    """``body[key]`` when present: one of ``allowed``; refuses other values."""
    if body.get(key) is None:
        return None
    return required_enum(body, key, allowed)


def required_enum(body: Mapping[str, Any], key: str, allowed: Collection[str]) -> str:
    """``body[key]``, one of ``allowed``; refuses anything else."""
    value = body.get(key)
    if not isinstance(value, str) or value not in allowed:
        raise bad_request(f"{key} must be one of {', '.join(sorted(allowed))}")
    return value


def optional_object(body: Mapping[str, Any], key: str) -> Json | None:
    """``body[key]`` when present: a JSON object."""
    if body.get(key) is None:
        return None
    return required_object(body, key)


def required_object(body: Mapping[str, Any], key: str) -> Json:
    """``body[key]``, a JSON object."""
    value = body.get(key)
    if not isinstance(value, dict):
        raise bad_request(f"{key} is required and must be an object")
    return value


def string_list(body: Mapping[str, Any], key: str, *, required: bool = False) -> list[str]:
    """``body[key]``, a list of non-empty strings (empty when absent and not required)."""
    value = body.get(key)
    if value is None and not required:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise bad_request(f"{key} must be a list of non-empty strings")
    return value


def required_date_time(body: Mapping[str, Any], key: str) -> dt.datetime:
    """``body[key]`` as an aware datetime (ISO 8601 with ``Z``, ``+0000`` or ``+00:00``)."""
    value = body.get(key)
    if not isinstance(value, str):
        raise bad_request(f"{key} is required and must be an ISO 8601 date-time")
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        raise bad_request(f"{key} must be an ISO 8601 date-time") from None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=dt.UTC)
