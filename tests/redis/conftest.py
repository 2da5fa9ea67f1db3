"""A real ``redis-server`` for the RedisGovernor tests: started once, on a free port, in a tmp dir.

The suite fails (it does not skip) when ``redis-server`` is missing: ``scripts/test`` installs it.
"""

from __future__ import annotations

import asyncio
import contextlib
import shutil
import socket
import subprocess
import time
import uuid
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path

import pytest
import redis

import smartrecruiters_async as sr
from tests.conftest import fast_policies

_START_TIMEOUT = 10.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def running_redis(directory: Path, port: int) -> Iterator[str]:
    """Run ``redis-server`` on ``port`` (no persistence) until the block ends; yield its URL."""
    server = shutil.which("redis-server")
    if server is None:
        pytest.fail("redis-server is not installed: run scripts/test (it installs it)")
    process = subprocess.Popen(  # noqa: S603 - a fixed local binary, no shell
        [
            *(server, "--port", str(port), "--bind", "127.0.0.1", "--dir", str(directory)),
            *("--save", "", "--appendonly", "no"),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"redis://127.0.0.1:{port}/0"
    client = redis.Redis.from_url(url)
    try:
        deadline = time.monotonic() + _START_TIMEOUT
        while True:
            try:
                client.ping()
                break
            except redis.ConnectionError:
                if process.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"redis-server did not start (exit code {process.poll()})")
                time.sleep(0.02)
        yield url
    finally:
        client.close()
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The session's redis-server."""
    with running_redis(tmp_path_factory.mktemp("redis"), free_port()) as url:
        yield url


async def eventually(condition: Callable[[], bool]) -> None:
    """Return once ``condition()`` holds (something another process does, with no event)."""
    while True:
        if condition():
            return
        await asyncio.sleep(0.01)


@pytest.fixture
def namespace() -> str:
    """A namespace of its own per test, so tests never share governor state."""
    return f"test-{uuid.uuid4().hex[:12]}"


@pytest.fixture
async def governor(redis_url: str, namespace: str) -> AsyncIterator[sr.RedisGovernor]:
    governor = sr.RedisGovernor.from_url(redis_url, policies=fast_policies(), namespace=namespace)
    yield governor
    await governor.aclose()
