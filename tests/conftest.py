import pytest

import smartrecruiters_async as sr
from smartrecruiters_async._converter import forget_reported_drift

# The installed package registers the plugin through its pytest11 entry point; naming it here
# too keeps a checkout whose installed metadata predates that entry point working.
pytest_plugins = ["smartrecruiters_async.testing.pytest_plugin"]


def fast_policies(**overrides: object) -> sr.Policies:
    """The documented limits scaled 10x up, so throttling tests take seconds, not minutes."""
    base: dict[str, object] = {
        "rates": {"default": 100.0, "publication": 20.0, "offer_documents": 20.0},
        "concurrency": {"default": 8, "analytics": 1, "candidates_list": 1},
        "byte_rates": {"analytics": 1_000_000},
        "arrival_jitter": 0.005,
    }
    base.update(overrides)
    return sr.Policies(**base)  # type: ignore[arg-type]


@pytest.fixture
def policies() -> sr.Policies:
    return fast_policies()


@pytest.fixture(autouse=True)
def _report_drift_afresh() -> None:
    """Each kind of drift is warned once per process; each test must see its own."""
    forget_reported_drift()


@pytest.fixture(autouse=True)
def _no_base_url_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """A developer's SMARTRECRUITERS_BASE_URL must not redirect the tests' clients."""
    monkeypatch.delenv("SMARTRECRUITERS_BASE_URL", raising=False)
