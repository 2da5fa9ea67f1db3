"""THE cattrs converter: the only module that imports cattrs.

Wire rules (DESIGN 7): attributes are snake_case, JSON keys camelCase unless a field's metadata
names its wire key; fields the model does not declare are kept in ``extra_fields`` and written
back; ``None`` is never sent; datetimes are timezone-aware and written in UTC as
``2013-02-26T12:50:02.594+0000`` (six fraction digits when the value has microseconds).

Decoding is strict about types and tolerant about drift, as a client of a drifting API must be:
nothing is coerced (``"false"`` never becomes ``True``, ``5`` never ``"5"``), and a field whose
JSON has an unexpected type or value keeps that raw JSON on its attribute (so it is readable and
written back unchanged) with one ``SchemaDriftWarning`` per model, field and JSON type. Only the
root of a body can fail: not an object, or a required field missing, raises ``DecodeError``
naming the path.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
import types
import typing
import warnings
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

import attrs
import cattrs

from ._protocol._wire import format_datetime, parse_datetime
from ._protocol.json_value import AsSent
from ._warnings import SchemaDriftWarning
from .models._base import install_codec, wire_name

__all__ = [
    "DecodeError",
    "converter",
    "format_datetime",
    "parse_datetime",
    "structure",
    "unstructure",
    "wire",
    "wire_name",
]

T = TypeVar("T")
Decoder = Callable[[Any], Any]

EXTRA = "extra_fields"
_WIRE = "wire"
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}$")
_NONE = type(None)
_ABSENT: Any = object()


class DecodeError(ValueError):
    """A body that is not the expected shape at its root; ``path`` says where (``$.items[3]``)."""

    def __init__(self, message: str, path: str = "$") -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.reason = message

    def at(self, prefix: str) -> DecodeError:
        """The same error seen from one level up (``prefix`` is the parent's part of the path)."""
        return DecodeError(self.reason, prefix + self.path[1:])


class _Mismatch(Exception):
    """A JSON value of the wrong type for a field: the field keeps it raw, with a warning."""


def wire(name: str) -> dict[str, str]:
    """Field metadata naming a wire key that is not the camelCase of the attribute name."""
    return {_WIRE: name}


# -- decoders: one per declared type, each returns the typed value or raises _Mismatch ---------


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, Mapping):
        return "object"
    return type(value).__name__


def _str(value: Any) -> Any:
    if type(value) is str:
        return value
    raise _Mismatch("string")


def _bool(value: Any) -> Any:
    if type(value) is bool:
        return value
    raise _Mismatch("boolean")


def _int(value: Any) -> Any:
    if type(value) is int:
        return value
    raise _Mismatch("integer")


def _float(value: Any) -> Any:
    # An int is a valid float and stays an int, so 0 is written back as 0, not 0.0.
    if type(value) is float or type(value) is int:
        return value
    raise _Mismatch("number")


def _datetime(value: Any) -> Any:
    if type(value) is str:
        try:
            return parse_datetime(value)
        except ValueError:
            pass
    raise _Mismatch("date-time string")


def _date(value: Any) -> Any:
    # A date-time string is not a date: truncating it would lose the time on write-back.
    if type(value) is str and _DATE.match(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise _Mismatch("date string (YYYY-MM-DD)")


def _raw(value: Any) -> Any:
    return value


def _enum(enum_type: type[enum.Enum]) -> Decoder:
    members = {member.value: member for member in enum_type}

    def decode(value: Any) -> Any:
        if isinstance(value, str | int) and not isinstance(value, bool):
            member = members.get(value)
            if member is not None:
                return member
        raise _Mismatch(f"one of {sorted(map(str, members))}")

    return decode


def _optional(inner: Decoder) -> Decoder:
    def decode(value: Any) -> Any:
        return None if value is None else inner(value)

    return decode


def _union(options: list[Decoder]) -> Decoder:
    def decode(value: Any) -> Any:
        for option in options:
            try:
                return option(value)
            except _Mismatch:
                continue
        raise _Mismatch("a value of one of the declared types")

    return decode


def _list(item: Decoder) -> Decoder:
    def decode(value: Any) -> Any:
        if type(value) is not list:
            raise _Mismatch("array")
        return [item(entry) for entry in value]

    return decode


def _dict(item: Decoder) -> Decoder:
    def decode(value: Any) -> Any:
        if type(value) is not dict and not isinstance(value, Mapping):
            raise _Mismatch("object")
        return {key: item(entry) for key, entry in value.items()}

    return decode


def _nested(cls: type[Any], conv: cattrs.Converter) -> Decoder:
    hook: list[Callable[[Any, Any], Any]] = []  # resolved on first use: models nest recursively

    def decode(value: Any) -> Any:
        if not hook:
            hook.append(conv.get_structure_hook(cls))
        if type(value) is not dict and not isinstance(value, Mapping):
            raise _Mismatch(f"{cls.__name__} object")
        try:
            return hook[0](value, cls)
        except DecodeError as exc:
            raise _Mismatch(f"{cls.__name__} object ({exc})") from None

    return decode


def decoder_for(tp: Any, conv: cattrs.Converter) -> Decoder:
    """The decoder of a declared type; raises ``_Mismatch`` for JSON of another type."""
    simple: dict[Any, Decoder] = {
        str: _str,
        bool: _bool,
        int: _int,
        float: _float,
        dt.datetime: _datetime,
        dt.date: _date,
        Any: _raw,
        object: _raw,
        AsSent: _raw,
    }
    if tp in simple:
        return simple[tp]
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        rest = [a for a in args if a is not _NONE]
        if str in rest and len(rest) == 2 and _is_enum(rest[0] if rest[1] is str else rest[1]):
            enum_type = rest[0] if rest[1] is str else rest[1]
            # An unknown value of an open enum stays a string, with the drift warning.
            options = [_enum(enum_type)]
        else:
            options = [decoder_for(a, conv) for a in rest]
        inner = options[0] if len(options) == 1 else _union(options)
        return _optional(inner) if _NONE in args else inner
    if _is_enum(tp):
        return _enum(tp)
    if origin in (list, Sequence, tuple) and args:
        return _list(decoder_for(args[0], conv))
    if origin in (dict, Mapping) and len(args) == 2:
        return _dict(decoder_for(args[1], conv))
    if isinstance(tp, type) and attrs.has(tp):
        return _nested(tp, conv)
    raise TypeError(f"the converter has no decoder for {tp!r}")


def _is_enum(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, enum.Enum)


# -- drift reporting --------------------------------------------------------------------------

_reported: set[tuple[str, str, str]] = set()


def _drift(model: str, key: str, expected: str, value: Any) -> None:
    got = _json_type(value)
    if (model, key, got) in _reported:
        return
    _reported.add((model, key, got))
    # A string is shown when it is short (an unknown enum value); other JSON only by its type.
    shown = f" {value!r}" if got == "string" and len(value) <= 40 else ""
    warnings.warn(
        f"{model}.{key}: expected {expected}, got {got}{shown}; the raw value is kept on the"
        " attribute",
        SchemaDriftWarning,
        stacklevel=2,
    )


def forget_reported_drift() -> None:
    """Report every kind of drift again (each is warned once per process); for tests."""
    _reported.clear()


# -- models -----------------------------------------------------------------------------------


def _make_structure(cls: type[Any], conv: cattrs.Converter) -> Callable[[Any, Any], Any]:
    attrs.resolve_types(cls)
    fields = [f for f in attrs.fields(cls) if f.name != EXTRA and f.init]
    plan = [
        (
            f.alias,
            wire_name(f),
            decoder_for(f.type, conv),
            f.default is attrs.NOTHING,
            _allows_none(f.type),
        )
        for f in fields
    ]
    known = frozenset(key for _, key, _, _, _ in plan)
    keeps_extra = any(f.name == EXTRA for f in attrs.fields(cls))
    name = cls.__name__

    def structure(data: Any, _: Any) -> Any:
        # type() first: the ABC check alone costs more than decoding a small object.
        if type(data) is not dict and not isinstance(data, Mapping):
            raise DecodeError(f"{name} expects a JSON object, got {_json_type(data)}")
        kwargs: dict[str, Any] = {}
        get = data.get
        for alias, key, decode, required, nullable in plan:
            value = get(key, _ABSENT)
            if value is _ABSENT:
                if required:
                    raise DecodeError(f"{name}: required field {key!r} is missing")
                continue
            if value is None:
                if nullable:
                    kwargs[alias] = None
                elif required:
                    raise DecodeError(f"{name}: required field {key!r} is null")
                continue
            try:
                kwargs[alias] = decode(value)
            except _Mismatch as exc:
                _drift(name, key, str(exc), value)
                kwargs[alias] = value
        if keeps_extra:
            kwargs[EXTRA] = (
                {k: v for k, v in data.items() if k not in known} if data.keys() - known else {}
            )
        return cls(**kwargs)

    return structure


def _allows_none(tp: Any) -> bool:
    return tp is None or _NONE in typing.get_args(tp)


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
    conv.register_unstructure_hook(dt.datetime, format_datetime)
    conv.register_unstructure_hook(dt.date, lambda d: d.isoformat())
    conv.register_structure_hook_factory(attrs.has, lambda cls: _make_structure(cls, conv))
    conv.register_unstructure_hook_factory(attrs.has, lambda cls: _make_unstructure(cls, conv))
    return conv


converter = _build()


def structure(data: Any, cls: type[T]) -> T:
    """Build ``cls`` (a model, ``list[Model]``, or any declared type) from decoded JSON.

    Raises ``DecodeError`` when the root is not that shape; a field below the root that does
    not fit keeps its raw JSON, with a ``SchemaDriftWarning``.
    """
    if isinstance(cls, type) and attrs.has(cls):
        result: T = converter.get_structure_hook(cls)(data, cls)
        return result
    origin, args = typing.get_origin(cls), typing.get_args(cls)
    if origin in (list, Sequence) and args:
        if type(data) is not list:
            raise DecodeError(f"expected a JSON array, got {_json_type(data)}")
        items: Any = []
        for index, item in enumerate(data):
            try:
                items.append(structure(item, args[0]))
            except DecodeError as exc:
                raise exc.at(f"$[{index}]") from None
        return typing.cast(T, items)
    try:
        return typing.cast(T, decoder_for(cls, converter)(data))
    except _Mismatch as exc:
        raise DecodeError(f"expected {exc}, got {_json_type(data)}") from None


def unstructure(obj: Any) -> Any:
    """Turn a model (or list/dict of models) into JSON-ready data."""
    return converter.unstructure(obj)


class _ConverterCodec:
    """The converter as the models see it (``models._base.Codec``)."""

    def structure(self, data: Any, cls: type[T]) -> T:
        return structure(data, cls)

    def unstructure(self, obj: Any) -> Any:
        return unstructure(obj)


install_codec(_ConverterCodec())
