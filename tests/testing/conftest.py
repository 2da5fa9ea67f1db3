"""Fixtures of the fake-server tests: the shipped pytest plugin's, imported by name.

(``pytest_plugins`` may only be declared in the root conftest, which belongs to the project.)
"""

from __future__ import annotations

from smartrecruiters_async.testing.pytest_plugin import (  # noqa: F401 (fixtures by name)
    fake_smartrecruiters,
    fake_smartrecruiters_factory,
)
