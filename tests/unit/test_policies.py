"""Policies: overrides merge with the documented limits; only None removes a class."""

from __future__ import annotations

import re

import attrs
import pytest

import smartrecruiters_async as sr
from smartrecruiters_async.governor.policies import (
    DOCUMENTED_BYTE_RATES,
    DOCUMENTED_CONCURRENCY,
    DOCUMENTED_RATES,
)

DOCUMENTED = {
    "rates": dict(DOCUMENTED_RATES),
    "concurrency": dict(DOCUMENTED_CONCURRENCY),
    "byte_rates": dict(DOCUMENTED_BYTE_RATES),
}
EVERY_CLASS = [(field, name) for field, limits in DOCUMENTED.items() for name in limits]


def limits_of(policies: sr.Policies) -> dict[str, dict[str, float]]:
    return {field: dict(getattr(policies, field)) for field in DOCUMENTED}


def test_the_defaults_are_the_documented_limits() -> None:
    assert limits_of(sr.Policies()) == {
        "rates": {"default": 10.0, "publication": 2.0, "offer_documents": 2.0},
        "concurrency": {"default": 8, "analytics": 1, "candidates_list": 1},
        "byte_rates": {"analytics": 100_000},
    }


@pytest.mark.parametrize(("field", "name"), EVERY_CLASS)
def test_overriding_one_class_keeps_every_other_class(field: str, name: str) -> None:
    changed = DOCUMENTED[field][name] * 0.5
    policies = sr.Policies(**{field: {name: changed}})
    expected = {f: dict(limits) for f, limits in DOCUMENTED.items()}
    expected[field][name] = changed
    assert limits_of(policies) == expected


def test_the_readme_example_keeps_the_publication_and_offer_documents_classes() -> None:
    policies = sr.Policies(rates={"default": 5.0})
    assert dict(policies.rates) == {"default": 5.0, "publication": 2.0, "offer_documents": 2.0}
    assert policies.interval("publication") == pytest.approx(1.06 / 2)


def test_a_default_concurrency_keeps_the_one_in_flight_classes() -> None:
    policies = sr.Policies(concurrency={"default": 4})
    assert dict(policies.concurrency) == {"default": 4, "analytics": 1, "candidates_list": 1}


@pytest.mark.parametrize(("field", "name"), EVERY_CLASS)
def test_none_removes_exactly_the_class_it_names(field: str, name: str) -> None:
    policies = sr.Policies(**{field: {name: None}})
    expected = {f: dict(limits) for f, limits in DOCUMENTED.items()}
    del expected[field][name]
    assert limits_of(policies) == expected


def test_an_empty_mapping_changes_nothing() -> None:
    assert limits_of(sr.Policies(rates={}, concurrency={}, byte_rates={})) == DOCUMENTED


@pytest.mark.parametrize(
    ("field", "name", "hint"),
    [
        ("rates", "publicaton", "did you mean 'publication'?"),
        ("concurrency", "candidate_list", "did you mean 'candidates_list'?"),
        ("byte_rates", "reports", "known: analytics"),
    ],
)
@pytest.mark.parametrize("limit", [1.0, None])
def test_a_class_no_operation_uses_is_refused_with_the_closest_name(
    field: str, name: str, hint: str, limit: float | None
) -> None:
    message = f"no operation uses the class {name!r}.*{re.escape(hint)}"
    with pytest.raises(ValueError, match=message):
        sr.Policies(**{field: {name: limit}})


def test_evolve_merges_with_the_documented_limits() -> None:
    lowered = sr.Policies(rates={"publication": 1.0})
    evolved = attrs.evolve(lowered, rates={"default": 5.0})
    assert dict(evolved.rates) == {"default": 5.0, "publication": 2.0, "offer_documents": 2.0}


def test_limits_are_read_only_and_validated() -> None:
    policies = sr.Policies(rates={"default": 5.0})
    with pytest.raises(TypeError):
        policies.rates["default"] = 1.0  # type: ignore[index]
    with pytest.raises(ValueError, match=r"rates\['publication'\] must be positive"):
        sr.Policies(rates={"publication": 0})
    with pytest.raises(TypeError, match="mapping"):
        sr.Policies(rates=[("default", 5.0)])  # type: ignore[arg-type]


def test_the_redis_fallback_keeps_a_removed_class_removed() -> None:
    pytest.importorskip("redis")
    from smartrecruiters_async.governor.redis import _scaled

    policies = sr.Policies(rates={"publication": None}, concurrency={"analytics": None})
    scaled = _scaled(policies, 0.5)
    assert dict(scaled.rates) == {"default": 5.0, "offer_documents": 1.0}
    assert dict(scaled.concurrency) == {"default": 4, "candidates_list": 1}
    assert dict(scaled.byte_rates) == {"analytics": 50_000}
