"""Checks of argument values shared by every resource method, run before any request is built.

Bad input is refused here with a ``TypeError`` (wrong kind of value) or ``ValueError`` (right
kind, unusable value) naming the parameter, so no resource writes these checks again. Path
parameters are checked by ``check_path_value`` of the route table; page sizes and offsets by
``check_limit``/``check_offset`` of ``_protocol.paging``.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, TypeVar

import attrs

from .._files import FileInput, Upload
from ..json_patch import JsonPatch

__all__ = [
    "avatar_upload",
    "aware",
    "enum_list",
    "enum_value",
    "filled",
    "id_list",
    "instance_of",
    "json_document",
    "language_header",
    "non_empty",
    "non_empty_patch",
    "optional_enum",
    "string_list",
]

E = TypeVar("E", bound=enum.Enum)
T = TypeVar("T")


def enum_value(value: E | str, kind: type[E], name: str) -> E:
    """``value`` as a member of ``kind`` (from a member, its wire value, or a member of another
    enum with the same value); raises ``ValueError`` naming the allowed values."""
    if isinstance(value, kind):
        return value
    try:
        return kind(value.value if isinstance(value, enum.Enum) else value)
    except ValueError:
        allowed = ", ".join(str(member.value) for member in kind)
        raise ValueError(f"{name} must be one of {allowed}, got {value!r}") from None


def optional_enum(value: E | str | None, kind: type[E], name: str) -> E | None:
    """``None`` stays ``None``; anything else is checked by ``enum_value``."""
    return None if value is None else enum_value(value, kind, name)


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


def id_list(ids: Iterable[str], name: str, *, most: int | None = None) -> list[str]:
    """A list of 1 to ``most`` non-empty ids; a lone string is refused, not split."""
    if isinstance(ids, str) or not isinstance(ids, Iterable):
        raise TypeError(f"{name} must be a list of ids, not {type(ids).__name__}")
    listed: list[Any] = list(ids)
    if not listed or (most is not None and len(listed) > most):
        span = "at least one id" if most is None else f"1 to {most} ids"
        raise ValueError(f"{name} must hold {span}, got {len(listed)}")
    return [non_empty(item, f"each of {name}") for item in listed]


def non_empty(value: object, name: str) -> str:
    """``value`` if it is a non-blank string; raises ``ValueError``/``TypeError`` otherwise."""
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a non-empty string, not {type(value).__name__}")
    if not value.strip():
        raise ValueError(f"{name} must be a non-empty string")
    return value


def aware(value: dt.datetime | None, name: str) -> dt.datetime | None:
    """``value`` if it is ``None`` or a timezone-aware datetime; raises ``ValueError`` if naive."""
    if value is not None and value.tzinfo is None:
        raise ValueError(f"{name} must be timezone-aware")
    return value


def instance_of(value: object, kind: type[T], name: str) -> T:
    """``value`` if it is a ``kind`` (a request payload model, say); ``TypeError`` otherwise."""
    if not isinstance(value, kind):
        raise TypeError(f"{name} must be a {kind.__name__}, not {type(value).__name__}")
    return value


def language_header(language: str | None) -> dict[str, str] | None:
    """The ``Accept-Language`` header asking for labels in ``language`` (``None``: default)."""
    if language is None:
        return None
    if not isinstance(language, str) or not language.strip():
        raise ValueError("language must be a non-empty language code such as 'de' or 'fr-CA'")
    return {"Accept-Language": language}


def filled(value: T, what: str, *names: str) -> T:
    """``value`` when each of its attributes ``names`` is set and not blank; ``ValueError``
    naming the first that is not (``"{what}.{name} must not be empty"``)."""
    for name in names:
        if not str(getattr(value, name) or "").strip():
            raise ValueError(f"{what}.{name} must not be empty")
    return value


def non_empty_patch(patch: object) -> JsonPatch:
    """A ``JsonPatch`` with at least one operation (``JsonPatch().replace("/label", ...)``)."""
    body = instance_of(patch, JsonPatch, "patch")
    if not len(body):
        raise ValueError("patch is empty: it must hold at least one operation")
    return body


def json_document(value: object, name: str, kind: type[T] | None = None) -> Any:
    """A request body whose shape is not published: a non-empty JSON object (a mapping with
    string keys) or array, or a ``kind`` model (an ``Opaque`` read earlier); a mapping becomes
    ``kind(extra_fields=...)`` when ``kind`` is given. Raises ``TypeError`` for anything else
    (a string, a number, a model of another kind) and ``ValueError`` for an empty document."""
    if kind is not None and isinstance(value, kind):
        return value
    if isinstance(value, Mapping):
        if not all(isinstance(key, str) for key in value):
            raise TypeError(f"{name} must have string keys")
        document: Any = dict(value)
    elif isinstance(value, Sequence) and not isinstance(value, str | bytes | bytearray):
        document = list(value)
    else:
        wanted = f"a {kind.__name__} or " if kind is not None else ""
        raise TypeError(
            f"{name} must be {wanted}a JSON object or array, not {type(value).__name__}"
        )
    if not document:
        raise ValueError(f"{name} must not be empty")
    if kind is not None:
        if not isinstance(document, dict):
            raise TypeError(f"{name} must be a {kind.__name__} or a JSON object, not a list")
        return kind(extra_fields=document)  # type: ignore[call-arg]
    return document


def avatar_upload(
    file: FileInput | Upload, filename: str | None, content_type: str | None
) -> Upload:
    """The ``Upload`` of an avatar given as a file or an ``Upload`` (not both ways at once)."""
    if isinstance(file, Upload):
        if filename is not None or content_type is not None:
            raise ValueError("pass filename/content_type inside the Upload, not beside it")
        return file
    upload = Upload(data=file, filename=filename)
    return upload if content_type is None else attrs.evolve(upload, content_type=content_type)
