"""Checks and conversions of the arguments the configuration resources share."""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

from ...json_patch import JsonPatch
from ...models.configuration import LabelTranslation

T = TypeVar("T")
E = TypeVar("E", bound=enum.Enum)


def body_of(value: object, model: type[T], name: str = "body") -> T:
    """``value`` if it is a ``model``; a ``TypeError`` naming the expected class otherwise."""
    if not isinstance(value, model):
        raise TypeError(f"{name} must be a {model.__name__}, not {type(value).__name__}")
    return value


def member(value: object, kind: type[E], name: str) -> E:
    """``value`` as a member of ``kind``; a ``ValueError`` listing the allowed values otherwise."""
    try:
        return kind(value.value if isinstance(value, enum.Enum) else value)
    except ValueError:
        allowed = ", ".join(str(m.value) for m in kind)
        raise ValueError(f"{name} must be one of {allowed}, got {value!r}") from None


def language_header(language: str | None) -> dict[str, str] | None:
    """The ``Accept-Language`` header asking for labels in ``language`` (``None``: default)."""
    if language is None:
        return None
    if not isinstance(language, str) or not language.strip():
        raise ValueError("language must be a non-empty language code such as 'de' or 'fr-CA'")
    return {"Accept-Language": language}


def patch_body(patch: object) -> JsonPatch:
    """A non-empty ``JsonPatch`` (build one with ``JsonPatch().replace("/label", ...)``)."""
    body = body_of(patch, JsonPatch, "patch")
    if not len(body):
        raise ValueError("patch must hold at least one operation")
    return body


def translations_body(
    translations: Mapping[str, str] | Sequence[LabelTranslation],
) -> list[LabelTranslation]:
    """Translations as the wire list, from ``{"de": "Abteilung"}`` or ``LabelTranslation``s."""
    if isinstance(translations, Mapping):
        items = [LabelTranslation(language=k, label=v) for k, v in translations.items()]
    elif isinstance(translations, Sequence) and not isinstance(translations, str):
        items = [body_of(t, LabelTranslation, "each translation") for t in translations]
    else:
        raise TypeError("translations must be a mapping of language to label, or a list")
    if not items:
        raise ValueError("translations must not be empty")
    for item in items:
        if not isinstance(item.language, str) or not item.language.strip():
            raise ValueError("every translation needs a non-empty language code")
        if not isinstance(item.label, str) or not item.label.strip():
            raise ValueError(f"the {item.language!r} translation needs a non-empty label")
    return items


def ids_body(ids: Sequence[str], name: str) -> list[str]:
    """A non-empty list of non-empty string ids (a lone string is refused, not split)."""
    if isinstance(ids, str) or not isinstance(ids, Sequence):
        raise TypeError(f"{name} must be a list of ids")
    listed: list[Any] = list(ids)
    if not listed or not all(isinstance(i, str) and i.strip() for i in listed):
        raise ValueError(f"{name} must be a non-empty list of non-empty ids")
    return listed
