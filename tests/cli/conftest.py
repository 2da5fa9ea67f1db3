"""What the command-line tests share: a fake server in a thread, and the CLI in a subprocess.

The CLI runs its own event loop (``asyncio.run``), so in-process tests call ``cli.main`` from
plain (non-async) tests while the fake server serves from a loop in a thread of its own.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import smartrecruiters_async
from smartrecruiters_async.testing import FakeSmartRecruiters

from ..threaded_fake import serving

REPO = Path(smartrecruiters_async.__file__).resolve().parents[1]
URL = re.compile(r"http://127\.0\.0\.1:\d+")


@pytest.fixture
def server() -> Iterator[FakeSmartRecruiters]:
    """250 postings of company ``acme``, documented limits, no delays."""
    with serving(postings=250) as fake:
        yield fake


def cli_env(**extra: str) -> dict[str, str]:
    """The environment of a CLI subprocess: this source tree first on the path."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("SMARTRECRUITERS_")}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    env.update(extra)
    return env


def start_cli(
    *args: str, cwd: Path, env: dict[str, str] | None = None, **popen: Any
) -> subprocess.Popen[str]:
    """``smartrecruiters-async ARGS`` in a subprocess, stdout and stderr piped, as text; ``env``
    adds variables to its environment."""
    return subprocess.Popen(  # noqa: S603 - our own interpreter and arguments
        [sys.executable, "-m", "smartrecruiters_async.cli", *args],
        cwd=cwd,
        env=cli_env(**(env or {})),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **popen,
    )


def read_until(stream: Any, marker: str, seen: list[str]) -> str:
    """Lines of ``stream`` until one holds ``marker`` (returned); all kept in ``seen``."""
    for line in stream:
        seen.append(line)
        if marker in line:
            return str(line)
    raise AssertionError(f"the stream ended before {marker!r}:\n{''.join(seen)}")


@pytest.fixture
def closed_port() -> Iterator[int]:
    """A port of 127.0.0.1 that refuses connections: bound, never listening, while in use."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        yield int(sock.getsockname()[1])
