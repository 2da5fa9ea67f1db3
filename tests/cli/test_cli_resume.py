"""``--resume`` and ``--shard``: an export killed and resumed ends with every item once, in order;
N workers on one Redis budget export every item once without a 429.

The CLI runs in subprocesses against a fake server in a thread; kills land where the part file
has reached a seeded number of lines (polled, with a bounded wait: no sleeps to tune).
"""

from __future__ import annotations

import json
import random
import signal
import subprocess
import time
from collections import Counter
from pathlib import Path
from urllib.parse import parse_qs

import pytest

from smartrecruiters_async import cli

from ..redis.conftest import free_port, running_redis
from .conftest import serving, start_cli

KEY = {"SMARTRECRUITERS_API_KEY": "a-key-from-the-environment"}
_WAIT = 120.0  # seconds a run may take to reach its kill point: a hang, not a slow machine


def lines_in(path: Path) -> int:
    try:
        return path.read_bytes().count(b"\n")
    except FileNotFoundError:
        return 0


def kill_at(proc: subprocess.Popen[str], part: Path, lines: int, signum: signal.Signals) -> str:
    """Send ``signum`` once ``part`` holds ``lines`` lines (or the process ended); its stderr."""
    deadline = time.monotonic() + _WAIT
    while proc.poll() is None and lines_in(part) < lines:
        assert time.monotonic() < deadline, f"the export did not reach {lines} lines"
        time.sleep(0.005)  # polling a file another process writes: there is no event to wait on
    proc.send_signal(signum)
    _, err = proc.communicate(timeout=60)
    return err


def ids_in(path: Path) -> list[str]:
    return [json.loads(line)["id"] for line in path.read_text().splitlines()]


def checkpoint_of(out: Path) -> dict[str, object]:
    data = json.loads(out.with_name(out.name + ".checkpoint").read_text())
    assert isinstance(data, dict)
    return data


def test_an_export_killed_five_times_and_resumed_has_every_id_once_in_order(
    tmp_path: Path,
) -> None:
    rng = random.Random(15)
    points = [rng.randrange(k * 1800 + 300, k * 1800 + 1800) for k in range(5)]
    kills = [signal.SIGKILL, signal.SIGTERM, signal.SIGKILL, signal.SIGINT, signal.SIGKILL]
    out = tmp_path / "c.jsonl"
    part = tmp_path / "c.jsonl.part"
    with serving(candidates=10_000) as fake:
        argv = ["export", "candidates", "--out", str(out), "--resume", "--base-url", fake.url]
        argv += ["--updated-after", "2000-01-01"]
        resumed_at: list[object] = []
        for point, signum in zip(points, kills, strict=True):
            proc = start_cli(*argv, cwd=tmp_path, env=KEY)
            err = kill_at(proc, part, point, signum)
            assert proc.returncode == -signum if signum is signal.SIGKILL else 128 + signum, err
            assert "Traceback" not in err
            saved = checkpoint_of(out)
            assert 0 < int(saved["items"]) < 10_000  # type: ignore[call-overload]
            resumed_at.append(saved["cursor"])
            if signum is not signal.SIGKILL:
                assert f"stopped by {signum.name}: {saved['items']} items kept in {part}" in err
            assert not out.exists()
        last = start_cli(*argv, cwd=tmp_path, env=KEY)
        _, err = last.communicate(timeout=300)
        assert last.returncode == 0, err
        expected = [c["id"] for c in fake.data.candidates]
        requested = [parse_qs(r.query).get("pageId", [""])[0] for r in fake.requests]
    ids = ids_in(out)
    assert ids == expected
    assert len(set(ids)) == 10_000
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.jsonl"]
    # A page is fetched again only where a run stopped: the page it was waiting for.
    again = {page for page, n in Counter(requested).items() if n > 1}
    assert again <= set(resumed_at)
    assert len(requested) <= 100 + len(points)


def stopped_export(argv: list[str], tmp_path: Path, part: Path, lines: int) -> dict[str, object]:
    """Run ``argv`` with ``--resume`` until ``part`` has ``lines`` lines, stop it with SIGTERM;
    return its checkpoint."""
    proc = start_cli(*argv, "--resume", cwd=tmp_path)
    err = kill_at(proc, part, lines, signal.SIGTERM)
    assert proc.returncode == 128 + signal.SIGTERM, err
    return checkpoint_of(part.with_name(part.name.removesuffix(".part")))


def test_bytes_written_after_the_last_checkpoint_are_cut_not_duplicated(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "p.jsonl"
    part = tmp_path / "p.jsonl.part"
    with serving(postings=5000) as fake:
        argv = ["export", "postings", "--company", "acme", "--out", str(out)]
        argv += ["--base-url", fake.url]
        full = [json.dumps(p, ensure_ascii=False) for p in fake.data.summaries]
        saved = stopped_export(argv, tmp_path, part, 1000)
        items = int(saved["items"])  # type: ignore[call-overload]
        assert ids_in(part) == [p["id"] for p in fake.data.summaries[:items]]
        # A crash between a page's bytes and its checkpoint: 60 more lines and part of one.
        with part.open("a") as more:
            more.write("".join(f"{line}\n" for line in full[items : items + 60]))
            more.write(full[items + 60][:40])
        before = len(fake.requests)
        assert cli.main([*argv, "--resume"]) == 0
        offsets = [parse_qs(r.query)["offset"][0] for r in list(fake.requests)[before:]]
    assert ids_in(out) == [json.loads(line)["id"] for line in full]
    assert offsets[0] == str(items)  # the first page after the checkpoint, none before it
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.jsonl"]


@pytest.mark.parametrize(
    ("change", "differ"),
    [
        (["--q", "engineer"], "query"),
        (["--format", "csv"], "format"),
        (["--max-items", "10"], "max_items"),
        (["--shard", "1/2"], "shard"),
    ],
)
def test_a_changed_query_refuses_to_resume(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], change: list[str], differ: str
) -> None:
    out = tmp_path / "p.jsonl"
    part = tmp_path / "p.jsonl.part"
    with serving(postings=5000) as fake:
        argv = ["export", "postings", "--company", "acme", "--out", str(out)]
        argv += ["--base-url", fake.url]
        saved = stopped_export(argv, tmp_path, part, 500)
        kept = part.read_bytes()
        before = fake.stats.count()
        status = cli.main([*argv, *change, "--resume"])
        assert fake.stats.count() == before
    err = capsys.readouterr().err
    assert status == 2
    assert err.splitlines() == [
        f"error: --resume: {out}.checkpoint belongs to another export (the {differ} differ); "
        "run the same command to continue it, or remove the checkpoint to start this one"
    ]
    assert checkpoint_of(out) == saved
    assert part.read_bytes() == kept


def test_another_list_with_the_same_out_refuses_to_resume(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SMARTRECRUITERS_API_KEY", KEY["SMARTRECRUITERS_API_KEY"])
    out = tmp_path / "p.jsonl"
    with serving(postings=5000) as fake:
        argv = ["export", "postings", "--company", "acme", "--out", str(out)]
        stopped_export([*argv, "--base-url", fake.url], tmp_path, tmp_path / "p.jsonl.part", 500)
        status = cli.main(["export", "jobs", "--out", str(out), "--resume", "--base-url", fake.url])
    assert status == 2
    assert "belongs to another export (the list, path differ)" in capsys.readouterr().err


def test_four_shards_on_one_redis_budget_export_every_posting_once_without_a_429(
    tmp_path: Path,
) -> None:
    with (
        running_redis(tmp_path, free_port()) as redis_url,
        serving(postings=10_000) as fake,
    ):
        procs = [
            start_cli(
                *("export", "postings", "--company", "acme", "--base-url", fake.url),
                *("--shard", f"{i}/4", "--redis-url", redis_url, "--resume"),
                *("--out", str(tmp_path / f"shard-{i}.jsonl")),
                cwd=tmp_path,
            )
            for i in range(1, 5)
        ]
        errs = [proc.communicate(timeout=300)[1] for proc in procs]
        assert [proc.returncode for proc in procs] == [0] * 4, errs
        expected = sorted(p["id"] for p in fake.data.summaries)
        rate_limited = fake.stats.total_429
    ids = [
        json.loads(line)["id"]
        for i in range(1, 5)
        for line in (tmp_path / f"shard-{i}.jsonl").read_text().splitlines()
    ]
    assert sorted(ids) == expected
    assert len(ids) == 10_000
    assert rate_limited == 0
    assert all("(shard " in err for err in errs)
