"""Raw access to what typed calls received: ``client.raw_responses()`` records each response.

A context variable holds the open recorders, so only the calls made inside the ``with`` block (and
the tasks they start, such as a paginator's prefetches) are recorded, even while other tasks use
the same client.
"""

from __future__ import annotations

import contextvars
import json
from collections import deque
from collections.abc import Iterator, Mapping
from typing import Any

import attrs

__all__ = ["RawApiResponse", "RawResponses", "record"]


@attrs.frozen(kw_only=True)
class RawApiResponse:
    """One successful response as the server sent it: method, URL, status, headers and body.

    ``body`` is ``None`` for a streamed download (its bytes go to the ``Download``); ``json()``
    parses the body as the typed call did, before any model was built.
    """

    method: str
    url: str
    status: int
    headers: Mapping[str, str] = attrs.field(repr=False)
    body: bytes | None = attrs.field(repr=False)

    def json(self) -> Any:
        """The body parsed as JSON (``None`` for an empty or streamed body)."""
        return json.loads(self.body) if self.body and self.body.strip() else None


class RawResponses:
    """The responses recorded while ``client.raw_responses()`` was open, oldest first.

    ``last`` is the most recent one; iterate for all of them. With ``maxlen`` only the newest
    ``maxlen`` are kept, which bounds memory during a long export.
    """

    def __init__(self, maxlen: int | None = None) -> None:
        if maxlen is not None and (
            isinstance(maxlen, bool) or not isinstance(maxlen, int) or maxlen < 1
        ):
            raise ValueError(f"maxlen must be a positive int or None, got {maxlen!r}")
        self._items: deque[RawApiResponse] = deque(maxlen=maxlen)

    def __repr__(self) -> str:
        return f"<RawResponses {len(self._items)} recorded>"

    def __iter__(self) -> Iterator[RawApiResponse]:
        return iter(tuple(self._items))

    def __len__(self) -> int:
        return len(self._items)

    def __getitem__(self, index: int) -> RawApiResponse:
        return self._items[index]

    @property
    def last(self) -> RawApiResponse:
        """The most recent response; raises ``LookupError`` when none was recorded."""
        if not self._items:
            raise LookupError("no response was recorded inside raw_responses()")
        return self._items[-1]

    def _add(self, response: RawApiResponse) -> None:
        self._items.append(response)


_open: contextvars.ContextVar[tuple[RawResponses, ...]] = contextvars.ContextVar(
    "smartrecruiters_raw_responses", default=()
)


class Recording:
    """The context manager ``client.raw_responses()`` returns (usable with ``with``)."""

    def __init__(self, maxlen: int | None) -> None:
        self._responses = RawResponses(maxlen)
        self._token: contextvars.Token[tuple[RawResponses, ...]] | None = None

    def __enter__(self) -> RawResponses:
        self._token = _open.set((*_open.get(), self._responses))
        return self._responses

    def __exit__(self, *exc: object) -> None:
        assert self._token is not None
        _open.reset(self._token)


def record(
    *, method: str, url: str, status: int, headers: Mapping[str, str], body: bytes | None
) -> None:
    """Give a response to every recorder open in the current context (cheap when none is)."""
    recorders = _open.get()
    if not recorders:
        return
    response = RawApiResponse(method=method, url=url, status=status, headers=headers, body=body)
    for recorder in recorders:
        recorder._add(response)
