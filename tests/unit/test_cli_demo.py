"""The CLI demo: an export from the embedded fake server, judged by the server's own counts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

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
