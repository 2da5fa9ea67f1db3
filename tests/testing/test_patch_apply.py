"""The fake server's RFC 6902 JSON Patch application."""

import pytest

from smartrecruiters_async import JsonPatch
from smartrecruiters_async.testing.handlers.checks import Refusal, patched
from smartrecruiters_async.testing.patch_apply import PatchConflict, PatchError, apply_patch

DOC = {"title": "A", "tags": ["x", "y"], "location": {"city": "Paris"}}


def test_operations_apply_to_a_copy() -> None:
    patch = (
        JsonPatch()
        .replace("/title", "B")
        .add("/tags/-", "z")
        .add("/tags/0", "w")
        .remove(("location", "city"))
        .add("/location/countryCode", "fr")
        .test("/tags/1", "x")
    )
    result = apply_patch(DOC, patch.to_json())
    assert result == {"title": "B", "tags": ["w", "x", "y", "z"], "location": {"countryCode": "fr"}}
    assert DOC == {"title": "A", "tags": ["x", "y"], "location": {"city": "Paris"}}


def test_move_and_copy() -> None:
    ops = [
        {"op": "copy", "from": "/title", "path": "/name"},
        {"op": "move", "from": "/location/city", "path": "/city"},
    ]
    assert apply_patch(DOC, ops) == {
        "title": "A",
        "name": "A",
        "tags": ["x", "y"],
        "location": {},
        "city": "Paris",
    }


def test_diff_round_trips() -> None:
    after = {"title": "C", "tags": ["y"], "location": {"city": "Lyon"}, "new": 1}
    assert apply_patch(DOC, JsonPatch.diff(DOC, after).to_json()) == after


@pytest.mark.parametrize(
    "ops",
    [
        {"op": "add"},
        [{"op": "replace", "path": "/missing", "value": 1}],
        [{"op": "remove", "path": "/tags/5"}],
        [{"op": "add", "path": "title", "value": 1}],
        [{"op": "frobnicate", "path": "/title"}],
        [{"op": "add", "path": "/title"}],
    ],
)
def test_malformed_patches_are_refused(ops: object) -> None:
    with pytest.raises(PatchError):
        apply_patch(DOC, ops)


def test_a_failed_test_is_a_conflict() -> None:
    with pytest.raises(PatchConflict, match="/title"):
        apply_patch(DOC, [{"op": "test", "path": "/title", "value": "Z"}])


def test_patched_refuses_read_only_fields_and_answers_a_failed_test_with_409() -> None:
    writable = {"title", "tags"}.__contains__
    assert (
        patched(DOC, [{"op": "replace", "path": "/title", "value": "B"}], may_change=writable)[
            "title"
        ]
        == "B"
    )
    refused = [
        ([], 400, "INVALID_JSON"),
        ([{"op": "replace", "path": "/location/city", "value": "Oslo"}], 400, "READ_ONLY_FIELD"),
        ([{"op": "replace", "path": "", "value": {}}], 400, "READ_ONLY_FIELD"),
        ([{"op": "move", "from": "/location", "path": "/tags/0"}], 400, "READ_ONLY_FIELD"),
        ([{"op": "remove", "path": "/tags/9"}], 400, "INVALID_PATCH"),
        ([{"op": "test", "path": "/location/city", "value": "Oslo"}], 409, "TEST_FAILED"),
    ]
    for operations, status, code in refused:
        with pytest.raises(Refusal) as caught:
            patched(DOC, operations, may_change=writable)
        assert (caught.value.status, caught.value.errors[0][0]) == (status, code)
    assert DOC == {"title": "A", "tags": ["x", "y"], "location": {"city": "Paris"}}
