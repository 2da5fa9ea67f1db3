"""How many hand-written lines one operation costs: route + model + resource + fake + tests.

Counts the lines of the five places an operation is written (the route table, the models,
the resources, the fake server's handlers, the resource tests) and divides by the
number of operations in the route table. Run from the repository root:

    .venv/bin/python scripts/lines_per_operation.py [REPO]
"""

from __future__ import annotations

import sys
from pathlib import Path

PLACES = {
    "route": ["smartrecruiters_async/_protocol/routes"],
    "model": ["smartrecruiters_async/models"],
    "resource": ["smartrecruiters_async/resources"],
    "fake": ["smartrecruiters_async/testing/handlers"],
    "tests": ["tests/resources"],
}


def _files(root: Path, pattern: str) -> list[Path]:
    if "*" in pattern:
        return sorted(root.glob(pattern))
    return sorted((root / pattern).rglob("*.py"))


def _lines(path: Path) -> int:
    # Every line, blank ones included, as the issue that set the goal measured it.
    return len(path.read_text(encoding="utf-8").splitlines())


def _operations(root: Path) -> int:
    sys.path.insert(0, str(root))
    import smartrecruiters_async as sr

    assert Path(sr.__file__).resolve().is_relative_to(root.resolve()), sr.__file__
    return len(sr.operations())


def main() -> None:
    root = Path(sys.argv[1] if len(sys.argv) > 1 else ".").resolve()
    operations = _operations(root)
    total = 0
    for place, patterns in PLACES.items():
        count = sum(_lines(f) for p in patterns for f in _files(root, p))
        total += count
        print(f"{place:<9} {count:>6} lines  {count / operations:>5.1f} per operation")
    print(
        f"{'total':<9} {total:>6} lines  {total / operations:>5.1f} per operation"
        f" ({operations} operations)"
    )


if __name__ == "__main__":
    main()
