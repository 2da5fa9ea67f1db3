"""Every user error is one line ``error: ...`` and exit 2; every API or network error one line
naming what failed and exit 1; an empty list is said so; ``--version`` and honest help."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

import smartrecruiters_async as sr
from smartrecruiters_async import cli
from smartrecruiters_async.testing import FakeSmartRecruiters, Fault


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = cli.main(argv)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.mark.parametrize(
    "argv",
    [
        ["postings", "export", "acme", "--out", "{tmp}/p.jsonl", "--base-url", "not-a-url"],
        [
            "postings",
            "export",
            "acme",
            "--out",
            "{tmp}/p.jsonl",
            "--base-url",
            "ftp://host.example",
        ],
        ["postings", "export", "acme", "--out", "{tmp}/p.jsonl", "--max-items", "-5"],
        ["postings", "export", "", "--out", "{tmp}/p.jsonl"],
        ["postings", "export", "acme", "--out", "{tmp}/p.jsonl", "--timeout", "0"],
        ["postings", "export", "acme"],
        ["demo", "--latency-min", "0.5", "--latency-max", "0.1"],
        ["demo", "--postings", "-1"],
        ["demo", "--jitter", "nan"],
        ["nonsense"],
        [],
    ],
)
def test_a_user_error_is_one_line_and_exit_2(
    argv: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = [arg.format(tmp=tmp_path) for arg in argv]
    status, out, err = run(argv, capsys)
    assert status == 2
    assert out == ""
    assert len(err.splitlines()) == 1, err
    assert err.startswith("error: ")
    assert list(tmp_path.iterdir()) == []


def test_an_api_error_is_one_line_naming_the_request_and_exit_1(
    server: FakeSmartRecruiters, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    server.faults.add(Fault.server_error(503))
    out = tmp_path / "p.jsonl"
    argv = ["postings", "export", "acme", "--out", str(out), "--base-url", server.url]
    status, _, err = run([*argv, "--max-retries", "0"], capsys)
    assert status == 1
    (line,) = err.splitlines()
    assert line.startswith(f"error: 503 from GET {server.url}/v1/companies/acme/postings: ")
    assert not out.exists()


def test_an_unreachable_host_is_one_line_naming_the_request_and_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], closed_port: int
) -> None:
    url = f"http://127.0.0.1:{closed_port}"
    argv = ["postings", "export", "acme", "--out", str(tmp_path / "p.jsonl"), "--base-url", url]
    status, _, err = run([*argv, "--max-retries", "0"], capsys)
    assert status == 1
    (line,) = err.splitlines()
    assert line.startswith("error: could not connect")
    assert f"GET {url}/v1/companies/acme/postings" in line


def test_an_unknown_company_says_the_list_is_empty(
    server: FakeSmartRecruiters, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "p.jsonl"
    argv = ["postings", "export", "no-such-co", "--out", str(out), "--base-url", server.url]
    status, _, err = run(argv, capsys)
    assert status == 0
    assert "note: 'no-such-co' has no published postings" in err
    assert out.read_text() == ""


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(["--version"], capsys)
    assert status == 0
    assert out == f"smartrecruiters-async {sr.__version__}\n"


def test_the_demo_help_names_its_real_default_file(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "250")  # no wrapping inside the path
    status, out, _ = run(["demo", "--help"], capsys)
    assert status == 0
    assert "temp file" not in out
    assert f"default: {Path(tempfile.gettempdir()) / 'smartrecruiters-demo.jsonl'})" in out


def test_retries_are_shown_as_they_happen_then_one_error_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], closed_port: int
) -> None:
    url = f"http://127.0.0.1:{closed_port}"
    argv = ["postings", "export", "acme", "--out", str(tmp_path / "p.jsonl"), "--base-url", url]
    status, _, err = run([*argv, "--max-retries", "2"], capsys)
    assert status == 1
    lines = err.splitlines()
    assert [line.split(" in ")[0] for line in lines[:2]] == [
        "note: retry 1 of 2",
        "note: retry 2 of 2",
    ]
    assert all("could not connect" in line for line in lines)
    assert lines[2].startswith("error: could not connect")
    assert len(lines) == 3


def test_without_the_cli_extra_the_command_says_what_to_install(tmp_path: Path) -> None:
    import subprocess
    import sys

    from .conftest import cli_env

    script = (
        "import sys; sys.modules['tqdm'] = None  # as if the extra were not installed\n"
        "from smartrecruiters_async.cli import main; sys.exit(main(['--version']))"
    )
    done = subprocess.run(  # noqa: S603 - our own interpreter and script
        [sys.executable, "-c", script],
        cwd=tmp_path,
        env=cli_env(),
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    assert done.stderr == (
        "error: the command line needs the 'cli' extra: pip install 'smartrecruiters-async[cli]'\n"
    )


def test_the_base_url_variable_is_the_default_host(
    server: FakeSmartRecruiters,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SMARTRECRUITERS_BASE_URL", server.url)
    out = tmp_path / "p.jsonl"
    status, _, err = run(["postings", "export", "acme", "--out", str(out)], capsys)
    assert status == 0, err
    assert len(out.read_text().splitlines()) == 250
    monkeypatch.setenv("SMARTRECRUITERS_BASE_URL", "not-a-url")
    status, _, err = run(["postings", "export", "acme", "--out", str(out)], capsys)
    assert status == 2
    assert err.startswith("error: SMARTRECRUITERS_BASE_URL: ")
