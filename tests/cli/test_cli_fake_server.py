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
