"""The API reference page (docs/api.md), generated from the route table and the resources.

Every operation of ``operations()`` with its method and path, the SDK method that calls it
(found by reading which route each public resource method uses), its paging style and its
throttling classes. ``tests/contract/test_api_reference.py`` fails when the page is stale;
``python -m smartrecruiters_async._reference > docs/api.md`` writes it anew.
"""

from __future__ import annotations

import ast
import inspect
import sys
import textwrap
from collections import defaultdict
from typing import Any

from ._client import SmartRecruiters
from ._protocol.routes import ROUTES, Paging, Route
from .partner_app import OPERATIONS as PARTNER_OPERATIONS
from .resources._resource import Resource

__all__ = ["render", "sdk_methods"]


def _resources(client: SmartRecruiters) -> dict[type[Resource], str]:
    """Each resource class reachable from a client, with its attribute path (``jobs.ads``)."""
    found: dict[type[Resource], str] = {}
    todo: list[tuple[object, str]] = [(client, "client")]
    while todo:
        owner, prefix = todo.pop()
        for name, value in sorted(vars(owner).items()):
            if isinstance(value, Resource) and type(value) not in found:
                found[type(value)] = f"{prefix}.{name}"
                todo.append((value, f"{prefix}.{name}"))
    return found


def _routes_of(cls: type[Resource]) -> dict[str, set[str]]:
    """Public method name -> operation ids of the routes it uses, through its private helpers
    (``self._helper(...)``) and the class's mixins."""
    direct: dict[str, set[str]] = {}
    helpers: dict[str, set[str]] = {}
    for klass in cls.__mro__:
        if not issubclass(klass, Resource) or klass is Resource:
            continue
        module = sys.modules[klass.__module__]
        tree = ast.parse(textwrap.dedent(inspect.getsource(klass)))
        for node in tree.body[0].body:  # type: ignore[attr-defined]
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name not in direct:
                inner = list(ast.walk(node))
                direct[node.name] = {op for n in inner for op in _operations_at(n, module)}
                helpers[node.name] = {
                    n.attr
                    for n in inner
                    if isinstance(n, ast.Attribute)
                    and isinstance(n.value, ast.Name)
                    and n.value.id == "self"
                    and n.attr.startswith("_")
                }

    def closure(name: str, seen: set[str]) -> set[str]:
        seen.add(name)
        found = set(direct.get(name, ()))
        for helper in helpers.get(name, ()):
            if helper not in seen:
                found |= closure(helper, seen)
        return found

    return {name: closure(name, set()) for name in direct if not name.startswith("_")}


def _operations_at(node: ast.AST, module: Any) -> set[str]:
    """Operation ids a node names: a route module's constant, ``ROUTES["op"]``, or
    ``ROUTES[f"prefix.{...}"]`` (every operation with that prefix)."""
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
        found = getattr(getattr(module, node.value.id, None), node.attr, None)
        return {found.operation_id} if isinstance(found, Route) else set()
    if not (
        isinstance(node, ast.Subscript)
        and isinstance(node.value, ast.Name)
        and node.value.id == "ROUTES"
    ):
        return set()
    key = node.slice
    if isinstance(key, ast.Constant) and key.value in ROUTES:
        return {str(key.value)}
    if isinstance(key, ast.JoinedStr) and isinstance(key.values[0], ast.Constant):
        prefix = str(key.values[0].value)
        return {op for op in ROUTES if op.startswith(prefix)}
    return set()


def sdk_methods() -> dict[str, list[str]]:
    """Operation id -> the public SDK methods that call it (``client.jobs.get``), or, for an
    operation partners implement, the ``partner_app`` method that serves it."""
    calls: dict[str, list[str]] = defaultdict(list)
    for operation, name in PARTNER_OPERATIONS.items():
        calls[operation].append(f"partner_app.AssessmentPartnerApp.{name}")
    for cls, path in _resources(SmartRecruiters()).items():
        for method, operations in _routes_of(cls).items():
            for operation in operations:
                calls[operation].append(f"{path}.{method}")
    return {op: sorted(methods) for op, methods in calls.items()}


def _limits(route: Route[Any]) -> str:
    classes = [c for c in (*route.rate_classes, *route.concurrency_classes) if c != "default"]
    if route.byte_class:
        classes.append(f"{route.byte_class} bytes")
    return ", ".join(dict.fromkeys(classes)) or "default"


def render() -> str:
    """The whole page, as Markdown."""
    calls = sdk_methods()
    lines = [
        "# API reference",
        "",
        "Generated from the route table (`smartrecruiters_async.operations()`) by",
        "`python -m smartrecruiters_async._reference`; do not edit by hand.",
        f"{len(ROUTES)} operations. Limits: `default` is 10 requests/s and 8 in flight per",
        "credential; other classes add their own limit (see the README's throttling table).",
        "",
    ]
    by_group: dict[str, list[Route[Any]]] = defaultdict(list)
    for route in ROUTES.values():
        by_group[route.group].append(route)
    for group, routes in by_group.items():
        lines += [
            f"## {group}",
            "",
            "| operation | SDK method | paging | limits |",
            "|---|---|---|---|",
        ]
        for route in routes:
            methods = "<br>".join(f"`{m}`" for m in calls.get(route.operation_id, [])) or "—"
            paging = route.paging.value if route.paging is not Paging.NONE else ""
            note = " (deprecated)" if route.deprecated else ""
            note += " (served by the partner)" if route.partner_implements else ""
            lines.append(
                f"| `{route.method} {route.path}`{note}<br>`{route.operation_id}` | {methods} |"
                f" {paging} | {_limits(route)} |"
            )
        lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.stdout.write(render())
