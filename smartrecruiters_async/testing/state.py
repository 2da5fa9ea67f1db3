"""The fake server's data and the state its write operations change."""

from __future__ import annotations

import functools
import random
from collections.abc import Callable
from typing import Any, TypeVar, cast

import attrs

from .analytics_data import analytics_body
from .data import make_candidates, make_departments, make_posting, make_postings, posting_summary

__all__ = ["PostingChange", "ServerData"]

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


@attrs.frozen(kw_only=True)
class PostingChange:
    """One change of the postings list (``Fault.list_changed``): ids added and removed."""

    inserted: tuple[str, ...]
    deleted: tuple[str, ...]


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
    posting_changes: list[PostingChange] = attrs.field(factory=list)
    """Every change ``change_postings`` made, in order."""
    _next_posting: int = attrs.field(default=0, init=False)

    def change_postings(
        self, *, inserts: int, deletes: int, at: int | None, rng: random.Random
    ) -> PostingChange:
        """Remove ``deletes`` postings and add ``inserts`` new ones at index ``at`` of the list
        (each at a random index from ``rng`` when ``None``); return what changed.

        The tuples are replaced, never mutated: servers built with the same options share them.
        """
        postings, summaries = list(self.postings), list(self.summaries)
        deleted: list[str] = []
        for _ in range(min(deletes, len(postings))):
            index = min(at, len(postings) - 1) if at is not None else rng.randrange(len(postings))
            summaries.pop(index)
            deleted.append(postings.pop(index)["id"])
        inserted: list[str] = []
        for _ in range(inserts):
            # Indexes far past the generated ones give ids no posting of this server ever had.
            self._next_posting += 1
            posting = make_posting(1_000_000 + self._next_posting, self.seed, self.company)
            index = min(at, len(postings)) if at is not None else rng.randint(0, len(postings))
            postings.insert(index, posting)
            summaries.insert(index, posting_summary(posting))
            inserted.append(posting["id"])
        self.postings, self.summaries = tuple(postings), tuple(summaries)
        self.postings_by_id = {p["id"]: p for p in postings}
        change = PostingChange(inserted=tuple(inserted), deleted=tuple(deleted))
        self.posting_changes.append(change)
        return change

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
