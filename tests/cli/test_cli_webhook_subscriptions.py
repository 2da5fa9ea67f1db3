"""``webhooks create|list|get|delete|activate|secret-key``: a subscription's whole life from the
command line against the fake server, with ``webhooks listen`` as its receiver; user errors as
one line before any request; callback secrets only from the environment, never printed."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import signal
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from smartrecruiters_async import ApiKey, SmartRecruiters
from smartrecruiters_async.models import CandidateInput
from smartrecruiters_async.testing import FakeSmartRecruiters

from ..redis.conftest import free_port
from .conftest import read_until, serving, start_cli
from .test_cli_export import KEY, run

CALLBACK_SECRET = "x-hook-auth-value-5150"


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeSmartRecruiters]:
    monkeypatch.setenv("SMARTRECRUITERS_API_KEY", KEY["SMARTRECRUITERS_API_KEY"])
    with serving() as server:
        yield server


def cli(fake: FakeSmartRecruiters, capsys: pytest.CaptureFixture[str], *argv: str) -> Any:
    """Run ``webhooks ARGV`` in process against ``fake``; its status, stdout and stderr."""
    return run(["webhooks", *argv, "--base-url", fake.url], capsys)


async def add_candidate(url: str) -> str:
    async with SmartRecruiters(auth=ApiKey("k"), base_url=url) as client:
        person = CandidateInput(first_name="Ada", last_name="Lovelace", email="ada@example.com")
        return (await client.candidates.create(person)).id


def test_a_subscription_from_create_to_delete_with_listen_as_its_receiver(
    fake: FakeSmartRecruiters, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    port = free_port()
    callback = f"http://127.0.0.1:{port}/hooks"
    status, out, err = cli(
        fake, capsys, "create", "--callback-url", callback, "--event", "candidate.created"
    )
    assert status == 0, err
    created = json.loads(out)
    sid = created["id"]
    assert created == {
        "id": sid,
        "callbackUrl": callback,
        "events": [{"name": "candidate.created", "version": "v1"}],
        "status": "inactive",
    }
    assert f"Created subscription {sid}" in err

    status, key, err = cli(fake, capsys, "secret-key", sid, "--generate")
    assert status == 0, err
    assert key.strip() == fake.webhook_subscriptions[sid].keys[-1].secret
    assert cli(fake, capsys, "secret-key", sid)[1] == key

    listen = start_cli(
        *("webhooks", "listen", "--port", str(port), "--path", "/hooks"),
        *("--base-url", fake.url, "--answer-activations"),
        cwd=tmp_path,
        env={"SMARTRECRUITERS_WEBHOOK_KEYS": key.strip()},
    )
    seen: list[str] = []
    try:
        assert listen.stderr is not None
        assert listen.stdout is not None
        read_until(listen.stderr, "Listening for SmartRecruiters webhooks", seen)
        status, out, err = cli(fake, capsys, "activate", sid)
        assert (status, out) == (0, ""), err
        assert f"Subscription {sid} is active." in err

        candidate_id = asyncio.run(add_candidate(fake.url))
        line = read_until(listen.stdout, "candidate.created", [])
        assert json.loads(line)["payload"] == {"id": candidate_id}
    finally:
        listen.send_signal(signal.SIGTERM)
        listen.communicate(timeout=60)
    assert listen.returncode == 0, "".join(seen)

    status, out, err = cli(fake, capsys, "list")
    assert status == 0, err
    assert [json.loads(line)["status"] for line in out.splitlines()] == ["active"]
    assert json.loads(cli(fake, capsys, "get", sid)[1])["status"] == "active"
    assert cli(fake, capsys, "delete", sid)[2] == f"Deleted subscription {sid}.\n"
    assert cli(fake, capsys, "list")[1:] == ("", "0 subscription(s).\n")


@pytest.mark.parametrize(
    ("auth", "wire"),
    [
        (["--header-auth", "x-hook-auth"], {"headerName": "x-hook-auth", "headerValue": None}),
        (["--basic-auth", "hooks"], {"username": "hooks", "password": None}),
        (
            ["--oauth2-auth", "cid", "--token-url", "https://idp.example/token"],
            {
                "clientId": "cid",
                "tokenServiceUrl": "https://idp.example/token",
                "clientSecret": None,
            },
        ),
    ],
    ids=["header", "basic", "oauth2"],
)
def test_a_callback_authentication_takes_its_secret_from_the_environment_only(
    auth: list[str],
    wire: dict[str, Any],
    fake: FakeSmartRecruiters,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SMARTRECRUITERS_CALLBACK_SECRET", CALLBACK_SECRET)
    argv = ["create", "--callback-url", "https://hooks.example/sr", "--event", "job.created@v1"]
    status, out, err = cli(fake, capsys, *argv, *auth)
    assert status == 0, err
    (subscription,) = fake.webhook_subscriptions.values()
    sent = subscription.callback_authentication or {}
    secret_field = next(name for name, value in wire.items() if value is None)
    assert sent == {**wire, secret_field: CALLBACK_SECRET, "type": auth[0].split("-")[2]}
    assert CALLBACK_SECRET not in out + err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["create", "--callback-url", "https://h.example"], "required: --event"),
        (["create", "--callback-url", "https://h.example", "--event", "@v1"], "NAME@VERSION"),
        (["create", "--callback-url", "ftp://h.example", "--event", "job.created"], "http(s)"),
        (
            [
                "create",
                "--callback-url",
                "https://h.example",
                "--event",
                "a",
                "--header-auth",
                "x-a",
            ],
            "--header-auth needs $SMARTRECRUITERS_CALLBACK_SECRET",
        ),
        (
            ["create", "--callback-url", "https://h.example", "--event", "a", "--token-url", "u"],
            "--token-url goes with --oauth2-auth",
        ),
        (
            ["create", "--callback-url", "https://h.example", "--event", "a", "--oauth2-auth", "c"],
            "--oauth2-auth needs --token-url",
        ),
        (["create", "--basic-auth", "u", "--header-auth", "x-a"], "not allowed with argument"),
        (["activate", "sub-1", "--timeout", "20"], "must be more than 20 s"),
        (["get", ""], "ID: "),
        (["secret-key"], "required: ID"),
    ],
)
def test_a_user_error_is_one_line_exit_2_before_any_request(
    argv: list[str], message: str, fake: FakeSmartRecruiters, capsys: pytest.CaptureFixture[str]
) -> None:
    before = fake.stats.count()
    status, out, err = cli(fake, capsys, *argv)
    assert (status, out) == (2, ""), err
    assert len(err.splitlines()) == 1, err
    assert err.startswith("error: ")
    assert message in err
    assert fake.stats.count() == before


def test_without_a_credential_it_says_which_variables(
    fake: FakeSmartRecruiters, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SMARTRECRUITERS_API_KEY")
    assert cli(fake, capsys, "list") == (
        2,
        "",
        "error: webhooks list needs a credential: set $SMARTRECRUITERS_API_KEY, or "
        "$SMARTRECRUITERS_CLIENT_ID and $SMARTRECRUITERS_CLIENT_SECRET\n",
    )


def test_an_unknown_subscription_is_one_line_exit_1(
    fake: FakeSmartRecruiters, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = cli(fake, capsys, "activate", "no-such-subscription")
    assert (status, out) == (1, "")
    assert err.splitlines()[-1].startswith("error: 404 from PUT ")


def test_replay_redelivers_what_failed_during_an_outage_to_a_receiver_url(
    fake: FakeSmartRecruiters, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    port = free_port()  # nothing listens there yet: the receiver is down
    since = dt.datetime.now(dt.UTC).isoformat()
    fake.webhooks.retry_delays = ()  # one attempt each, so the outage is over at once
    argv = ["create", "--callback-url", f"http://127.0.0.1:{port}/hooks"]
    sid = json.loads(cli(fake, capsys, *argv, "--event", "candidate.created")[1])["id"]
    key = cli(fake, capsys, "secret-key", sid, "--generate")[1].strip()
    fake.webhook_subscriptions[sid].status = "active"  # as after the handshake
    candidate_id = asyncio.run(add_candidate(fake.url))
    asyncio.run(fake.webhooks.settled())
    listen = start_cli(
        *("webhooks", "listen", "--port", str(port), "--path", "/hooks", "--base-url", fake.url),
        cwd=tmp_path,
        env={"SMARTRECRUITERS_WEBHOOK_KEYS": key},
    )
    seen: list[str] = []
    try:
        assert listen.stderr is not None
        read_until(listen.stderr, "Listening for SmartRecruiters webhooks", seen)
        to = f"http://127.0.0.1:{port}/hooks"
        status, out, err = cli(fake, capsys, "replay", sid, "--since", since, "--to", to)
        assert (status, out) == (0, ""), err
        assert f"Replayed 1 of 1 logged event(s) to {to} (0 delivered already, 0 refused)." in err
        again = cli(fake, capsys, "replay", sid, "--since", since, "--to", to, "--all")
        assert again[0] == 0, again[2]
        status, _, err = cli(fake, capsys, "replay", sid, "--since", since, "--to", to + "x")
        assert status == 1
        assert err.splitlines()[-1] == f"error: 1 replayed event(s) were not accepted by {to}x"
    finally:
        listen.send_signal(signal.SIGTERM)
        out, rest = listen.communicate(timeout=60)
    # Handled once: the second replay was a duplicate, the third went to no receiver.
    assert [json.loads(line)["payload"] for line in out.splitlines()] == [{"id": candidate_id}]
    assert "stopped after 1 events (1 duplicates" in "".join(seen) + rest


def test_replay_refuses_a_range_beyond_the_logs_30_days_before_any_request(
    fake: FakeSmartRecruiters, capsys: pytest.CaptureFixture[str]
) -> None:
    before = fake.stats.count()
    argv = ["replay", "sub-1", "--since", "2020-01-01", "--to", "http://127.0.0.1:1/h"]
    status, out, err = cli(fake, capsys, *argv)
    assert (status, out) == (2, "")
    assert "within the last 30 days" in err
    assert fake.stats.count() == before
