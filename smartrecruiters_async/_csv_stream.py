"""An incremental CSV parser: bytes in as they arrive, complete rows out, without I/O.

The stdlib ``csv`` module does the parsing (it is C and follows RFC 4180: quoted fields,
doubled quotes, embedded newlines, CRLF); this module only decides where complete records end
so ``csv`` never sees half of one. In RFC 4180 CSV a quote character only opens, closes or is
doubled inside a quoted field, so a newline ends a record exactly when the quotes before it, since
the record began, are even in number. Memory holds one chunk plus one unfinished record, however
long the file.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Sequence

__all__ = ["CsvFormatError", "CsvRowParser", "DictRows"]


class CsvFormatError(ValueError):
    """The bytes are not well-formed CSV (bad quoting, bad UTF-8, ragged row, cut record)."""


class CsvRowParser:
    """Feed bytes, get rows (lists of strings); ``close()`` at the end of the body.

    A UTF-8 byte order mark at the start is dropped; multi-byte characters split across chunks
    are joined. Blank lines are skipped, as ``csv.DictReader`` does.
    """

    def __init__(self, *, encoding: str = "utf-8") -> None:
        # utf-8-sig drops a BOM at the very start only; any other U+FEFF is data.
        name = "utf-8-sig" if codecs.lookup(encoding).name == "utf-8" else encoding
        self._decoder = codecs.getincrementaldecoder(name)(errors="strict")
        self._pending = ""
        self._closed = False

    def feed(self, data: bytes) -> list[list[str]]:
        """Rows completed by ``data`` (possibly none)."""
        if self._closed:
            raise RuntimeError("feed() after close()")
        try:
            text = self._decoder.decode(data)
        except UnicodeDecodeError as exc:
            raise CsvFormatError(f"the CSV is not valid text: {exc}") from None
        if not text:
            return []
        buffer = self._pending + text
        cut = _record_end(buffer)
        if cut < 0:
            self._pending = buffer
            return []
        self._pending = buffer[cut + 1 :]
        return _parse(buffer[: cut + 1])

    def close(self) -> list[list[str]]:
        """The last rows; raises ``CsvFormatError`` if the body ends inside a quoted field."""
        if self._closed:
            return []
        self._closed = True
        try:
            tail = self._pending + self._decoder.decode(b"", final=True)
        except UnicodeDecodeError as exc:
            raise CsvFormatError(f"the CSV ends inside a character: {exc}") from None
        self._pending = ""
        if tail.count('"') % 2:
            raise CsvFormatError("the CSV ends inside a quoted field (the body was cut short?)")
        return _parse(tail) if tail.strip("\r\n") else []


def _record_end(buffer: str) -> int:
    """Index of the last newline that ends a record in ``buffer`` (which starts a record)."""
    quotes = buffer.count('"')
    end = buffer.rfind("\n")
    while end >= 0:
        if (quotes - buffer.count('"', end)) % 2 == 0:
            return end
        end = buffer.rfind("\n", 0, end)
    return -1


def _parse(text: str) -> list[list[str]]:
    try:
        return [row for row in csv.reader(io.StringIO(text, newline=""), strict=True) if row]
    except csv.Error as exc:
        raise CsvFormatError(f"malformed CSV: {exc}") from None


class DictRows:
    """Turns rows into dicts keyed by the header (the first row).

    A repeated column name gets a suffix (``Name``, ``Name (2)``) so no value is lost. A row whose
    field count differs from the header's raises ``CsvFormatError``: a report is rectangular.
    """

    def __init__(self) -> None:
        self.header: tuple[str, ...] | None = None
        self.rows_read = 0

    def convert(self, rows: Sequence[list[str]]) -> list[dict[str, str]]:
        """Dicts for ``rows``; the first row ever given is taken as the header."""
        out: list[dict[str, str]] = []
        header = self.header
        for row in rows:
            if header is None:
                header = self.header = _unique(row)
                continue
            if len(row) != len(header):
                raise CsvFormatError(
                    f"row {self.rows_read + 1} has {len(row)} fields, the header {len(header)}"
                )
            self.rows_read += 1
            out.append(dict(zip(header, row, strict=True)))
        return out


def _unique(names: list[str]) -> tuple[str, ...]:
    seen: dict[str, int] = {}
    out: list[str] = []
    for name in names:
        count = seen.get(name, 0) + 1
        seen[name] = count
        out.append(name if count == 1 else f"{name} ({count})")
    return tuple(out)
