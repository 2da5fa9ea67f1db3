"""How every model is declared: frozen, keyword-only attrs classes that keep unknown fields."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol, TypeVar, dataclass_transform

import attrs

from .._protocol._wire import camel

T = TypeVar("T")


class Codec(Protocol):
    """What a model needs of the converter to turn itself into another model (a request body).

    The converter installs itself here (``install_codec``), so models never import it: the
    route table imports the models, and the sans-I/O core must not reach cattrs.
    """

    def structure(self, data: Any, cls: type[T]) -> T:
        """Build ``cls`` from JSON."""
        ...

    def unstructure(self, obj: Any) -> Any:
        """Turn a model into JSON."""
        ...


_codec: list[Codec] = []


def install_codec(codec: Codec) -> None:
    """Called once by the converter module when it is imported."""
    _codec[:] = [codec]


def codec() -> Codec:
    """The installed converter; importing ``smartrecruiters_async`` installs it."""
    if not _codec:
        raise RuntimeError("import smartrecruiters_async before converting models")
    return _codec[0]


def wire_name(field: attrs.Attribute[Any]) -> str:
    """The JSON key of a model field: its ``wire(...)`` name, else the camelCase of its name."""
    return str(field.metadata.get("wire") or camel(field.name))


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
