"""How every model is declared: frozen, keyword-only attrs classes that keep unknown fields."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, dataclass_transform

import attrs

T = TypeVar("T")


# dataclass_transform lets type checkers see each model's keyword-only constructor, so request
# payloads built by users are checked field by field.
@dataclass_transform(frozen_default=True, kw_only_default=True, field_specifiers=(attrs.field,))
def model(cls: type[T]) -> type[T]:
    """Class decorator for every model: frozen, keyword-only, compared by value."""
    return attrs.frozen(kw_only=True)(cls)


def extra_fields() -> Any:
    """The ``extra_fields`` attribute: JSON keys the model does not declare, written back as-is.

    This is what makes read-modify-write lossless when the API grows fields the SDK does not know.
    """
    return attrs.field(factory=dict, repr=False)


def wire(name: str, default: Any = None) -> Any:
    """A field whose JSON key is not the camelCase of its attribute name."""
    return attrs.field(default=default, metadata={"wire": name})


ExtraFields = Mapping[str, Any]
