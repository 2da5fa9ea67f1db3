"""The converter is strict about types and tolerant about drift (DESIGN 7, issue 16).

A field of an unexpected type keeps its raw JSON on the attribute with a ``SchemaDriftWarning``
and is written back unchanged; nothing is coerced; only the root of a body can fail, with a
``DecodeError`` that names the path.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import warnings
from typing import Any

import attrs
import pytest

from smartrecruiters_async import SchemaDriftWarning
from smartrecruiters_async._converter import DecodeError, format_datetime, structure, unstructure
from smartrecruiters_async.models._base import ExtraFields, extra_fields, model


class Colour(enum.Enum):
    RED = "RED"
    BLUE = "BLUE"


@model
class Inner:
    id: str
    label: str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class Outer:
    name: str | None = None
    count: int | None = None
    ratio: float | None = None
    active: bool | None = None
    colour: Colour | str | None = None
    closed: Colour | None = None
    when: dt.datetime | None = None
    day: dt.date | None = None
    inner: Inner | None = None
    tags: list[str] = attrs.field(factory=list)
    inners: list[Inner] = attrs.field(factory=list)
    anything: Any = None
    extra_fields: ExtraFields = extra_fields()


@pytest.mark.parametrize(
    ("key", "raw", "attribute"),
    [
        ("inner", "referred by Ada", "inner"),  # string for object
        ("name", {"value": "p1"}, "name"),  # object for string: never its Python repr
        ("name", ["a"], "name"),  # array for string
        ("name", 42, "name"),  # number for string: never "42"
        ("count", "7", "count"),  # string for number: never 7
        ("count", 7.5, "count"),  # a fraction is not an integer
        ("active", "false", "active"),  # never True
        ("active", 0, "active"),
        ("closed", "GREEN", "closed"),  # unknown value of a closed enum
        ("when", "yesterday", "when"),
        ("when", 1700000000, "when"),
        ("day", "2021-10-13T21:04:47.668Z", "day"),  # a date-time is not a date: no truncation
        ("tags", {"a": 1}, "tags"),  # object for array
        ("tags", ["a", 1], "tags"),  # one item of the wrong type
        ("inners", [{"id": "1"}, None], "inners"),  # a null item in a nested list
        ("inners", [{"label": "no id"}], "inners"),  # nested item without its required field
    ],
)
def test_a_field_of_the_wrong_type_stays_raw_with_a_warning(
    key: str, raw: Any, attribute: str
) -> None:
    body = {"name": "kept", "count": 1, "tags": [], "inners": [], key: raw}
    with pytest.warns(SchemaDriftWarning, match=rf"Outer\.{key}: expected .*, got "):
        obj = structure(body, Outer)
    assert getattr(obj, attribute) == raw
    assert type(getattr(obj, attribute)) is type(raw)
    assert unstructure(obj) == body  # written back unchanged
    if key != "name":
        assert obj.name == "kept"  # the rest of the object is typed


def test_drift_below_a_nested_object_is_reported_where_it_is() -> None:
    body = {"inner": {"id": {"deep": True}, "label": "l"}, "tags": [], "inners": []}
    with pytest.warns(SchemaDriftWarning, match=r"Inner\.id: expected string, got object"):
        obj = structure(body, Outer)
    assert obj.inner is not None
    assert obj.inner.id == {"deep": True}
    assert obj.inner.label == "l"
    assert unstructure(obj) == body


def test_an_unknown_value_of_an_open_enum_is_a_string_with_a_warning() -> None:
    with pytest.warns(SchemaDriftWarning, match=r"Outer\.colour: .*got string 'GREEN'"):
        obj = structure({"colour": "GREEN"}, Outer)
    assert obj.colour == "GREEN"
    assert structure({"colour": "RED"}, Outer).colour is Colour.RED


def test_fitting_values_are_typed_and_raise_no_warning() -> None:
    body = {
        "name": "n",
        "count": 3,
        "ratio": 0,
        "active": False,
        "colour": "BLUE",
        "when": "2021-10-13T21:04:47.668Z",
        "day": "2021-10-13",
        "inner": {"id": "i", "label": "l", "more": [1]},
        "tags": ["a"],
        "inners": [{"id": "1"}],
        "anything": {"x": [1, "y"]},
    }
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        obj = structure(body, Outer)
    assert obj.inner == Inner(id="i", label="l", extra_fields={"more": [1]})
    assert obj.when == dt.datetime(2021, 10, 13, 21, 4, 47, 668000, tzinfo=dt.UTC)
    assert obj.day == dt.date(2021, 10, 13)
    assert obj.colour is Colour.BLUE
    again = unstructure(obj)
    assert type(again["ratio"]) is int  # no number type is lost
    assert again["when"] == "2021-10-13T21:04:47.668+0000"
    assert {k: v for k, v in again.items() if k != "when"} == {
        k: v for k, v in body.items() if k != "when"
    }


def test_each_kind_of_drift_is_warned_once() -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for count in ("1", "2", [2]):  # the array is another JSON type: warned again
            structure({"count": count}, Outer)
    assert [type(w.message) for w in caught] == [SchemaDriftWarning, SchemaDriftWarning]


def test_the_root_must_be_the_shape_and_the_error_names_the_path() -> None:
    with pytest.raises(DecodeError, match=r"^\$: Outer expects a JSON object, got array"):
        structure([1], Outer)
    with pytest.raises(DecodeError, match=r"^\$: Inner: required field 'id' is missing"):
        structure({"label": "x"}, Inner)
    with pytest.raises(DecodeError, match=r"required field 'id' is null"):
        structure({"id": None}, Inner)
    with pytest.raises(DecodeError, match=r"^\$\[1\]: Inner expects a JSON object, got null"):
        structure([{"id": "a"}, None], list[Inner])
    with pytest.raises(DecodeError, match=r"^\$\[0\]: Inner: required field 'id'"):
        structure([{}], list[Inner])
    with pytest.raises(DecodeError, match=r"expected a JSON array, got object"):
        structure({}, list[Inner])


def test_no_exception_but_decode_error_escapes_for_any_json() -> None:
    samples: list[Any] = [None, 1, "x", [], [None], {"inners": "x"}, {"inner": []}, {"when": {}}]
    for sample in samples:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", SchemaDriftWarning)
            with contextlib.suppress(DecodeError):
                structure(sample, Outer)


def test_fractions_of_a_second_are_not_lost() -> None:
    micro = dt.datetime(2021, 1, 2, 3, 4, 5, 123456, tzinfo=dt.UTC)
    assert format_datetime(micro) == "2021-01-02T03:04:05.123456+0000"
    assert structure({"when": format_datetime(micro)}, Outer).when == micro
    assert format_datetime(micro.replace(microsecond=594000)) == "2021-01-02T03:04:05.594+0000"
