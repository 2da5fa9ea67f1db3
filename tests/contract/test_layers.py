"""The package's layers, read from its import statements (type-only imports included).

- ``_protocol/`` (the sans-I/O core) reaches neither aiohttp, asyncio nor cattrs, directly or
  through any module it imports;
- no import cycle exists between the package's modules.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import smartrecruiters_async as sr

PACKAGE = Path(sr.__file__).resolve().parent
NAME = "smartrecruiters_async"
FORBIDDEN_IN_CORE = ("aiohttp", "asyncio", "cattrs")


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _resolve(module: str, is_package: bool, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    base = module.split(".") if is_package else module.split(".")[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def imports_of(path: Path) -> set[str]:
    """Every module ``path`` imports, at run time or for type checking, as absolute names."""
    module = _module_name(path)
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            target = _resolve(module, path.name == "__init__.py", node)
            # "from . import x" imports the submodule x when there is one, else a name of target.
            for alias in node.names:
                sub = f"{target}.{alias.name}"
                found.add(sub if sub in MODULES else target)
    return found


def graph() -> dict[str, set[str]]:
    """The package's modules and the package modules each imports."""
    paths = MODULES
    edges: dict[str, set[str]] = {}
    for module, path in paths.items():
        targets = set()
        for target in imports_of(path):
            while target and target not in paths and target.startswith(NAME):
                target = target.rpartition(".")[0]
            if target in paths and target != module:
                targets.add(target)
        edges[module] = targets
    return edges


def external_imports(module: str, edges: dict[str, set[str]]) -> dict[str, str]:
    """Third-party or stdlib roots ``module`` reaches, each with the package module importing it."""
    paths = MODULES
    reached: dict[str, str] = {}
    stack, seen = [module], {module}
    while stack:
        current = stack.pop()
        for target in imports_of(paths[current]):
            root = target.split(".")[0]
            if root != NAME:
                reached.setdefault(root, current)
        for nxt in edges[current]:
            if nxt not in seen:
                seen.add(nxt)
                stack.append(nxt)
    return reached


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in edges[node]:
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


MODULES = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
CORE = sorted(m for m in graph() if m.startswith(f"{NAME}._protocol"))


@pytest.mark.parametrize("module", CORE)
def test_the_sans_io_core_reaches_no_io_and_no_cattrs(module: str) -> None:
    reached = external_imports(module, graph())
    bad = {root: via for root, via in reached.items() if root in FORBIDDEN_IN_CORE}
    assert not bad, f"{module} reaches {bad} (library: imported by)"


def test_no_import_cycles() -> None:
    found = cycles(graph())
    assert not found, "import cycles:\n" + "\n".join(" <-> ".join(c) for c in found)


def test_the_check_sees_a_forbidden_import(tmp_path: Path) -> None:
    # The layering test must fail when someone adds `import aiohttp` to _protocol/.
    probe = tmp_path / "probe.py"
    probe.write_text("from __future__ import annotations\nimport aiohttp\n")
    assert "aiohttp" in imports_of_text(probe)


def imports_of_text(path: Path) -> set[str]:
    """``imports_of`` for a file outside the package (absolute imports only)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
