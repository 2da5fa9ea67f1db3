"""The argument checks every resource shares (``resources/_values.py``)."""

import datetime as dt
import enum

import pytest

from smartrecruiters_async import JsonPatch
from smartrecruiters_async.resources import _values


class Colour(enum.Enum):
    RED = "RED"
    BLUE = "BLUE"


class Paint(enum.Enum):
    RED = "RED"


def test_enum_value_takes_a_member_its_wire_value_or_a_twin_member() -> None:
    assert _values.enum_value(Colour.RED, Colour, "colour") is Colour.RED
    assert _values.enum_value("BLUE", Colour, "colour") is Colour.BLUE
    assert _values.enum_value(Paint.RED, Colour, "colour") is Colour.RED
    with pytest.raises(ValueError, match="colour must be one of RED, BLUE, got 'GREEN'"):
        _values.enum_value("GREEN", Colour, "colour")
    assert _values.enum_list(None, Colour, "colours") == []
    assert _values.optional_enum(None, Colour, "colour") is None
    assert _values.optional_enum("RED", Colour, "colour") is Colour.RED
    assert _values.enum_list("RED", Colour, "colours") == [Colour.RED]


def test_strings_and_ids() -> None:
    assert _values.non_empty("a", "x") == "a"
    with pytest.raises(ValueError, match="x must be a non-empty string"):
        _values.non_empty(" ", "x")
    with pytest.raises(TypeError, match="x must be a non-empty string, not int"):
        _values.non_empty(5, "x")
    assert _values.string_list("a", "xs") == ["a"]
    assert _values.id_list(("a", "b"), "ids", most=2) == ["a", "b"]
    with pytest.raises(TypeError, match="list of ids"):
        _values.id_list("ab", "ids")
    with pytest.raises(ValueError, match="ids must hold 1 to 2 ids, got 3"):
        _values.id_list(["a", "b", "c"], "ids", most=2)
    with pytest.raises(ValueError, match="ids must hold at least one id, got 0"):
        _values.id_list([], "ids")


def test_datetimes_payloads_patches_and_languages() -> None:
    with pytest.raises(ValueError, match="since must be timezone-aware"):
        _values.aware(dt.datetime(2024, 1, 1), "since")
    with pytest.raises(TypeError, match="patch must be a JsonPatch, not dict"):
        _values.non_empty_patch({})
    with pytest.raises(ValueError, match="at least one operation"):
        _values.non_empty_patch(JsonPatch())
    assert _values.language_header(None) is None
    assert _values.language_header("de") == {"Accept-Language": "de"}
    with pytest.raises(ValueError, match="language"):
        _values.language_header("")
