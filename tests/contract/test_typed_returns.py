"""No resource method returns ``Any``: each one's result is typed by its route, and a body whose
schema is not published is a ``JsonValue`` (issue "One declaration per operation")."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re

import smartrecruiters_async.resources as resources
from smartrecruiters_async import operations
from smartrecruiters_async._protocol.json_value import AsSent
from smartrecruiters_async.resources._resource import Resource

# "Any" as the whole result or one member of a union of it; Any inside a container
# (list[dict[str, Any]] of analytics records) is a typed container.
BARE_ANY = re.compile(r"^(?:.*\|\s*)?Any(?:\s*\|.*)?$")


def public_methods() -> dict[str, str]:
    found: dict[str, str] = {}
    for info in pkgutil.walk_packages(resources.__path__, resources.__name__ + "."):
        module = importlib.import_module(info.name)
        for cls in vars(module).values():
            if not (inspect.isclass(cls) and issubclass(cls, Resource)):
                continue
            for name, member in vars(cls).items():
                if not name.startswith("_") and inspect.isfunction(member):
                    found[f"{cls.__name__}.{name}"] = str(member.__annotations__.get("return"))
    return found


def test_the_check_sees_the_resources_and_would_catch_any() -> None:
    methods = public_methods()
    assert len(methods) > 300
    assert methods["Approvals.comments"] == "JsonValue"
    assert all(BARE_ANY.match(text) for text in ("Any", "Any | None", "str | Any"))
    assert not BARE_ANY.match("list[dict[str, Any]]")


def test_no_resource_method_returns_any() -> None:
    untyped = {name: text for name, text in public_methods().items() if BARE_ANY.match(text)}
    assert untyped == {}


def test_every_route_declares_a_result_type_or_none() -> None:
    # object and Any said "as sent" in two ways; AsSent is the one way, typed JsonValue.
    loose = [
        op
        for op, route in operations().items()
        if route.response_model is object or str(route.response_model) == "typing.Any"
    ]
    assert loose == []
    assert any(route.response_model is AsSent for route in operations().values())
