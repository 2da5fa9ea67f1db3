"""THE cattrs converter: the only module that imports cattrs.

Wire rules (DESIGN 7): attributes are snake_case, JSON keys camelCase unless a field's metadata
names its wire key; fields the model does not declare are kept in ``extra_fields`` and written
back; ``None`` is never sent; datetimes are timezone-aware and written in UTC as
``2013-02-26T12:50:02.594+0000``; an unknown enum value stays a plain string.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import attrs
import cattrs

__all__ = ["converter", "format_datetime", "parse_datetime", "structure", "unstructure", "wire"]

T = TypeVar("T")

EXTRA = "extra_fields"
_WIRE = "wire"
_DATETIME = re.compile(
    r"(?P<date>\d{4}-\d{2}-\d{2})[T ](?P<time>\d{2}:\d{2}(?::\d{2})?)(?P<frac>\.\d+)?"
    r"(?P<tz>Z|[+-]\d{2}:?\d{2})?$"
)


def wire(name: str) -> dict[str, str]:
    """Field metadata naming a wire key that is not the camelCase of the attribute name."""
    return {_WIRE: name}


def camel(name: str) -> str:
    """``released_after`` -> ``releasedAfter``."""
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def wire_name(field: attrs.Attribute[Any]) -> str:
    """The JSON key of an attrs field."""
    return str(field.metadata.get(_WIRE) or camel(field.name))


def parse_datetime(text: str) -> dt.datetime:
    """Parse the API's ISO 8601 forms (``Z``, ``+0000``, ``+00:00``, optional fraction).

    A value without an offset is taken as UTC, as the overview says all times are UTC.
    Raises ``ValueError`` on anything else.
    """
    match = _DATETIME.match(text.strip())
    if match is None:
        raise ValueError(f"not an ISO 8601 date-time: {text!r}")
    time = match["time"] if match["time"].count(":") == 2 else match["time"] + ":00"
    frac = (match["frac"] or "")[1:7].ljust(6, "0") if match["frac"] else "000000"
    tz = match["tz"] or "Z"
    offset = "+00:00" if tz == "Z" else (tz if ":" in tz else f"{tz[:3]}:{tz[3:]}")
    return dt.datetime.fromisoformat(f"{match['date']}T{time}.{frac}{offset}")


def format_datetime(value: dt.datetime) -> str:
    """Write a datetime in UTC as the overview documents: ``2013-02-26T12:50:02.594+0000``.

    Raises ``ValueError`` for a naive datetime, whose meaning would be a guess.
    """
    if value.tzinfo is None:
        raise ValueError("naive datetime: attach a timezone (e.g. datetime.UTC) before sending")
    utc = value.astimezone(dt.UTC)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}+0000"


def _is_enum_or_str(tp: Any) -> bool:
    args = typing.get_args(tp)
    if typing.get_origin(tp) not in (typing.Union, types.UnionType) or str not in args:
        return False
    rest = [a for a in args if a not in (str, type(None))]
    return len(rest) == 1 and isinstance(rest[0], type) and issubclass(rest[0], enum.Enum)


def _structure_enum_or_str(value: Any, tp: Any) -> Any:
    if value is None and type(None) in typing.get_args(tp):
        return None
    enum_type = next(
        a for a in typing.get_args(tp) if isinstance(a, type) and issubclass(a, enum.Enum)
    )
    try:
        return enum_type(value)
    except ValueError:
        return str(value)


def _make_structure(cls: type[Any], conv: cattrs.Converter) -> Callable[[Any, Any], Any]:
    attrs.resolve_types(cls)
    plan = [
        (f.alias, wire_name(f), f.type, f.default is attrs.NOTHING)
        for f in attrs.fields(cls)
        if f.name != EXTRA and f.init
    ]
    known = {w for _, w, _, _ in plan}
    keeps_extra = any(f.name == EXTRA for f in attrs.fields(cls))

    def structure(data: Any, _: Any) -> Any:
        if not isinstance(data, Mapping):
            raise TypeError(f"{cls.__name__} expects a JSON object, got {type(data).__name__}")
        kwargs: dict[str, Any] = {}
        for alias, key, tp, required in plan:
            if key in data and data[key] is not None:
                kwargs[alias] = conv.structure(data[key], tp)
            elif key in data and _allows_none(tp):
                kwargs[alias] = None
            elif required:
                raise KeyError(f"{cls.__name__}: required field {key!r} is missing")
        if keeps_extra:
            kwargs[EXTRA] = {k: v for k, v in data.items() if k not in known}
        return cls(**kwargs)

    return structure


def _allows_none(tp: Any) -> bool:
    return tp is None or type(None) in typing.get_args(tp)


def _make_unstructure(cls: type[Any], conv: cattrs.Converter) -> Callable[[Any], Any]:
    attrs.resolve_types(cls)
    plan = [(f.name, wire_name(f)) for f in attrs.fields(cls) if f.name != EXTRA]

    def unstructure(obj: Any) -> dict[str, Any]:
        out: dict[str, Any] = dict(getattr(obj, EXTRA, None) or {})
        for name, key in plan:
            value = getattr(obj, name)
            if value is not None:
                out[key] = conv.unstructure(value)
        return out

    return unstructure


def _build() -> cattrs.Converter:
    conv = cattrs.Converter()
    conv.register_structure_hook(dt.datetime, lambda v, _: parse_datetime(str(v)))
    conv.register_unstructure_hook(dt.datetime, format_datetime)
    conv.register_structure_hook(dt.date, lambda v, _: dt.date.fromisoformat(str(v)[:10]))
    conv.register_unstructure_hook(dt.date, lambda d: d.isoformat())
    conv.register_structure_hook_func(_is_enum_or_str, _structure_enum_or_str)
    conv.register_structure_hook(typing.Any, lambda v, _: v)
    conv.register_structure_hook_factory(attrs.has, lambda cls: _make_structure(cls, conv))
    conv.register_unstructure_hook_factory(attrs.has, lambda cls: _make_unstructure(cls, conv))
    return conv


converter = _build()


def structure(data: Any, cls: type[T]) -> T:
    """Build ``cls`` from decoded JSON."""
    return converter.structure(data, cls)


def unstructure(obj: Any) -> Any:
    """Turn a model (or list/dict of models) into JSON-ready data."""
    return converter.unstructure(obj)
