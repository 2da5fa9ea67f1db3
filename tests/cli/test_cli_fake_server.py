"""``smartrecruiters-async fake-server``: serves the fake API until SIGINT or SIGTERM, for an
app (here: the SDK in this test) to talk to; a port in use is a one-line user error."""

from __future__ import annotations

import asyncio
import signal
import socket
from pathlib import Path

import pytest

import smartrecruiters_async as sr

from .conftest import URL, read_until, start_cli


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=lambda s: s.name)
def test_it_serves_an_app_until_stopped(tmp_path: Path, signum: signal.Signals) -> None:
    proc = start_cli("fake-server", "--port", "0", "--postings", "30", "--seed", "7", cwd=tmp_path)
    seen: list[str] = []
    try:
        assert proc.stderr is not None
        banner = read_until(proc.stderr, "serving http://127.0.0.1:", seen)
        match = URL.search(banner)
        assert match is not None
        url = match.group(0)

        async def use() -> tuple[int | None, int]:
            async with sr.SmartRecruiters(base_url=url) as client:
                page = await client.postings.list("acme", limit=10)
                return page.total_found, sum([1 async for _ in client.postings.list("acme")])

        assert asyncio.run(use()) == (30, 30)
    finally:
        proc.send_signal(signum)
        _, rest = proc.communicate(timeout=60)
    err = "".join(seen) + rest
    assert proc.returncode == 0, err
    assert "Traceback" not in err
    assert "stopped after 2 requests (0 answered 429)" in err


def test_a_port_in_use_is_a_one_line_user_error(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        proc = start_cli("fake-server", "--port", str(port), cwd=tmp_path)
        out, err = proc.communicate(timeout=60)
    assert proc.returncode == 2
    assert out == ""
    assert err.splitlines() == [f"error: --port {port}: Address already in use"]


def test_with_oauth_it_issues_tokens_to_the_client_in_the_environment(tmp_path: Path) -> None:
    secret = "a-secret-that-stays-out-of-argv-0123"
    proc = start_cli(
        *("fake-server", "--port", "0", "--oauth"),
        cwd=tmp_path,
        env={"SMARTRECRUITERS_CLIENT_ID": "my-app", "SMARTRECRUITERS_CLIENT_SECRET": secret},
    )
    seen: list[str] = []
    try:
        assert proc.stderr is not None
        match = URL.search(read_until(proc.stderr, "OAuth on", seen))
        assert match is not None

        async def use() -> int | None:
            auth = sr.OAuthClientCredentials("my-app", secret)
            async with sr.SmartRecruiters(auth=auth, base_url=match.group(0)) as client:
                return (await client.jobs.list(limit=1)).total_found

        assert asyncio.run(use())
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.communicate(timeout=60)
    assert proc.returncode == 0


def test_oauth_without_its_variables_is_a_user_error(tmp_path: Path) -> None:
    proc = start_cli("fake-server", "--port", "0", "--oauth", cwd=tmp_path)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 2
    assert err.splitlines() == [
        "error: --oauth needs $SMARTRECRUITERS_CLIENT_ID and $SMARTRECRUITERS_CLIENT_SECRET set"
    ]
