"""JSON Patch (RFC 6902) bodies for ``PATCH /jobs/{id}`` and ``PATCH /users/{id}``."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from . import _converter

__all__ = ["JsonPatch"]


def _pointer(path: str | tuple[str | int, ...]) -> str:
    if isinstance(path, str):
        if path and not path.startswith("/"):
            raise ValueError(f"a JSON pointer starts with '/': {path!r}")
        return path
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in path)


class JsonPatch:
    """An RFC 6902 patch, built by method calls or by ``JsonPatch.diff(before, after)``.

    Paths are JSON pointers (``"/title"``) or tuples of keys (``("location", "city")``),
    always in wire names (camelCase). Values may be models; they are converted to JSON.
    """

    def __init__(self, operations: list[dict[str, Any]] | None = None) -> None:
        self._ops: list[dict[str, Any]] = list(operations or [])

    def __repr__(self) -> str:
        return f"JsonPatch({self._ops!r})"

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return iter(self._ops)

    def __len__(self) -> int:
        return len(self._ops)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, JsonPatch) and self._ops == other._ops

    __hash__ = None  # type: ignore[assignment]

    def _op(self, op: str, path: str | tuple[str | int, ...], **extra: Any) -> JsonPatch:
        self._ops.append({"op": op, "path": _pointer(path), **extra})
        return self

    def add(self, path: str | tuple[str | int, ...], value: Any) -> JsonPatch:
        """Add ``value`` at ``path`` (``-`` as the last key appends to an array)."""
        return self._op("add", path, value=_converter.unstructure(value))

    def replace(self, path: str | tuple[str | int, ...], value: Any) -> JsonPatch:
        """Replace the value at ``path``."""
        return self._op("replace", path, value=_converter.unstructure(value))

    def remove(self, path: str | tuple[str | int, ...]) -> JsonPatch:
        """Remove the value at ``path``."""
        return self._op("remove", path)

    def test(self, path: str | tuple[str | int, ...], value: Any) -> JsonPatch:
        """Make the patch fail unless ``path`` holds ``value`` (optimistic concurrency)."""
        return self._op("test", path, value=_converter.unstructure(value))

    def to_json(self) -> list[dict[str, Any]]:
        """The operations as JSON-ready data (the request body)."""
        return [dict(op) for op in self._ops]

    @classmethod
    def diff(cls, before: Any, after: Any) -> JsonPatch:
        """The operations that turn ``before`` into ``after`` (models or JSON objects).

        Objects are compared key by key, recursively; arrays and scalars are replaced whole.
        Unknown fields (``extra_fields``) take part like any other, so nothing is dropped.
        """
        patch = cls()
        _diff(_converter.unstructure(before), _converter.unstructure(after), (), patch)
        return patch


def _diff(old: Any, new: Any, path: tuple[str | int, ...], patch: JsonPatch) -> None:
    if isinstance(old, Mapping) and isinstance(new, Mapping):
        for key in old:
            if key not in new:
                patch.remove((*path, key))
        for key, value in new.items():
            if key not in old:
                patch.add((*path, key), value)
            else:
                _diff(old[key], value, (*path, key), patch)
    elif old != new:
        patch.replace(path, new)
