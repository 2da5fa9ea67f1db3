"""Candidate models through the converter: unknown fields and values survive a round trip."""

import pytest

from smartrecruiters_async import SchemaDriftWarning, _converter
from smartrecruiters_async.models import (
    Application,
    CandidateDetails,
    CandidateStatus,
    CandidateStatusUpdate,
    OnboardingState,
    OnboardingStatus,
    OnboardingStatusUpdate,
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
    "primaryAssignment": {
        "job": {"id": "j-1", "title": "Analyst"},
        "status": "IN_REVIEW",
        "source": "Referred by Grace Hopper",
    },
    "preferredName": "Countess",
    "profileCompleteness": 90,
}


def test_personal_details_keep_undeclared_fields_and_drop_computed_ones() -> None:
    details = _converter.structure(WIRE, CandidateDetails)
    assert details.extra_fields == {"preferredName": "Countess", "profileCompleteness": 90}
    assert details.primary_assignment is not None
    assert details.primary_assignment.status is CandidateStatus.IN_REVIEW
    assert details.primary_assignment.source == "Referred by Grace Hopper"
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


def test_an_application_source_is_free_text_as_the_api_sends_it() -> None:
    # Issue 16: the API sends source as a string (who referred the candidate, on a real tenant).
    body = {"status": "NEW", "source": "LinkedIn", "url": "https://example.com/app"}
    application = _converter.structure(body, Application)
    assert application.source == "LinkedIn"
    assert application.extra_fields == {}
    assert _converter.unstructure(application) == body


def test_a_source_object_is_drift_kept_raw() -> None:
    # What this SDK used to expect: no longer the schema's type, so it warns and keeps it.
    body = {"source": {"sourceTypeId": "OTHER", "sourceId": "api"}}
    with pytest.warns(SchemaDriftWarning, match=r"Application\.source"):
        application = _converter.structure(body, Application)
    assert application.source == body["source"]
    assert _converter.unstructure(application) == body


def test_onboarding_status_uses_the_schema_name() -> None:
    found = _converter.structure({"onboardingStatus": "ONBOARDING_FAILED"}, OnboardingStatus)
    assert found.onboarding_status is OnboardingState.ONBOARDING_FAILED
    update = OnboardingStatusUpdate(onboarding_status=OnboardingState.READY_TO_ONBOARD)
    assert _converter.unstructure(update) == {"onboardingStatus": "READY_TO_ONBOARD"}
