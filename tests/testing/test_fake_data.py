"""Seeded data: deterministic, varied, and carrying fields the models do not declare."""

from __future__ import annotations

import csv
import datetime as dt
import inspect
import io
import json

import pytest

from smartrecruiters_async.models.postings import Posting
from smartrecruiters_async.testing import make_candidates, make_postings, posting_summary
from smartrecruiters_async.testing.analytics_data import analytics_body


def test_same_arguments_same_postings() -> None:
    assert make_postings(50, seed=3) == make_postings(50, seed=3)
    assert make_postings(50, seed=3) != make_postings(50, seed=4)


def test_postings_are_varied() -> None:
    postings = make_postings(1000, seed=0, company="globex")
    assert {p["location"]["country"] for p in postings} == {"us", "de", "fr", "gb", "pl"}
    assert any(p["location"]["remote"] for p in postings)
    assert {p["visibility"] for p in postings} == {"PUBLIC", "INTERNAL"}
    assert len({p["department"]["id"] for p in postings}) >= 8
    assert len({p["language"]["code"] for p in postings}) == 4
    assert len({p["id"] for p in postings}) == 1000
    assert {p["company"]["identifier"] for p in postings} == {"globex"}
    released = sorted(dt.datetime.fromisoformat(p["releasedDate"]) for p in postings)
    assert released[-1] - released[0] > dt.timedelta(days=600)
    assert released[-1] - released[0] <= dt.timedelta(days=730)


def test_postings_carry_undeclared_fields() -> None:
    declared = set(inspect.signature(Posting).parameters)
    posting = make_postings(1)[0]
    assert {"experienceRequirements", "trackingCode"} <= posting.keys()
    assert "experience_requirements" not in declared
    assert "tracking_code" not in declared


def test_summary_leaves_out_full_only_fields() -> None:
    posting = make_postings(1)[0]
    assert {"jobAd", "applyUrl", "postingUrl"} <= posting.keys()
    summary = posting_summary(posting)
    assert not {"jobAd", "applyUrl", "postingUrl"} & summary.keys()
    assert summary["trackingCode"] == posting["trackingCode"]


def test_candidates_are_deterministic_and_unique() -> None:
    candidates = make_candidates(100, seed=1)
    assert candidates == make_candidates(100, seed=1)
    assert len({c["id"] for c in candidates}) == 100
    assert all("@" in c["email"] for c in candidates)


@pytest.mark.parametrize("endpoint", ["applications", "hiring-team", "positions"])
def test_analytics_bodies_have_the_exact_size(endpoint: str) -> None:
    body = analytics_body(endpoint, 50_000, as_json=False)
    assert len(body) == 50_000
    rows = list(csv.reader(io.StringIO(body.decode())))
    assert rows[0][-1] == "notes"
    assert len({len(row) for row in rows}) == 1
    document = analytics_body(endpoint, 50_000, as_json=True)
    assert len(document) == 50_000
    assert len(json.loads(document)["content"]) > 10
