"""docs/api.md is generated from the route table; it must be what the table says today."""

from pathlib import Path

from smartrecruiters_async._reference import render

PAGE = Path(__file__).parents[2] / "docs" / "api.md"


def test_the_api_reference_page_is_current() -> None:
    assert PAGE.read_text(encoding="utf-8") == render(), (
        "docs/api.md is stale: run `.venv/bin/python -m smartrecruiters_async._reference"
        " > docs/api.md`"
    )


def test_every_operation_is_listed_once() -> None:
    import smartrecruiters_async as sr

    text = render()
    for operation_id in sr.operations():
        assert text.count(f"<br>`{operation_id}` |") == 1, operation_id
