"""Every example body we did not write is decoded by a contract test, or waits for its API.

The example bodies of ``tests/data/examples`` are the project's check against guessed models: one
that no test reads checks nothing. Every API with examples is implemented now.
"""

from __future__ import annotations

import re
from pathlib import Path

from .example_check import EXAMPLES

NOT_YET_IMPLEMENTED: set[str] = set()


def test_every_example_of_an_implemented_api_is_decoded_by_a_contract_test() -> None:
    tests = "\n".join(p.read_text() for p in Path(__file__).parent.glob("test_examples_*.py"))
    used = set(re.findall(r"[a-z_]+/[a-z_]+\.json", tests))
    examples = {p.relative_to(EXAMPLES).as_posix() for p in EXAMPLES.rglob("*.json")}
    waiting = {e for e in examples if e.split("/")[0] in NOT_YET_IMPLEMENTED}
    assert examples - waiting - used == set()
    assert used <= examples, sorted(used - examples)
    assert len(examples - waiting) == 59
