"""The fake server's data and the state its write operations change."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar, cast

import attrs

from .analytics_data import analytics_body
from .data import make_candidates, make_departments, make_postings, posting_summary

__all__ = ["ServerData"]

Json = dict[str, Any]
T = TypeVar("T")


@functools.lru_cache(maxsize=8)
def _postings(n: int, seed: int, company: str) -> tuple[Json, ...]:
    # Generating thousands of postings takes a noticeable fraction of a second; test suites start
    # many servers with the same options, and the server never mutates what it serves.
    newest_first = sorted(
        make_postings(n, seed, company), key=lambda p: (p["releasedDate"], p["id"]), reverse=True
    )
    return tuple(newest_first)


@attrs.define(kw_only=True, eq=False)
class ServerData:
    """Everything a handler reads or writes, for one ``FakeSmartRecruiters``.

    ``postings`` are full postings, newest ``releasedDate`` first (the list order);
    ``publications`` maps a job id to its publication record (absent: never published).
    Postings are shared by every server built with the same options: read them, never mutate.
    """

    company: str
    seed: int
    analytics_bytes: int
    postings: tuple[Json, ...]
    summaries: tuple[Json, ...]
    postings_by_id: dict[str, Json]
    departments: list[Json]
    candidates: list[Json]
    publications: dict[str, Json] = attrs.field(factory=dict)
    stores: dict[str, Any] = attrs.field(factory=dict)
    """Per-API-group state, created on first use by that group's handlers (see ``store``)."""

    def store(self, group: str, factory: Callable[[ServerData], T]) -> T:
        """The state object of ``group``, built by ``factory(self)`` on first use.

        Each handler module keeps its own seeded, mutable state here, so adding an API group
        to the fake server never touches this class.
        """
        if group not in self.stores:
            self.stores[group] = factory(self)
        return cast("T", self.stores[group])

    @classmethod
    def build(
        cls, *, company: str, seed: int, postings: int, candidates: int, analytics_bytes: int
    ) -> ServerData:
        """Generate the seeded data for these options."""
        full = _postings(postings, seed, company)
        return cls(
            company=company,
            seed=seed,
            analytics_bytes=analytics_bytes,
            postings=full,
            summaries=tuple(posting_summary(p) for p in full),
            postings_by_id={p["id"]: p for p in full},
            departments=make_departments(list(full)),
            candidates=make_candidates(candidates, seed),
        )

    def analytics(self, endpoint: str, *, as_json: bool) -> bytes:
        """The body of ``GET /analytics/{endpoint}`` (built once per format)."""
        return _analytics(endpoint, self.analytics_bytes, as_json, self.seed)


@functools.lru_cache(maxsize=32)
def _analytics(endpoint: str, size: int, as_json: bool, seed: int) -> bytes:
    return analytics_body(endpoint, size, as_json=as_json, seed=seed)
