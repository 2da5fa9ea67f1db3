import pytest

import smartrecruiters_async as sr
from smartrecruiters_async._protocol.routes import ROUTES, RouteError


def test_operations_is_the_route_table_with_public_fields() -> None:
    table = sr.operations()
    route = table["v1.listPostings"]
    assert (route.operation_id, route.method, route.path) == (
        "v1.listPostings",
        "GET",
        "/v1/companies/{company_identifier}/postings",
    )
    assert route.paging is sr.Paging.OFFSET
    with pytest.raises(TypeError):
        table["x"] = route  # type: ignore[index]


def test_every_route_is_in_the_universal_classes() -> None:
    # The governor stops scanning once "default" is blocked; that is only right if every route
    # is subject to it.
    for route in ROUTES.values():
        assert route.rate_classes[0] == "default"
        assert route.concurrency_classes[0] == "default"


@pytest.mark.parametrize(
    ("value", "encoded"),
    [
        ("a b", "a%20b"),
        ("../x", "..%2Fx"),
        ("...", "..."),
        (".a", ".a"),
        ("é", "%C3%A9"),
        ("a/b?c#d", "a%2Fb%3Fc%23d"),
        (123, "123"),
    ],
)
def test_path_values_are_percent_encoded_never_traversal(value: object, encoded: str) -> None:
    path = ROUTES["v1.getPosting"].expand({"company_identifier": "acme", "posting_id": value})
    assert path == f"/v1/companies/acme/postings/{encoded}"


@pytest.mark.parametrize("value", ["", "   ", None, True, 1.5, b"id"])
def test_unusable_path_values_are_refused(value: object) -> None:
    with pytest.raises(RouteError):
        ROUTES["v1.getPosting"].expand({"company_identifier": "acme", "posting_id": value})


@pytest.mark.parametrize("value", [".", ".."])
def test_dot_segments_are_refused_as_ids(value: str) -> None:
    # No encoding is safe: RFC 3986 makes %2E equal to ".", so a normalising proxy would
    # turn /postings/%2E%2E into /v1/companies/acme.
    with pytest.raises(RouteError, match="dot segment"):
        ROUTES["v1.getPosting"].expand({"company_identifier": "acme", "posting_id": value})
    with pytest.raises(RouteError, match="dot segment"):
        ROUTES["v1.getPosting"].expand({"company_identifier": value, "posting_id": "1"})


def test_classify_uses_templates_and_falls_back_to_defaults() -> None:
    assert ROUTES.classify("POST", "/jobs/abc%2F1/publication").rate_classes == (
        "default",
        "publication",
    )
    assert ROUTES.classify("get", "/candidates").concurrency_classes == (
        "default",
        "candidates_list",
    )
    assert ROUTES.classify("GET", "/analytics/jobs").byte_class == "analytics"
    unknown = ROUTES.classify("POST", "/something/else")
    assert unknown.rate_classes == ("default",)
    assert unknown.idempotent is False
    assert ROUTES.classify("PUT", "/something/else").idempotent is True
