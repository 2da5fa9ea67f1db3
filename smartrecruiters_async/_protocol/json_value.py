"""The type of a body the official schema does not describe: JSON as sent."""

from __future__ import annotations

from typing import TypeAlias, Union, final

__all__ = ["AsSent", "JsonValue"]

JsonValue: TypeAlias = Union[  # noqa: UP007 - a runtime alias with forward references
    dict[str, "JsonValue"], list["JsonValue"], str, int, float, bool, None
]
"""Decoded JSON: what a call whose body has no published schema returns. Narrow it with
``isinstance`` (``dict``, ``list``...) before use; nothing is guessed or dropped."""


@final
class AsSent:
    """``returns=AsSent`` in the route table: the answer's schema is not published, so the
    call returns the decoded JSON as sent, typed ``JsonValue``."""
