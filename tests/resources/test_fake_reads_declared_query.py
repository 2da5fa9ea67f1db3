"""The fake server reads query parameters through the route's declaration, in every family: a
name the route does not declare (a Python name, a deprecated one), an ill-typed value or a
missing required one is a 400 ``INVALID_PARAMETER``, so an SDK that sent one would fail its own
tests. One row per case: method, path, query, and the text the error must hold."""

from typing import Any

import pytest

import smartrecruiters_async as sr

SOURCE_VALUES = "/configuration/sources/JOB_BOARDS/values"

CASES: list[tuple[str, dict[str, str], str | None]] = [
    ("/user-api/v201804/users", {"sort": "name"}, r"unknown query parameter.*sort"),
    ("/jobs", {"status": "SOURCING"}, "unknown query parameter"),  # the deprecated status
    ("/jobs", {"postingStatus": "SOMEWHERE"}, "postingStatus must be one of"),
    ("/jobs", {"statuses": "OTHER"}, "statuses must be among"),
    ("/messages", {}, "candidateId"),
    ("/candidates", {"status": "SLEEPING"}, None),
    ("/candidates", {"consentStatus": "MAYBE"}, None),
    ("/candidates", {"onboardingStatus": "DONE"}, None),
    ("/candidates", {"averageRating": "high"}, None),
    ("/candidates", {"updatedAfter": "yesterday"}, None),
    ("/candidates", {"statuses": "NEW"}, None),  # the Python name is not a wire name
    (SOURCE_VALUES, {"subType": "NICHE"}, r"unknown query parameter.*subType"),
    (SOURCE_VALUES, {"limit": "ten"}, "limit"),
    (f"{SOURCE_VALUES}/board-005", {"sub_type": "NICHE"}, r"unknown query parameter.*sub_type"),
]


@pytest.mark.parametrize(("path", "query", "match"), CASES)
async def test_the_fake_refuses_a_query_the_route_does_not_declare(
    client: sr.SmartRecruiters, path: str, query: dict[str, str], match: Any
) -> None:
    with pytest.raises(sr.BadRequestError, match=match) as refused:
        await client.request("GET", path, params=query)
    assert refused.value.errors[0]["code"] == "INVALID_PARAMETER"
