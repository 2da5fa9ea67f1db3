"""Docstrings on every public name: the project rule, checked.

Every resource method says its HTTP method and path, what it returns and what it raises; every
name exported by the package and by ``smartrecruiters_async.models`` carries its own docstring.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest

import smartrecruiters_async as sr
import smartrecruiters_async.models as models
import smartrecruiters_async.resources as resources
from smartrecruiters_async.resources._resource import Resource

HTTP_METHOD = re.compile(r"\b(GET|POST|PUT|PATCH|DELETE)\b")
PATH = re.compile(r"/[\w{]")
RETURNS = re.compile(r"\b(Returns|Yields)\b")
RETURNS_NONE = re.compile(r"Returns\s+(nothing|``None``)")
RAISES = re.compile(r"\bRaises\b")


PREFIX = f"{resources.__name__}."


def _resource_classes() -> Iterator[type[Resource]]:
    for info in pkgutil.walk_packages(resources.__path__, PREFIX):
        module = importlib.import_module(info.name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if (
                issubclass(cls, Resource)
                and cls is not Resource
                and cls.__module__ == module.__name__
            ):
                yield cls


# Keyed by name below the resources package, so a failing test's id stays short and readable.
RESOURCE_CLASSES = {
    f"{cls.__module__.removeprefix(PREFIX)}.{cls.__qualname__}": cls for cls in _resource_classes()
}
METHODS: dict[str, Callable[..., Any]] = {
    f"{qualname}.{name}": member
    for qualname, cls in RESOURCE_CLASSES.items()
    for name, member in vars(cls).items()
    if not name.startswith("_") and inspect.isfunction(member)
}


def test_the_walk_finds_the_resources() -> None:
    assert len(RESOURCE_CLASSES) > 10
    assert "postings.Postings.list" in METHODS


@pytest.mark.parametrize("qualname", sorted(RESOURCE_CLASSES))
def test_resource_class_has_a_docstring(qualname: str) -> None:
    assert (RESOURCE_CLASSES[qualname].__dict__.get("__doc__") or "").strip(), qualname


@pytest.mark.parametrize("qualname", sorted(METHODS))
def test_resource_method_docstring_names_route_returns_and_raises(qualname: str) -> None:
    function = METHODS[qualname]
    doc = inspect.getdoc(function) or ""
    assert doc, f"{qualname}: no docstring"
    assert HTTP_METHOD.search(doc), f"{qualname}: no HTTP method (GET, POST, PUT, PATCH, DELETE)"
    assert PATH.search(doc), f"{qualname}: no path"
    if inspect.signature(function).return_annotation in (None, "None"):
        assert RETURNS_NONE.search(doc), f"{qualname}: say 'Returns nothing' or 'Returns ``None``'"
    else:
        assert RETURNS.search(doc), f"{qualname}: no 'Returns ...' / 'Yields ...' sentence"
    assert RAISES.search(doc), f"{qualname}: no 'Raises ...' sentence"


def _own_doc(value: object) -> str | None:
    if inspect.isclass(value):
        doc = value.__dict__.get("__doc__")
        return doc if isinstance(doc, str) else None
    return value.__doc__


def _exported(module: Any) -> dict[str, object]:
    # Only classes and functions carry their own docstring; constants such as ``__version__``
    # would report the docstring of their type.
    return {
        f"{module.__name__}.{name}": value
        for name in module.__all__
        if inspect.isclass(value := getattr(module, name)) or inspect.isroutine(value)
    }


EXPORTED = {**_exported(sr), **_exported(models)}


@pytest.mark.parametrize("qualname", sorted(EXPORTED))
def test_exported_name_has_its_own_docstring(qualname: str) -> None:
    assert (_own_doc(EXPORTED[qualname]) or "").strip(), qualname
