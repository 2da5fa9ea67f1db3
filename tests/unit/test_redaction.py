"""Redactor: every spelling of a secret leaves every text an exception carries."""

import json
from urllib.parse import quote

import smartrecruiters_async as sr
from smartrecruiters_async._protocol.decode import error_for_status
from smartrecruiters_async._redaction import Redactor

SECRET = 'k3y/with+odd"chars=é'


def test_every_spelling_of_a_secret_is_replaced() -> None:
    redact = Redactor([SECRET, None, ""])
    for spelling in (SECRET, json.dumps(SECRET)[1:-1], quote(SECRET, safe=""), quote(SECRET)):
        assert redact.text(f"token {spelling}!") == "token [redacted]!"


def test_nothing_to_redact_leaves_texts_alone() -> None:
    assert not Redactor([None, ""])
    assert Redactor([]).text("unchanged") == "unchanged"


def test_a_status_error_is_redacted_in_place_everywhere() -> None:
    body = json.dumps(
        {
            "message": f"bad key {SECRET}",
            "errors": [{"code": "X", "message": f"sent {quote(SECRET, safe='')}"}],
        }
    ).encode()
    error = error_for_status(
        status=401,
        method="GET",
        url=f"https://api.example/x?token={quote(SECRET, safe='')}",
        body=body,
        headers={"WWW-Authenticate": f'Bearer error="{SECRET}"'},
    )
    same = Redactor([SECRET]).error(error)
    assert same is error
    assert isinstance(error, sr.AuthenticationError)
    for text in (str(error), repr(error), error.raw_body, error.url, repr(error.headers)):
        assert "k3y" not in text
    assert error.body.message == "bad key [redacted]"
    assert error.errors == [{"code": "X", "message": "sent [redacted]"}]
