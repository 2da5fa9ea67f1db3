"""Checks of argument values shared by resource methods, run before any request is built."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from typing import TypeVar

__all__ = ["aware", "enum_list", "enum_value", "instance_of", "non_empty", "string_list"]

E = TypeVar("E", bound=enum.Enum)


def enum_value(value: E | str, kind: type[E], name: str) -> E:
    """``value`` as a member of ``kind``; raises ``ValueError`` naming the allowed values."""
    if isinstance(value, kind):
        return value
    if isinstance(value, str):
        try:
            return kind(value)
        except ValueError:
            pass
    allowed = ", ".join(str(member.value) for member in kind)
    raise ValueError(f"{name} must be one of {allowed}, not {value!r}")


def enum_list(values: E | str | Iterable[E | str] | None, kind: type[E], name: str) -> list[E]:
    """One value or several, each checked by ``enum_value``; ``None`` gives an empty list."""
    if values is None:
        return []
    items = [values] if isinstance(values, str | enum.Enum) else list(values)
    return [enum_value(item, kind, name) for item in items]


def string_list(values: str | Iterable[str] | None, name: str) -> list[str]:
    """One string or several, each non-empty; ``None`` gives an empty list."""
    if values is None:
        return []
    items = [values] if isinstance(values, str) else list(values)
    return [non_empty(item, name) for item in items]


def non_empty(value: object, name: str) -> str:
    """``value`` if it is a non-blank string; raises ``ValueError``/``TypeError`` otherwise."""
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a string, not {type(value).__name__}")
    if not value.strip():
        raise ValueError(f"{name} must not be empty")
    return value


def aware(value: dt.datetime | None, name: str) -> dt.datetime | None:
    """``value`` if it is ``None`` or a timezone-aware datetime; raises ``ValueError`` if naive."""
    if value is not None and value.tzinfo is None:
        raise ValueError(f"{name} must be timezone-aware")
    return value


def instance_of(value: object, kind: type, name: str) -> None:
    """Raise ``TypeError`` unless ``value`` is a ``kind`` (a request payload model, say)."""
    if not isinstance(value, kind):
        raise TypeError(f"{name} must be a {kind.__name__}, not {type(value).__name__}")
