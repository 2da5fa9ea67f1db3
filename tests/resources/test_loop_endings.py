"""A client left open when its loop never ends, or dropped without ``aclose()``, is cleaned up
without a word: no "Task was destroyed but it is pending", no "Unclosed client session", no
"coroutine ignored GeneratorExit". Each case runs in a fresh interpreter, to its very exit."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from smartrecruiters_async.testing import FakeSmartRecruiters

from ..threaded_fake import serving

REPO = Path(__file__).resolve().parents[2]
NOISE = ("Task was destroyed", "Unclosed", "GeneratorExit", "Traceback", "Exception ignored")


@pytest.fixture
def server() -> Iterator[FakeSmartRecruiters]:
    with serving(postings=20) as fake:
        yield fake


def python(*args: str, stdin: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run(  # noqa: S603 - our own interpreter and script
        [sys.executable, *args],
        input=stdin,
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def assert_quiet(done: subprocess.CompletedProcess[str]) -> None:
    assert done.returncode == 0, done.stderr
    for noise in NOISE:
        assert noise not in done.stderr, done.stderr


def test_leaving_the_asyncio_repl_without_aclose(
    server: FakeSmartRecruiters, tmp_path: Path
) -> None:
    session = (
        "from smartrecruiters_async import SmartRecruiters\n"
        f"client = SmartRecruiters(base_url={server.url!r})\n"
        "page = await client.postings.list('acme')\n"
        "print('total', page.total_found)\n"
    )
    done = python("-m", "asyncio", stdin=session, cwd=tmp_path)
    assert "total 20" in done.stdout
    assert_quiet(done)


def test_a_client_dropped_while_its_loop_runs(server: FakeSmartRecruiters, tmp_path: Path) -> None:
    script = f"""
import asyncio, gc
from smartrecruiters_async import SmartRecruiters

async def main():
    client = SmartRecruiters(base_url={server.url!r})
    print((await client.postings.list("acme")).total_found)
    del client  # a notebook cell re-run: the old client is dropped, never closed
    gc.collect()
    again = SmartRecruiters(base_url={server.url!r})
    print((await again.postings.list("acme")).total_found)

asyncio.run(main())
"""
    done = python("-", stdin=script, cwd=tmp_path)
    assert done.stdout.split() == ["20", "20"]
    assert_quiet(done)


def test_a_loop_closed_without_cancelling_its_tasks(
    server: FakeSmartRecruiters, tmp_path: Path
) -> None:
    script = f"""
import asyncio, gc
from smartrecruiters_async import SmartRecruiters

client = SmartRecruiters(base_url={server.url!r})

async def total():
    return (await client.postings.list("acme")).total_found

loop = asyncio.new_event_loop()
print(loop.run_until_complete(total()))
loop.close()  # not asyncio.run(): the session's guard is never cancelled
print(asyncio.run(total()))  # the next loop notices the dead one
del client
gc.collect()
"""
    done = python("-", stdin=script, cwd=tmp_path)
    assert done.stdout.split() == ["20", "20"]
    assert_quiet(done)
