import json

import pytest

import smartrecruiters_async as sr
from smartrecruiters_async._protocol.decode import (
    RateLimitInfo,
    decode_json,
    error_for_status,
    parse_error_body,
    parse_retry_after,
)


def test_customer_api_error_body() -> None:
    body = parse_error_body(
        json.dumps({"message": "Bad", "errors": [{"code": "INVALID", "message": "limit"}]}).encode()
    )
    assert body.message == "Bad"
    assert body.errors[0]["code"] == "INVALID"
    assert "INVALID: limit" in body.summary()


def test_apply_and_partner_error_bodies() -> None:
    apply = parse_error_body(b'{"id": "1", "code": "EMAIL_INVALID", "message": "bad email"}')
    assert (apply.id, apply.code, apply.message) == ("1", "EMAIL_INVALID", "bad email")
    partner = parse_error_body(
        b'{"id":"a","httpCode":"400","code":"invalid_industry","message":"m","helpUrl":"http://h/e"}'
    )
    assert partner.help_url == "http://h/e"
    assert partner.code == "invalid_industry"


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, sr.BadRequestError),
        (401, sr.AuthenticationError),
        (403, sr.PermissionDeniedError),
        (404, sr.NotFoundError),
        (409, sr.ConflictError),
        (422, sr.UnprocessableEntityError),
        (429, sr.RateLimitedError),
        (500, sr.ServerError),
        (503, sr.ServerError),
        (418, sr.APIStatusError),
    ],
)
def test_status_maps_to_exception(status: int, cls: type[sr.APIStatusError]) -> None:
    exc = error_for_status(status=status, method="GET", url="http://h/x", body=b"", headers={})
    assert type(exc) is cls
    assert exc.status == status


def test_html_error_page_keeps_an_excerpt() -> None:
    html = b"<html><body><h1>502 Bad Gateway</h1></body></html>"
    exc = error_for_status(status=502, method="GET", url="http://h/x", body=html, headers={})
    assert isinstance(exc, sr.ServerError)
    assert "502 Bad Gateway" in exc.raw_body
    assert "502 Bad Gateway" in str(exc)


def test_rate_limit_headers_and_retry_after() -> None:
    info = RateLimitInfo.from_headers(
        {
            "X-RateLimit-Limit": "10",
            "x-ratelimit-remaining": "0",
            "X-RateLimit-Concurrent-Limit": "8",
            "X-RateLimit-Concurrent-Remaining": "bogus",
            "Retry-After": "3",
        }
    )
    assert (info.limit, info.remaining, info.concurrent_limit) == (10, 0, 8)
    assert info.concurrent_remaining is None
    assert info.retry_after == 3.0
    exc = error_for_status(
        status=429, method="GET", url="u", body=b"", headers={"Retry-After": "2"}
    )
    assert isinstance(exc, sr.RateLimitedError)
    assert exc.retry_after == 2.0


@pytest.mark.parametrize(
    ("raw", "expected"), [("5", 5.0), ("0.5", 0.5), ("-1", None), ("soon", None)]
)
def test_parse_retry_after(raw: str, expected: float | None) -> None:
    assert parse_retry_after(raw) == expected


def test_retry_after_http_date_in_the_past_is_zero() -> None:
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0


def test_truncated_json_is_a_typed_error_with_excerpt() -> None:
    with pytest.raises(sr.ResponseDecodeError) as info:
        decode_json(body=b'{"content": [{"id": "1"', status=200, method="GET", url="http://h/x")
    assert '{"content"' in info.value.raw_body
    assert decode_json(body=b"  ", status=204, method="DELETE", url="u") is None
