import datetime as dt

import pytest

from smartrecruiters_async import SchemaDriftWarning
from smartrecruiters_async._converter import format_datetime, parse_datetime, structure, unstructure
from smartrecruiters_async.models.common import Location
from smartrecruiters_async.models.jobs import JobAdItem
from smartrecruiters_async.models.postings import Posting, Visibility

UTC = dt.UTC


@pytest.mark.parametrize(
    "text",
    [
        "2013-02-26T12:50:02.594Z",
        "2013-02-26T12:50:02.594+0000",
        "2013-02-26T12:50:02.594+00:00",
        "2013-02-26T14:50:02.594+02:00",
        "2013-02-26T14:50:02.594+0200",
    ],
)
def test_dates_in_every_documented_form_are_aware_and_equal(text: str) -> None:
    value = parse_datetime(text)
    assert value == dt.datetime(2013, 2, 26, 12, 50, 2, 594000, tzinfo=UTC)


def test_dates_without_milliseconds_or_offset() -> None:
    assert parse_datetime("2013-02-26T12:50:02Z") == dt.datetime(2013, 2, 26, 12, 50, 2, tzinfo=UTC)
    assert parse_datetime("2013-02-26T12:50:02").tzinfo is not None


def test_dates_are_written_in_utc_in_the_documented_form() -> None:
    value = dt.datetime(2013, 2, 26, 14, 50, 2, 594000, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    assert format_datetime(value) == "2013-02-26T12:50:02.594+0000"
    with pytest.raises(ValueError, match="naive"):
        format_datetime(dt.datetime(2013, 2, 26))


def test_bad_date_is_refused() -> None:
    with pytest.raises(ValueError, match="ISO 8601"):
        parse_datetime("26/02/2013")


def test_unknown_fields_survive_a_round_trip_at_every_level() -> None:
    wire = {
        "id": "1",
        "name": "Engineer",
        "releasedDate": "2014-02-19T19:36:42.346Z",
        "location": {"country": "us", "city": "SF", "geo": {"x": 1}},
        "trackingCode": "abc",
        "customField": [{"fieldId": "f", "valueLabel": "v", "extra": True}],
    }
    posting = structure(wire, Posting)
    assert posting.extra_fields == {"trackingCode": "abc"}
    back = unstructure(posting)
    assert back["trackingCode"] == "abc"
    assert back["location"]["geo"] == {"x": 1}
    assert back["customField"][0]["extra"] is True
    assert back["releasedDate"] == "2014-02-19T19:36:42.346+0000"


def test_unknown_enum_values_are_kept_as_strings() -> None:
    assert structure({"id": "1", "visibility": "PUBLIC"}, JobAdItem).visibility is Visibility.PUBLIC
    with pytest.warns(SchemaDriftWarning, match=r"JobAdItem\.visibility"):
        assert structure({"id": "1", "visibility": "SECRET"}, JobAdItem).visibility == "SECRET"


def test_both_location_shapes() -> None:
    old = structure({"country": "us", "region": "CA", "city": "SF"}, Location)
    new = structure(
        {
            "country": "United States",
            "countryCode": "us",
            "regionCode": "CA",
            "city": "SF",
            "latitude": 2.17,
            "longitude": "41.4",
        },
        Location,
    )
    assert old.iso_country_code == new.iso_country_code == "us"
    assert new.region_code == "CA"
    assert unstructure(new)["countryCode"] == "us"


def test_missing_required_field_is_an_error() -> None:
    with pytest.raises(Exception, match="id"):
        structure({"name": "no id"}, Posting)
