"""The receiver requires the subscription's callback authentication of every live delivery:
Basic, a header, or a bearer token the user's check accepts; besides the signature, compared in
constant time, a 401 with a log line (no credential in it) and no handler call otherwise."""

from __future__ import annotations

import base64
from typing import Any

import pytest

from smartrecruiters_async.models import (
    BasicCallbackAuth,
    HeaderCallbackAuth,
    OAuth2CallbackAuth,
)
from smartrecruiters_async.webhooks import WebhookReceiver

from .conftest import API, KEY, NOW, Recorder, delivery

PASSWORD = "callback-password-77"
BASIC = BasicCallbackAuth(username="sr", password=PASSWORD)
HEADER = HeaderCallbackAuth(header_name="X-Hook-Auth", header_value="header-value-88")


def basic(user: str, password: str) -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()}


def receiver_with(expected: Any, handler: Recorder) -> WebhookReceiver:
    return WebhookReceiver(
        handler, keys=[KEY], api_base_url=API, clock=lambda: NOW, callback_authentication=expected
    )


@pytest.mark.parametrize(
    ("expected", "good", "bad"),
    [
        (BASIC, basic("sr", PASSWORD), [{}, basic("sr", "guess"), basic("other", PASSWORD)]),
        (
            HEADER,
            {"x-hook-auth": "header-value-88"},
            [{}, {"X-Hook-Auth": "header-value-8"}, {"X-Other": "header-value-88"}],
        ),
        (
            lambda token: token == "issued-token",
            {"Authorization": "Bearer issued-token"},
            [{}, {"Authorization": "Bearer forged"}, {"Authorization": "Basic issued-token"}],
        ),
    ],
    ids=["basic", "header", "oauth2-bearer"],
)
async def test_only_deliveries_with_the_callback_authentication_are_handled(
    expected: Any,
    good: dict[str, str],
    bad: list[dict[str, str]],
    caplog: pytest.LogCaptureFixture,
) -> None:
    handler = Recorder()
    receiver = receiver_with(expected, handler)
    for index, extra in enumerate(bad):
        body, headers = delivery(event_id=f"bad-{index}")
        outcome = await receiver.receive(body, {**headers, **extra})
        assert outcome.status == 401
        assert "callback" in outcome.reason
    body, headers = delivery()
    assert (await receiver.receive(body, {**headers, **good})).status == 202
    await receiver.drain()
    assert [event.id for event in handler.events] == ["evt-1"]
    assert receiver.stats.refused == len(bad)
    assert "refused with 401: missing or" in caplog.text
    for secret in (PASSWORD, "header-value-88", "issued-token", "forged"):
        assert secret not in caplog.text


async def test_the_signature_is_still_checked_and_a_replay_needs_no_callback_credentials() -> None:
    handler = Recorder()
    receiver = receiver_with(BASIC, handler)
    body, headers = delivery()
    forged = {**headers, **basic("sr", PASSWORD), "smartrecruiters-signature": "v1=" + "0" * 64}
    assert (await receiver.receive(body, forged)).status == 401
    # From the callbacks log (through the API), whose logged credentials may be stale.
    assert (await receiver.receive(body, headers, replay=True)).status == 202
    assert [event.id for event in handler.events] == ["evt-1"]


@pytest.mark.parametrize(
    ("expected", "message"),
    [
        (
            OAuth2CallbackAuth(client_id="c", client_secret="s", token_service_url="https://t"),
            "for oauth2",
        ),
        ("sr:password", "not str"),
    ],
)
def test_another_kind_of_expectation_is_a_type_error(expected: object, message: str) -> None:
    with pytest.raises(TypeError, match=message):
        receiver_with(expected, Recorder())


def test_the_receivers_repr_holds_no_callback_credential() -> None:
    receiver = receiver_with(BASIC, Recorder())
    assert PASSWORD not in repr(receiver)
    assert PASSWORD not in repr(receiver.callback_authentication)
