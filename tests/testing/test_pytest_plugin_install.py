"""The pytest plugin as users install it: the README's pytest example, alone in a fresh project,
passes with the plugin loaded through the installed package's ``pytest11`` entry point; without
pytest-asyncio the plugin still loads and its fixtures say what to install."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from importlib.metadata import distribution, entry_points
from pathlib import Path
from subprocess import CompletedProcess
from urllib.parse import urlsplit

import pytest

from tests.readme import blocks, python_blocks

PLUGIN = "smartrecruiters_async.testing.pytest_plugin"


REPO = Path(__file__).resolve().parents[2]


def installed_from() -> Path | None:
    """The source tree of the installed distribution, when pip recorded one (PEP 610)."""
    recorded = distribution("smartrecruiters-async").read_text("direct_url.json")
    if not recorded:
        return None
    url = urlsplit(json.loads(recorded).get("url", ""))
    return Path(url.path).resolve() if url.scheme == "file" else None


def plain_env(*first: Path) -> dict[str, str]:
    """The environment of a user's shell: nothing that points at this source tree; ``first``
    are put ahead of everything installed."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_", "PYTHON"))}
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    if first:
        env["PYTHONPATH"] = os.pathsep.join(map(str, first))
    return env


def pytest_in(project: Path, *args: str, first: tuple[Path, ...] = ()) -> CompletedProcess[str]:
    """``python -m pytest`` run in ``project`` as its only directory."""
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--rootdir", "."]
    return subprocess.run(  # noqa: S603 - our own interpreter, fixed arguments
        [*command, *args],
        cwd=project,
        env=plain_env(*first),
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )


def test_the_readme_example_passes_in_a_fresh_project(tmp_path: Path) -> None:
    registered = {ep.value for ep in entry_points(group="pytest11")}
    if PLUGIN not in registered:
        if installed_from() == REPO:
            pytest.fail("smartrecruiters-async, installed from this tree, has no pytest11 plugin")
        pytest.skip(
            f"the installed smartrecruiters-async comes from {installed_from()}, not this tree, "
            "and has no pytest11 entry point: reinstall from here (scripts/test does) to check"
        )
    (example,) = [block for block in python_blocks() if "def test_" in block]
    assert "pytest_plugins" not in example  # the entry point is what loads the plugin
    (tmp_path / "test_readme_example.py").write_text(example)
    (config,) = [block for block in blocks("toml") if "[tool.pytest.ini_options]" in block]
    (tmp_path / "pyproject.toml").write_text(config)
    done = pytest_in(tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "2 passed" in done.stdout
    assert "warning" not in done.stdout.lower()


def test_without_pytest_asyncio_the_fixtures_say_what_to_install(tmp_path: Path) -> None:
    project, shadow = tmp_path / "project", tmp_path / "shadow" / "pytest_asyncio"
    project.mkdir()
    (project / "test_uses_the_fake.py").write_text("def test_it(fake_smartrecruiters):\n    pass\n")
    shadow.mkdir(parents=True)  # an importable pytest_asyncio that is "not installed"
    (shadow / "__init__.py").write_text(
        "raise ModuleNotFoundError(\"No module named 'pytest_asyncio'\", name='pytest_asyncio')\n"
    )
    done = pytest_in(
        project,
        "-p",
        "no:asyncio",  # pytest-asyncio's own entry point, which would import it
        "-p",
        PLUGIN,  # explicitly: this tree's plugin, whatever is installed
        first=(shadow.parent, REPO),
    )
    assert done.returncode == 1, done.stdout + done.stderr
    assert "pip install 'smartrecruiters-async[testing]'" in done.stdout
    assert "1 error" in done.stdout or "1 failed" in done.stdout
