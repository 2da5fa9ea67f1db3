"""``postings export --out``: devices, FIFOs and ``-`` written through, links followed, modes kept,
and an unusable place refused before the first request."""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from smartrecruiters_async import cli
from smartrecruiters_async.testing import FakeSmartRecruiters

from ..places import full_device, unwritable_directory


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def export(server: FakeSmartRecruiters, out: str | Path, *more: str) -> int:
    argv = ["postings", "export", "acme", "--out", str(out), "--base-url", server.url]
    return cli.main([*argv, *more])


def error_lines(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.startswith("error:")]


def test_a_full_device_fails_with_one_line_and_stays_a_device(
    server: FakeSmartRecruiters, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    device = full_device(tmp_path)
    assert export(server, device) == 1
    err = capsys.readouterr().err
    assert error_lines(err) == [f"error: could not write {device}: No space left on device"]
    assert "Exported" not in err
    assert stat.S_ISCHR(device.stat().st_mode)


def test_a_symlink_is_followed_not_replaced(server: FakeSmartRecruiters, tmp_path: Path) -> None:
    real = tmp_path / "real.jsonl"
    real.write_text("old\n")
    link = tmp_path / "latest.jsonl"
    link.symlink_to(real)
    assert export(server, link) == 0
    assert link.is_symlink()
    assert len(real.read_text().splitlines()) == 250


def test_dash_writes_to_standard_output_and_no_file(
    server: FakeSmartRecruiters,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    assert export(server, "-", "--max-items", "30") == 0
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert len(lines) == 30
    assert all(json.loads(line)["id"] for line in lines)
    assert "Exported 30 postings" in captured.err  # the summary is not mixed into the data
    assert list(tmp_path.iterdir()) == []


def test_a_new_export_gets_the_umask_and_a_replaced_one_keeps_its_mode(
    server: FakeSmartRecruiters, tmp_path: Path, umask_022: None
) -> None:
    new = tmp_path / "new.jsonl"
    assert export(server, new) == 0
    assert stat.S_IMODE(new.stat().st_mode) == 0o644
    shared = tmp_path / "shared.jsonl"
    shared.write_text("old\n")
    shared.chmod(0o644)
    assert export(server, shared) == 0
    assert stat.S_IMODE(shared.stat().st_mode) == 0o644
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.jsonl", "shared.jsonl"]


def test_a_fifo_is_written_through(server: FakeSmartRecruiters, tmp_path: Path) -> None:
    import threading

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    # A daemon: if the FIFO were replaced by a file, its reader would wait for a writer forever.
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    assert export(server, fifo, "--max-items", "5") == 0
    assert stat.S_ISFIFO(fifo.stat().st_mode)  # still the FIFO, not a file renamed over it
    reader.join()
    assert len(received[0].splitlines()) == 5


@pytest.mark.parametrize(
    ("place", "reason"),
    [
        ("directory", "Is a directory"),
        ("missing", "no such directory"),
        ("unwritable", "Permission denied"),
    ],
)
def test_an_unusable_out_is_refused_before_the_first_request(
    server: FakeSmartRecruiters,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    place: str,
    reason: str,
) -> None:
    out = {
        "directory": lambda: tmp_path,
        "missing": lambda: tmp_path / "missing" / "postings.jsonl",
        "unwritable": lambda: unwritable_directory(tmp_path) / "postings.jsonl",
    }[place]()
    assert export(server, out) == 2
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1
    assert err.startswith(f"error: --out {out}: ")
    assert reason in err
    assert server.stats.count() == 0  # refused before anything was downloaded
    assert not (tmp_path / "missing").exists()
