"""``SMARTRECRUITERS_BASE_URL``: the host of a client given no ``base_url`` (a sandbox, the fake
server), so code written for production runs unchanged against them."""

from __future__ import annotations

import pytest

import smartrecruiters_async as sr
from smartrecruiters_async._config import ClientConfig


def test_the_variable_is_the_default_host(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SMARTRECRUITERS_BASE_URL", "http://127.0.0.1:8080/")
    assert sr.SmartRecruiters().config.base_url == "http://127.0.0.1:8080"
    assert ClientConfig().base_url == "http://127.0.0.1:8080"
    explicit = sr.SmartRecruiters(base_url="https://sandbox.example")
    assert explicit.config.base_url == "https://sandbox.example"


def test_without_it_the_default_is_production(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SMARTRECRUITERS_BASE_URL", raising=False)
    assert sr.SmartRecruiters().config.base_url == "https://api.smartrecruiters.com"
    monkeypatch.setenv("SMARTRECRUITERS_BASE_URL", "")
    assert sr.SmartRecruiters().config.base_url == "https://api.smartrecruiters.com"


def test_an_unusable_value_is_refused_naming_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SMARTRECRUITERS_BASE_URL", "localhost:8080")
    with pytest.raises(ValueError, match="SMARTRECRUITERS_BASE_URL: base_url must be an http"):
        sr.SmartRecruiters()
