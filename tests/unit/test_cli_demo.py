"""The CLI demo: an export from the embedded fake server, judged by the server's own counts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import smartrecruiters_async as sr
from smartrecruiters_async import cli


def test_the_demo_exports_every_posting_without_a_429(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "postings.jsonl"
    assert cli.main(["demo", "--postings", "300", "--out", str(out)]) == 0
    lines = out.read_text().splitlines()
    assert len(lines) == 300
    assert len({json.loads(line)["id"] for line in lines}) == 300
    report = capsys.readouterr().out
    assert "Requests: 4 at" in report  # 100 items, then 99 new ones a page after a 1-item overlap
    assert "429 responses: 0;" in report


def test_the_demo_explains_its_rate_against_the_pacing_ceiling(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "postings.jsonl"
    assert cli.main(["demo", "--postings", "1000", "--out", str(out)]) == 0
    report = capsys.readouterr().out
    # The whole-run figure includes the first page's round trip, before the others can start;
    # the rate after it is the one to compare with the pacing ceiling (and the README's 93-94%).
    assert "req/s after the first page (" in report
    ceiling = 1 / sr.Policies().pacing_span
    assert f"at most {ceiling:.1%} of the limit over a long run" in report
    assert "(1 s + 50 ms jitter margin + 10 ms slack) / 10" in report
