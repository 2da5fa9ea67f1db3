"""Argument checks shared by the candidate resources: refuse bad input before any request."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from typing import Any, TypeVar

E = TypeVar("E", bound=enum.Enum)


def member(enum_type: type[E], value: E | str, name: str) -> E:
    """``value`` as a member of ``enum_type``; raises ``ValueError`` naming the allowed values."""
    if isinstance(value, enum_type):
        return value
    try:
        return enum_type(value)
    except ValueError:
        allowed = ", ".join(str(m.value) for m in enum_type)
        raise ValueError(f"{name} must be one of {allowed}, got {value!r}") from None


def members(enum_type: type[E], values: Any, name: str) -> list[E] | None:
    """One value or several, each a member of ``enum_type`` (``None`` stays ``None``)."""
    if values is None:
        return None
    listed = [values] if isinstance(values, str | enum.Enum) else list(values)
    return [member(enum_type, v, name) for v in listed]


def texts(values: str | Iterable[str] | None, name: str) -> list[str] | None:
    """One string or several, each non-empty (``None`` stays ``None``)."""
    if values is None:
        return None
    listed = [values] if isinstance(values, str) else list(values)
    if not all(isinstance(v, str) and v.strip() for v in listed):
        raise ValueError(f"{name} must be non-empty strings")
    return listed


def tags(values: Iterable[str]) -> list[str]:
    """A non-empty list of non-empty tags (a lone string is one tag, not its letters)."""
    listed = texts(values, "tags") or []
    if not listed:
        raise ValueError("tags must not be empty")
    return listed


def aware(value: dt.datetime | None, name: str) -> dt.datetime | None:
    """``value`` unchanged, or ``ValueError`` when it has no timezone."""
    if value is not None and value.tzinfo is None:
        raise ValueError(f"{name} must be timezone-aware")
    return value


def text(value: str, name: str) -> str:
    """``value`` if it is a non-empty string, else ``ValueError``."""
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{name} must be a non-empty string")
    return value
