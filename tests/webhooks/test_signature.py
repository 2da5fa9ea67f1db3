"""The ``v1`` verifier (webhooks.md section 4): the published vector, every signed byte,
rotation, the tolerance and the malformed headers - without an event loop."""

from __future__ import annotations

import datetime as dt

import pytest

from smartrecruiters_async._protocol.webhooks import (
    DEFAULT_TOLERANCE,
    ActivationToken,
    KeySet,
    SigningKey,
    WebhookHeaderError,
    WebhookSignatureError,
    WebhookTimestampError,
    sign,
    verify,
)

# The worked example of webhooks.md section 4 (W1/W8).
SECRET = "HeBVky2bccvvkcXPimH8c"
BODY = b'{"job_id":"jid","candidate_id":"cid"}'
STAMP = 1574080897
HEADERS = {
    "smartrecruiters-timestamp": str(STAMP),
    "event-id": "123",
    "event-name": "application.created",
    "event-version": "v201910",
    "link": "<http://smartrecruiters.com/endpoint>; rel=self",
    "smartrecruiters-signature": (
        "v1=2e9291f10d44ca10204a4cd81b05d73b6a316b2b605d4e2e0e0b37b40198ce1f"
    ),
}
KEY = SigningKey(SECRET)


def test_the_published_vector_verifies() -> None:
    delivery = verify(BODY, HEADERS, [KEY], now=lambda: STAMP + 1)
    assert (delivery.event_id, delivery.event_name, delivery.event_version) == (
        "123",
        "application.created",
        "v201910",
    )
    assert delivery.url == "http://smartrecruiters.com/endpoint"
    assert delivery.timestamp == STAMP
    assert delivery.key_fingerprint == KEY.fingerprint


def test_sign_reproduces_the_published_vector() -> None:
    signed = sign(
        KEY,
        timestamp=STAMP,
        body=BODY,
        event_id="123",
        event_name="application.created",
        event_version="v201910",
        link=HEADERS["link"],
    )
    assert signed == HEADERS["smartrecruiters-signature"]


def test_header_names_are_case_insensitive() -> None:
    headers = {name.title(): value for name, value in HEADERS.items()}
    assert verify(BODY, headers, [KEY], now=lambda: STAMP).event_id == "123"


def _flip(text: str, index: int) -> str:
    return text[:index] + chr(ord(text[index]) ^ 1) + text[index + 1 :]


@pytest.mark.parametrize("index", [0, len(BODY) // 2, len(BODY) - 1])
def test_a_one_byte_change_of_the_body_fails(index: int) -> None:
    body = bytearray(BODY)
    body[index] ^= 1
    with pytest.raises(WebhookSignatureError):
        verify(bytes(body), HEADERS, [KEY], now=lambda: STAMP)


@pytest.mark.parametrize(
    "name",
    ["smartrecruiters-timestamp", "event-id", "event-name", "event-version", "link"],
)
def test_a_one_byte_change_of_a_signed_header_fails(name: str) -> None:
    value = HEADERS[name]
    # The timestamp's last digit, else the middle byte (inside the link's URL).
    changed = _flip(value, len(value) - 1 if name.endswith("timestamp") else len(value) // 2)
    with pytest.raises(WebhookSignatureError):
        verify(BODY, {**HEADERS, name: changed}, [KEY], tolerance=None, now=lambda: STAMP)


def test_a_one_byte_change_of_the_signature_or_key_fails() -> None:
    bad = _flip(HEADERS["smartrecruiters-signature"], 10)
    with pytest.raises(WebhookSignatureError):
        verify(BODY, {**HEADERS, "smartrecruiters-signature": bad}, [KEY], now=lambda: STAMP)
    with pytest.raises(WebhookSignatureError):
        verify(BODY, HEADERS, [SigningKey(_flip(SECRET, 3))], now=lambda: STAMP)


def test_any_segment_may_match_and_other_schemes_are_skipped() -> None:
    value = f"v2=abc; v1={'0' * 64};{HEADERS['smartrecruiters-signature']}"
    headers = {**HEADERS, "smartrecruiters-signature": value}
    assert verify(BODY, headers, [SigningKey("other"), KEY], now=lambda: STAMP).event_id == "123"


ROTATED_AT = STAMP - 3600
ROTATED = KeySet.of(SECRET).rotate("the-new-key", now=lambda: ROTATED_AT)


def test_a_key_replaced_less_than_24_hours_ago_still_verifies() -> None:
    assert [key.secret for key in ROTATED.live(STAMP)] == [SECRET, "the-new-key"]
    assert verify(BODY, HEADERS, ROTATED, now=lambda: STAMP).key_fingerprint == KEY.fingerprint


def test_a_replaced_key_expires_24_hours_after_the_rotation() -> None:
    later = ROTATED_AT + 24 * 3600
    with pytest.raises(WebhookSignatureError, match="matches none of the 1 live"):
        verify(BODY, HEADERS, ROTATED, tolerance=None, now=lambda: later)


def test_an_expired_key_alone_fails() -> None:
    expired = SigningKey(SECRET, valid_until=dt.datetime.fromtimestamp(STAMP, dt.UTC))
    with pytest.raises(WebhookSignatureError, match="no signing key is live"):
        verify(BODY, HEADERS, [expired], now=lambda: STAMP)


def test_a_rotation_drops_expired_keys_and_keeps_at_most_16() -> None:
    keys = KeySet.of("k0")
    for number in range(1, 16):
        keys = keys.rotate(f"k{number}", now=lambda: STAMP)
    assert len(keys) == 16
    with pytest.raises(ValueError, match="at most 16"):
        keys.rotate("k16", now=lambda: STAMP)
    # A day later only the current key (k15) is live: it is kept 24 h more, beside k16.
    assert [key.secret for key in keys.rotate("k16", now=lambda: STAMP + 86400)] == ["k15", "k16"]


@pytest.mark.parametrize(
    ("age", "tolerance", "error"),
    [
        (DEFAULT_TOLERANCE - 1, DEFAULT_TOLERANCE, None),
        (DEFAULT_TOLERANCE + 1, DEFAULT_TOLERANCE, "beyond"),
        (301, 300, "beyond"),
        (10**8, None, None),
        (-299, 300, None),
        (-301, None, "in the future"),
    ],
)
def test_the_timestamp_tolerance(age: float, tolerance: float | None, error: str | None) -> None:
    def check() -> object:
        return verify(BODY, HEADERS, [KEY], tolerance=tolerance, now=lambda: STAMP + age)

    if error is None:
        check()
    else:
        with pytest.raises(WebhookTimestampError, match=error):
            check()


def test_a_forged_signature_with_an_old_timestamp_is_a_signature_error() -> None:
    # The MAC is checked first, so the timestamp check tells a forger nothing.
    headers = {**HEADERS, "smartrecruiters-signature": "v1=" + "0" * 64}
    with pytest.raises(WebhookSignatureError):
        verify(BODY, headers, [KEY], now=lambda: STAMP + 10**8)


@pytest.mark.parametrize(
    ("change", "match"),
    [
        ({"smartrecruiters-signature": None}, "missing header.*smartrecruiters-signature"),
        ({"event-id": None}, "missing header.*event-id"),
        ({"smartrecruiters-timestamp": "soon"}, "not Unix seconds"),
        ({"smartrecruiters-signature": "2e9291f1"}, "not 'v1=<hex>"),
        ({"smartrecruiters-signature": "v1=é"}, "non-ASCII"),
        ({"link": "http://no-brackets"}, "link header"),
        ({"link": "<ftp://x/>; rel=self"}, "link header"),
    ],
)
def test_malformed_headers_are_header_errors(change: dict[str, str | None], match: str) -> None:
    headers = {k: v for k, v in {**HEADERS, **change}.items() if v is not None}
    with pytest.raises(WebhookHeaderError, match=match):
        verify(BODY, headers, [KEY], now=lambda: STAMP)


def test_no_v1_segment_is_a_signature_error() -> None:
    headers = {**HEADERS, "smartrecruiters-signature": "v2=abc"}
    with pytest.raises(WebhookSignatureError, match="no v1"):
        verify(BODY, headers, [KEY], now=lambda: STAMP)


def test_the_activation_token_cannot_be_used_as_a_signing_key() -> None:
    token = ActivationToken(SECRET)
    with pytest.raises(TypeError, match="X-Hook-Secret"):
        verify(BODY, HEADERS, [token], now=lambda: STAMP)  # type: ignore[list-item]
    with pytest.raises(TypeError, match="X-Hook-Secret"):
        KeySet([token])  # type: ignore[list-item]
    with pytest.raises(TypeError):
        verify(BODY, HEADERS, [SECRET], now=lambda: STAMP)  # type: ignore[list-item]


def test_secrets_never_show_in_repr_or_str() -> None:
    texts = [repr(KEY), str(KEY), repr(ROTATED), repr(ActivationToken(SECRET))]
    texts.append(repr(verify(BODY, HEADERS, [KEY], now=lambda: STAMP)))
    assert not [text for text in texts if SECRET in text or "the-new-key" in text]


def test_a_body_must_be_bytes() -> None:
    with pytest.raises(TypeError, match="raw bytes"):
        verify(BODY.decode(), HEADERS, [KEY], now=lambda: STAMP)  # type: ignore[arg-type]
