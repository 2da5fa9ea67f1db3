"""The README's examples run as written (imports included) against the fake server.

Each ```python block of README.md is a complete program. This test starts a ``FakeSmartRecruiters``
(company ``smartrecruiters``, OAuth on) and runs each block as a script in a fresh interpreter
with the environment the README tells users to set: ``SMARTRECRUITERS_BASE_URL`` (the fake's
URL, which a client given no ``base_url`` talks to), ``SMARTRECRUITERS_API_KEY`` (any key) and
``SMARTRECRUITERS_CLIENT_ID`` / ``_SECRET`` (a client the fake's OAuth knows). The Redis example
also gets ``REDIS_URL``, a ``redis-server`` of its own; the authorization-code web app is
imported and driven in-process, this test playing the user's browser (SmartRecruiters' consent
page is the fake's). The pytest example runs alone in a fresh project in
``tests/testing/test_pytest_plugin_install.py``. The command-line block runs line by line.
Every block must be claimed by exactly one runner, so a new example cannot go untested.
"""

from __future__ import annotations

import os
import runpy
import shlex
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import aiohttp
import pytest
from aiohttp.test_utils import TestClient, TestServer

from smartrecruiters_async.testing import FakeOAuth, FakeSmartRecruiters
from tests.readme import blocks, python_blocks

from ..redis.conftest import free_port, running_redis
from ..threaded_fake import serving

REPO = Path(__file__).resolve().parents[2]
CLIENT_ID = "readme-app"
CLIENT_SECRET = "readme-app-secret-0123456789"  # only the fake knows it


def kind_of(block: str) -> str:
    if "def test_" in block:
        return "pytest"
    if "web.Application()" in block:
        return "web app"
    if "RedisGovernor" in block:
        return "redis"
    return "script"


def examples(kind: str) -> list[str]:
    return [block for block in python_blocks() if kind_of(block) == kind]


def example_id(block: str) -> str:
    interesting = [line for line in block.splitlines() if "client." in line or "sr." in line]
    return (interesting[0] if interesting else block.splitlines()[0]).strip()[:60]


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeSmartRecruiters]:
    oauth = FakeOAuth(clients={CLIENT_ID: CLIENT_SECRET})
    with serving(company="smartrecruiters", postings=300, oauth=oauth) as server:
        yield server


def example_env(server: FakeSmartRecruiters, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SMARTRECRUITERS_")}
    env.update(
        PYTHONPATH=str(REPO),
        SMARTRECRUITERS_BASE_URL=server.url,
        SMARTRECRUITERS_API_KEY="readme-api-key",
        SMARTRECRUITERS_CLIENT_ID=CLIENT_ID,
        SMARTRECRUITERS_CLIENT_SECRET=CLIENT_SECRET,
    )
    env.update(extra)
    return env


def run_script(
    block: str, cwd: Path, env: dict[str, str], *args: str
) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(  # noqa: S603 - our own interpreter, the README's code
        [sys.executable, "-", *args],
        input=block,
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    return done


def test_every_python_block_is_claimed_by_a_runner() -> None:
    kinds = [kind_of(block) for block in python_blocks()]
    assert len(kinds) >= 7
    assert kinds.count("pytest") == 1
    assert kinds.count("web app") == 1
    assert kinds.count("redis") == 1


@pytest.mark.parametrize("block", examples("script"), ids=example_id)
def test_a_script_example_runs_as_written(
    block: str, fake: FakeSmartRecruiters, tmp_path: Path
) -> None:
    done = run_script(block, tmp_path, example_env(fake))
    assert done.stdout.strip()


def test_the_redis_example_runs_as_written_in_two_workers(
    fake: FakeSmartRecruiters, tmp_path: Path
) -> None:
    (block,) = examples("redis")
    with running_redis(tmp_path, free_port()) as redis_url:
        env = example_env(fake, REDIS_URL=redis_url)
        outputs = [run_script(block, tmp_path, env, shard).stdout.split() for shard in "01"]
    assert outputs == [["0", "100"], ["1", "100"]]


async def test_the_authorization_code_web_app_runs_as_written(
    fake: FakeSmartRecruiters, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (block,) = examples("web app")
    for name, value in example_env(fake).items():
        monkeypatch.setenv(name, value)
    monkeypatch.chdir(tmp_path)
    module = tmp_path / "web_app.py"
    module.write_text(block)
    app = runpy.run_path(str(module), run_name="readme_web_app")["app"]  # not __main__: no run_app
    async with TestClient(TestServer(app)) as browser:
        login = await browser.get("/login", allow_redirects=False)
        assert login.status == 302
        consent_page = urlsplit(login.headers["Location"])
        async with (
            aiohttp.ClientSession() as session,  # the user consents, at the (fake) SmartRecruiters
            session.get(
                f"{fake.url}/identity/oauth/allow?{consent_page.query}", allow_redirects=False
            ) as consent,
        ):
            back = urlsplit(consent.headers["Location"])
        assert back.path == "/callback"
        callback = await browser.get(f"/callback?{back.query}")
        assert callback.status == 200, await callback.text()
        assert (await callback.text()).startswith("Connected: ")
    assert (tmp_path / "tokens.json").exists()


def cli_lines() -> list[str]:
    found = []
    for block in blocks("bash"):
        lines = [line for line in block.splitlines() if line.strip()]
        if lines and all(line.startswith("smartrecruiters-async ") for line in lines):
            found.extend(lines)
    return found


@pytest.mark.parametrize("line", cli_lines())
def test_a_command_line_example_runs_as_written(
    line: str, fake: FakeSmartRecruiters, tmp_path: Path
) -> None:
    command = [sys.executable, "-m", "smartrecruiters_async.cli", *shlex.split(line)[1:]]
    done = subprocess.run(  # noqa: S603 - our own interpreter, the README's arguments
        command,
        cwd=tmp_path,
        env=example_env(fake),
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert "error:" not in done.stderr


def test_the_command_line_block_is_found() -> None:
    assert len(cli_lines()) >= 3
