"""Reading query parameters the way the API validates them, and the opaque ``pageId`` cursors."""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import enum
import typing
from typing import Any

from multidict import MultiMapping

from ..._protocol.routes import Param, Route

__all__ = [
    "InvalidParameter",
    "date_time",
    "declared",
    "integer",
    "page_id",
    "page_offset",
    "page_position",
    "repeated",
]


class InvalidParameter(ValueError):
    """A query parameter the API would refuse with 400 ``INVALID_PARAMETER``."""


def integer(
    query: MultiMapping[str], name: str, default: int, *, low: int, high: int | None = None
) -> int:
    """``query[name]`` as an integer in ``[low, high]``, or ``default`` when absent."""
    text = query.get(name)
    if text is None:
        return default
    try:
        value = int(text)
    except ValueError:
        raise InvalidParameter(f"{name} must be an integer") from None
    if high is not None and not low <= value <= high:
        raise InvalidParameter(f"{name} must be between {low} and {high}")
    if value < low:
        raise InvalidParameter(f"{name} must be greater than or equal to {low}")
    return value


def repeated(query: MultiMapping[str], name: str) -> list[str]:
    """Every value of ``name``, whether repeated (``a=1&a=2``) or comma-separated (``a=1,2``)."""
    return [part for value in query.getall(name, []) for part in value.split(",") if part]


def date_time(query: MultiMapping[str], name: str) -> dt.datetime | None:
    """``query[name]`` as an aware datetime (``Z``, ``+0000`` or ``+00:00``; naive means UTC)."""
    text = query.get(name)
    if text is None:
        return None
    try:
        # An unencoded "+0000" arrives as " 0000": query strings decode "+" as a space.
        value = dt.datetime.fromisoformat(text.strip().replace(" ", "+"))
    except ValueError:
        raise InvalidParameter(f"{name} must be an ISO 8601 date-time") from None
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


def page_id(listing: str, position: object) -> str:
    """The opaque ``pageId`` of the page of ``listing`` (``"users"``) that starts at
    ``position`` (an offset or a key); ``page_position`` reads it back."""
    return base64.urlsafe_b64encode(f"{listing}:{position}".encode()).decode().rstrip("=")


def page_position(query: MultiMapping[str], listing: str, *, name: str = "pageId") -> str | None:
    """The position ``query``'s ``pageId`` (or ``name``) stands for (``None`` without one);
    refuses a ``pageId`` that ``page_id`` did not make for ``listing``."""
    token = query.get(name)
    if not token:
        return None
    try:
        text = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError):
        text = ""
    name, colon, position = text.partition(":")
    if name != listing or not colon:
        raise InvalidParameter(f"{name} is not a page id this API returned")
    return position


def page_offset(query: MultiMapping[str], listing: str, *, name: str = "pageId") -> int:
    """The offset ``query``'s ``pageId`` (or ``name``) stands for (0 without one); see
    ``page_position``."""
    position = page_position(query, listing, name=name)
    if position is None:
        return 0
    if not position.isdigit():
        raise InvalidParameter(f"{name} is not a page id this API returned")
    return int(position)


# The paginator sets these; every paged route accepts them whether declared or not.
_PAGING_WIRE = frozenset({"pageId", "page_id", "nextPageId", "offset", "limit", "page"})


def declared(query: MultiMapping[str], route: Route[Any]) -> dict[str, Any]:
    """``route``'s declared query parameters by Python name, read as their declared types.

    The fake server reads parameters through the same declaration the SDK sends them by, and
    refuses a name the route does not declare, so an SDK that sends one fails its own tests.
    Raises ``InvalidParameter`` for an unknown name, a missing required one or a bad value.
    """
    by_wire = {p.wire: p for p in route.query if not p.is_family}
    families = [p for p in route.query if p.is_family]
    unknown = sorted(
        name
        for name in set(query) - set(by_wire) - _PAGING_WIRE
        if not any(name.startswith(f.wire) for f in families)
    )
    if unknown:
        raise InvalidParameter(f"unknown query parameter(s): {', '.join(unknown)}")
    values: dict[str, Any] = {}
    for family in families:
        item = typing.get_args(family.type)[1]
        members = {
            name.removeprefix(family.wire): _read(query, Param(name, name, item))
            for name in dict.fromkeys(query)
            if name.startswith(family.wire)
        }
        if members:
            values[family.name] = members
    for declared_param in route.query:
        if declared_param.is_family:
            continue
        if declared_param.wire in query:
            values[declared_param.name] = _read(query, declared_param)
        elif declared_param.required:
            raise InvalidParameter(f"{declared_param.wire} is required")
    return values


def _read(query: MultiMapping[str], param: Param) -> Any:
    if typing.get_origin(param.type) is list:
        item = typing.get_args(param.type)[0]
        return [_value(param.wire, text, item) for text in repeated(query, param.wire)]
    if param.type is dt.datetime:
        return date_time(query, param.wire)
    return _value(param.wire, query[param.wire], param.type)


def _value(wire: str, text: str, kind: Any) -> Any:
    if kind is int:
        try:
            return int(text)
        except ValueError:
            raise InvalidParameter(f"{wire} must be an integer") from None
    if kind is float:
        try:
            return float(text)
        except ValueError:
            raise InvalidParameter(f"{wire} must be a number") from None
    if kind is bool:
        if text not in ("true", "false"):
            raise InvalidParameter(f"{wire} must be true or false")
        return text == "true"
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        allowed = {str(member.value) for member in kind}
        if text not in allowed:
            raise InvalidParameter(f"{wire} must be one of {sorted(allowed)}")
        return text
    return text
