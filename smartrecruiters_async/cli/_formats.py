"""How an exported item becomes bytes: a JSON line, or a CSV row under the model's columns.

JSON lines keep each item as the server sent it, unknown fields included. CSV has one column
per field the list's model declares (its wire names, in declaration order), known before the
first page, so every row of the file, and of a resumed file, has the same columns; a nested
object or list is written as its JSON text. A field the model does not know has no column: it
is named in a warning once, rather than dropped in silence (JSON lines keep it).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Sequence
from typing import Any

import attrs

from .. import _converter
from ..models._base import wire_name

__all__ = ["FORMATS", "CsvFormat", "Format", "JsonLines"]


class Format:
    """Turns items into the bytes of one format."""

    name = ""

    def header(self) -> bytes:
        """What the file starts with (nothing for JSON lines)."""
        return b""

    def encode(self, items: Sequence[Any]) -> bytes:
        """The bytes of ``items`` (decoded models)."""
        raise NotImplementedError


class JsonLines(Format):
    """One JSON object per line, as the server sent it."""

    name = "jsonl"

    def encode(self, items: Sequence[Any]) -> bytes:
        """Each item's JSON on a line of its own."""
        return "".join(
            json.dumps(_converter.unstructure(item), ensure_ascii=False) + "\n" for item in items
        ).encode()


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return value


class CsvFormat(Format):
    """RFC 4180 CSV with a header row of the model's wire field names."""

    name = "csv"

    def __init__(self, model: Any, warn: Callable[[str], None]) -> None:
        fields = attrs.fields(model) if attrs.has(model) else ()
        self.columns = [wire_name(f) for f in fields if f.name != _converter.EXTRA]
        self._known = set(self.columns)
        self._warned: set[str] = set()
        self._warn = warn

    def _rows(self, rows: Sequence[Sequence[Any]]) -> bytes:
        text = io.StringIO()
        csv.writer(text, lineterminator="\r\n").writerows(rows)
        return text.getvalue().encode()

    def header(self) -> bytes:
        """The header row."""
        return self._rows([self.columns])

    def encode(self, items: Sequence[Any]) -> bytes:
        """One row per item; fields without a column are warned of, once each."""
        rows = []
        for item in items:
            data = _converter.unstructure(item)
            if not isinstance(data, dict):
                data = {}
            unknown = sorted(set(data) - self._known - self._warned)
            if unknown:
                self._warned.update(unknown)
                self._warn(
                    f"field(s) {', '.join(unknown)} have no CSV column and are left out "
                    "(--format jsonl keeps them)"
                )
            rows.append([_cell(data.get(column)) for column in self.columns])
        return self._rows(rows)


FORMATS = ("jsonl", "csv")
