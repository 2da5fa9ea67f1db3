"""Candidate models through the converter: unknown fields and values survive a round trip."""

import pytest

from smartrecruiters_async import SchemaDriftWarning, _converter
from smartrecruiters_async.models import (
    Application,
    CandidateDetails,
    CandidateStatus,
    CandidateStatusUpdate,
    PersonalDetails,
)

WIRE = {
    "id": "c-1",
    "firstName": "Ada",
    "lastName": "Lovelace",
    "email": "ada@example.com",
    "location": {"city": "London", "countryCode": "gb", "lat": 51.5, "timezone": "Europe/London"},
    "web": {"linkedin": "https://linkedin.example/ada"},
    "createdOn": "2024-01-02T03:04:05.678Z",
    "tags": ["math"],
    "primaryAssignment": {"job": {"id": "j-1", "title": "Analyst"}, "status": "IN_REVIEW"},
    "preferredName": "Countess",
    "profileCompleteness": 90,
}


def test_personal_details_keep_undeclared_fields_and_drop_computed_ones() -> None:
    details = _converter.structure(WIRE, CandidateDetails)
    assert details.extra_fields == {"preferredName": "Countess", "profileCompleteness": 90}
    assert details.primary_assignment is not None
    assert details.primary_assignment.status is CandidateStatus.IN_REVIEW
    body = _converter.unstructure(details.personal_details())
    assert body == {
        "firstName": "Ada",
        "lastName": "Lovelace",
        "email": "ada@example.com",
        "location": WIRE["location"],
        "web": WIRE["web"],
        "preferredName": "Countess",
        "profileCompleteness": 90,
    }
    assert isinstance(details.personal_details(), PersonalDetails)


def test_unknown_status_values_are_kept_as_strings() -> None:
    with pytest.warns(SchemaDriftWarning, match=r"Application\.status"):
        application = _converter.structure({"status": "ON_HOLD", "x": 1}, Application)
    assert application.status == "ON_HOLD"
    assert _converter.unstructure(application) == {"status": "ON_HOLD", "x": 1}


def test_status_update_is_written_with_wire_names() -> None:
    body = CandidateStatusUpdate(status=CandidateStatus.HIRED, sub_status="Signed")
    assert _converter.unstructure(body) == {"status": "HIRED", "subStatus": "Signed"}
