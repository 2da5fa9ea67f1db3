import pytest

import smartrecruiters_async as sr
from smartrecruiters_async._converter import structure
from smartrecruiters_async.models import Posting


def test_builder_produces_rfc6902_operations() -> None:
    patch = sr.JsonPatch().replace("/title", "Engineer").add(("tags", "-"), "x").remove("/note")
    assert patch.to_json() == [
        {"op": "replace", "path": "/title", "value": "Engineer"},
        {"op": "add", "path": "/tags/-", "value": "x"},
        {"op": "remove", "path": "/note"},
    ]


def test_pointer_tokens_are_escaped() -> None:
    assert sr.JsonPatch().remove(("a/b", "c~d")).to_json() == [
        {"op": "remove", "path": "/a~1b/c~0d"}
    ]
    with pytest.raises(ValueError, match="pointer"):
        sr.JsonPatch().remove("title")


def test_diff_of_models_keeps_unknown_fields_out_of_the_way() -> None:
    before = structure(
        {"id": "1", "name": "A", "trackingCode": "t", "location": {"city": "X"}}, Posting
    )
    after = structure(
        {"id": "1", "name": "B", "trackingCode": "t", "location": {"city": "Y"}}, Posting
    )
    assert sr.JsonPatch.diff(before, after).to_json() == [
        {"op": "replace", "path": "/name", "value": "B"},
        {"op": "replace", "path": "/location/city", "value": "Y"},
    ]


def test_diff_adds_and_removes_keys() -> None:
    patch = sr.JsonPatch.diff({"a": 1, "b": 2}, {"a": 1, "c": [1]})
    assert patch.to_json() == [
        {"op": "remove", "path": "/b"},
        {"op": "add", "path": "/c", "value": [1]},
    ]
