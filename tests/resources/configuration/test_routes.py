"""The Configuration API's route-table entries: paging, idempotency, bodies."""

import smartrecruiters_async as sr

CONFIG = {op: r for op, r in sr.operations().items() if r.group == "configuration"}
ADD_VALUE = "configuration.job-properties.dependents.values.add"


def test_all_56_operations_are_declared_once() -> None:
    assert len(CONFIG) == 56
    assert all(r.source_spec == "configuration-api.json" for r in CONFIG.values())
    assert all(r.path.startswith("/configuration") for r in CONFIG.values())


def test_only_source_values_page_and_they_page_by_offset() -> None:
    paged = {op: r.paging for op, r in CONFIG.items() if r.paging is not sr.Paging.NONE}
    assert paged == {"configuration.source.values.all": sr.Paging.OFFSET}


def test_idempotency_follows_what_a_replay_does() -> None:
    replayable = {op for op, r in CONFIG.items() if r.idempotent and r.method in ("POST", "PATCH")}
    assert replayable == {
        "configuration.job-properties.translations.patch",
        "configuration.job-properties.values.translations.patch",
        "configuration.job-properties.dependents.create",
        "configuration.job-properties.dependents.values.add",
    }
    assert not CONFIG["configuration.job-properties.create"].idempotent
    assert not CONFIG["configuration.job-properties.update"].idempotent
    assert CONFIG["configuration.source.values.recruiterSourceByName"].idempotent


def test_bodies() -> None:
    with_body = {op for op, r in CONFIG.items() if r.request_body is sr.Body.JSON}
    assert all(CONFIG[op].method in ("POST", "PUT", "PATCH") for op in with_body)
    no_content = {op for op, r in CONFIG.items() if r.response_body is sr.Body.NONE}
    assert all(CONFIG[op].method in ("PUT", "DELETE", "PATCH") for op in no_content - {ADD_VALUE})
    # Both schemas give adding a dependent value no answer body.
    assert ADD_VALUE in no_content
    assert CONFIG[ADD_VALUE].response_model is None
    assert CONFIG["configuration.job-properties.values.deprecatedArchive"].deprecated
    assert CONFIG["configuration.job-properties.values.deprecatedUnarchive"].deprecated


def test_recruiter_resolution_is_not_mistaken_for_a_source_lookup() -> None:
    table = sr.operations()
    resolve = table.match("PUT", "/configuration/sources/recruiters/resolve")
    lookup = table.match("GET", "/configuration/sources/recruiters")
    assert resolve is not None
    assert lookup is not None
    assert resolve.operation_id == "configuration.source.values.recruiterSourceByName"
    assert lookup.operation_id == "configuration.source.values.singleByIdentifier"
