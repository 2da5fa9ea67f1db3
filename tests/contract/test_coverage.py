"""The route table against the official operation list (tests/data/operations.tsv).

Every operation of a covered spec file must be in ``operations()`` with the same method and path
and be used by a resource method; the table must hold nothing that is not in either list.
"""

import csv
import re
from pathlib import Path

import pytest

import smartrecruiters_async as sr
from smartrecruiters_async._reference import sdk_methods

DATA = Path(__file__).parent.parent / "data"


def _rows(name: str) -> list[list[str]]:
    with (DATA / name).open(encoding="utf-8") as handle:
        return [
            row for row in csv.reader(handle, delimiter="\t") if row and not row[0].startswith("#")
        ]


def _shape(path: str) -> str:
    return re.sub(r"\{[^}]+\}", "{}", path)


def _key(row: list[str]) -> str:
    # A deprecated spec file repeats its successor's operationIds, so the table keys its
    # operations "<file stem>:<operationId>" (users-api-deprecated:users.all).
    spec, op = row[0], row[4]
    return f"{spec.removesuffix('.json')}:{op}" if spec.endswith("-deprecated.json") else op


SPEC = {_key(row): row for row in _rows("operations.tsv")}
assert len(SPEC) == len(_rows("operations.tsv")), "two spec rows share a table key"
EXTRA = {row[4]: row for row in _rows("sdk_operations.tsv")}
# A spec file is covered as soon as one route names it as its source: from then on every one of
# its operations must be in the table. Derived, so no list can go stale.
COVERED_SPECS = {route.source_spec for route in sr.operations().values() if route.source_spec}


def test_every_route_names_a_known_source() -> None:
    sources = {row[0] for row in SPEC.values()}
    for op, route in sr.operations().items():
        if op in EXTRA:
            continue
        assert route.source_spec in sources, f"{op}: source_spec {route.source_spec!r}"


@pytest.mark.parametrize("spec", sorted(COVERED_SPECS))
def test_every_operation_of_a_covered_spec_is_in_the_table(spec: str) -> None:
    table = sr.operations()
    expected = {op for op, row in SPEC.items() if row[0] == spec}
    missing = sorted(expected - set(table))
    assert not missing, f"{spec}: missing {missing}"
    for op in expected:
        _, method, base, path = SPEC[op][:4]
        route = table[op]
        # "(partner host ...)": SmartRecruiters calls the partner; the client never sends it.
        on_partner_host = base.startswith("(partner host")
        assert route.partner_implements == on_partner_host, op
        expected_path = path if on_partner_host else base + path
        assert (route.method, _shape(route.path)) == (method, _shape(expected_path)), op
        assert route.source_spec == spec, op


def test_the_table_holds_nothing_else() -> None:
    allowed = {op for op, row in SPEC.items() if row[0] in COVERED_SPECS} | set(EXTRA)
    extra = sorted(set(sr.operations()) - allowed)
    assert not extra, f"operations not in any list: {extra}"


def test_the_readme_coverage_table_names_every_covered_spec_file() -> None:
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    specs = {spec for spec in COVERED_SPECS if spec.endswith(".json")}
    missing = sorted(spec for spec in specs if f"`{spec}`" not in readme)
    assert not missing, f"README coverage table lacks {missing}"


def test_every_sdk_only_operation_matches_its_list() -> None:
    table = sr.operations()
    for op, (_, method, base, path, _) in EXTRA.items():
        assert (table[op].method, _shape(table[op].path)) == (method, _shape(base + path))


def test_every_operation_has_a_resource_method() -> None:
    used = set(sdk_methods())
    covered = {op for op in sr.operations() if op in SPEC and SPEC[op][0] in COVERED_SPECS}
    missing = sorted(covered - used)
    assert not missing, f"operations without a resource method: {missing}"


def test_every_spec_file_of_the_list_is_covered_312_of_312() -> None:
    files = {row[0] for row in SPEC.values()}
    assert sorted(files - COVERED_SPECS) == []
    assert len(SPEC) == 312
    assert len(EXTRA) == 12
    assert set(sr.operations()) == set(SPEC) | set(EXTRA)
