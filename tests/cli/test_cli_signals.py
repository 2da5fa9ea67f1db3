"""SIGINT and SIGTERM stop the command cleanly: the output left as it was, no temporary file, an
exit status of 128 + the signal, and no traceback from the client or the (fake) server.

The CLI runs in a subprocess; the signal is sent once its stderr shows the export under way.
"""

from __future__ import annotations

import signal
from pathlib import Path

import pytest

from smartrecruiters_async.testing import FakeSmartRecruiters

from .conftest import read_until, serving, start_cli

SIGNALS = [signal.SIGTERM, signal.SIGINT]


def assert_clean(err: str) -> None:
    assert "Traceback" not in err
    assert "Error handling request" not in err
    assert "Unclosed" not in err


@pytest.fixture
def big_server() -> FakeSmartRecruiters:
    with serving(postings=5000) as fake:  # 50 pages at 10 req/s: seconds to stop it in
        yield fake


@pytest.mark.parametrize("signum", SIGNALS, ids=lambda s: s.name)
def test_a_signal_mid_export_leaves_the_old_file_and_nothing_else(
    big_server: FakeSmartRecruiters, tmp_path: Path, signum: signal.Signals
) -> None:
    out = tmp_path / "postings.jsonl"
    out.write_text("the last good export\n")
    args = ["postings", "export", "acme", "--out", str(out), "--base-url", big_server.url]
    proc = start_cli(*args, cwd=tmp_path)
    seen: list[str] = []
    assert proc.stderr is not None
    read_until(proc.stderr, "/5000", seen)  # the first page is written: mid-export
    proc.send_signal(signum)
    _, rest = proc.communicate(timeout=60)
    err = "".join(seen) + rest
    assert proc.returncode == 128 + signum, err
    assert_clean(err)
    assert f"stopped by {signum.name}: {out} was not written" in err
    assert out.read_text() == "the last good export\n"
    assert [p.name for p in tmp_path.iterdir()] == ["postings.jsonl"]


@pytest.mark.parametrize("signum", SIGNALS, ids=lambda s: s.name)
def test_a_signal_during_the_demo_prints_no_server_traceback(
    tmp_path: Path, signum: signal.Signals
) -> None:
    out = tmp_path / "demo.jsonl"
    proc = start_cli("demo", "--postings", "5000", "--out", str(out), cwd=tmp_path)
    seen: list[str] = []
    assert proc.stderr is not None
    read_until(proc.stderr, "/5000", seen)
    proc.send_signal(signum)
    _, rest = proc.communicate(timeout=60)
    err = "".join(seen) + rest
    assert proc.returncode == 128 + signum, err
    assert_clean(err)
    assert list(tmp_path.iterdir()) == []


def test_retries_show_while_waiting_and_a_signal_ends_the_wait(
    tmp_path: Path, closed_port: int
) -> None:
    url = f"http://127.0.0.1:{closed_port}"
    out = tmp_path / "postings.jsonl"
    proc = start_cli(
        "postings", "export", "acme", "--out", str(out), "--base-url", url, cwd=tmp_path
    )
    seen: list[str] = []
    assert proc.stderr is not None
    read_until(proc.stderr, "note: retry 1 of 5", seen)  # shown before the retries are over
    proc.send_signal(signal.SIGTERM)
    _, rest = proc.communicate(timeout=60)
    err = "".join(seen) + rest
    assert proc.returncode == 128 + signal.SIGTERM, err
    assert_clean(err)
    assert list(tmp_path.iterdir()) == []
