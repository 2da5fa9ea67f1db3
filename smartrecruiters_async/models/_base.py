"""How every model is declared: frozen, keyword-only attrs classes that keep unknown fields."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import attrs

T = TypeVar("T")

model: Callable[[type[T]], type[T]] = attrs.frozen(kw_only=True)
"""Class decorator for every model: frozen, keyword-only, compared by value."""


def extra_fields() -> Any:
    """The ``extra_fields`` attribute: JSON keys the model does not declare, written back as-is.

    This is what makes read-modify-write lossless when the API grows fields the SDK does not know.
    """
    return attrs.field(factory=dict, repr=False)


def wire(name: str, default: Any = None) -> Any:
    """A field whose JSON key is not the camelCase of its attribute name."""
    return attrs.field(default=default, metadata={"wire": name})


ExtraFields = Mapping[str, Any]
