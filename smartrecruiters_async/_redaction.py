"""Redaction: the credential's secret values never leave in an exception or a log line.

A server, or a proxy in front of it, may repeat what it was sent: a 401 page quoting the
``X-SmartToken`` or the bearer token, a debug echo of the request headers. Whatever arrives,
every text the SDK puts into an exception (message, parsed error body, body excerpt, response
headers, URL) passes through ``Redactor`` first, with the values of the credential in use.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any, TypeVar
from urllib.parse import quote, quote_plus

import attrs

__all__ = ["REDACTED", "Redactor"]

REDACTED = "[redacted]"

E = TypeVar("E", bound=BaseException)

# Attributes of the SDK's exceptions that hold text from the server or the request.
_TEXT_ATTRIBUTES = ("url", "raw_body", "body", "headers", "description")


def _spellings(secret: str) -> set[str]:
    """The ways a server may write ``secret`` back: as is, JSON-escaped, percent-encoded."""
    return {
        secret,
        json.dumps(secret)[1:-1],
        json.dumps(secret, ensure_ascii=False)[1:-1],
        quote(secret, safe=""),
        quote(secret),
        quote_plus(secret),
    }


class Redactor:
    """Replaces every spelling of ``secrets`` by ``[redacted]`` in texts and exceptions."""

    def __init__(self, secrets: Iterable[str | None]) -> None:
        spellings: set[str] = set()
        for secret in secrets:
            if secret:
                spellings |= _spellings(secret)
        # Longest first, so a secret that contains another is replaced whole.
        self._spellings = sorted(spellings, key=len, reverse=True)

    def __bool__(self) -> bool:
        return bool(self._spellings)

    def text(self, text: str) -> str:
        """``text`` with every secret replaced."""
        for spelling in self._spellings:
            if spelling in text:
                text = text.replace(spelling, REDACTED)
        return text

    def value(self, value: Any) -> Any:
        """``value`` with secrets replaced in every string inside it (mappings, sequences and
        attrs instances such as ``ErrorBody`` are rebuilt; other values pass unchanged)."""
        if not self._spellings:
            return value
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, Mapping):
            return {self.value(k): self.value(v) for k, v in value.items()}
        if isinstance(value, list | tuple):
            return type(value)(self.value(item) for item in value)
        if attrs.has(type(value)):
            changes = {
                field.alias: self.value(getattr(value, field.name))
                for field in attrs.fields(type(value))
                if field.init
            }
            return attrs.evolve(value, **changes)
        return value

    def error(self, exc: E) -> E:
        """Redact, in place, the message and every text attribute of ``exc``; return it."""
        if not self._spellings:
            return exc
        exc.args = tuple(self.value(arg) for arg in exc.args)
        for name in _TEXT_ATTRIBUTES:
            if name in vars(exc):
                setattr(exc, name, self.value(vars(exc)[name]))
        notes = getattr(exc, "__notes__", None)
        if isinstance(notes, list):
            notes[:] = [self.text(note) if isinstance(note, str) else note for note in notes]
        return exc
