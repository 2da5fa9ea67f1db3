"""``smartrecruiters-async webhooks listen``: verified deliveries as JSON lines on stdout,
refusals as one line on stderr, keys only from the environment."""

from __future__ import annotations

import asyncio
import json
import re
import signal
from pathlib import Path

import aiohttp

from smartrecruiters_async.webhooks import SigningKey, signed_headers

from .conftest import read_until, start_cli

SECRET = "cli-signing-key-0123456789"
LISTENING = re.compile(r"http://127\.0\.0\.1:\d+/hooks")


async def deliver(url: str) -> list[int]:
    body = b'{"job_id":"j-1","candidate_id":"c-1","application_id":"a-1"}'
    good = signed_headers(
        SigningKey(SECRET),
        body=body,
        event_id="evt-9",
        event_name="application.created",
        link="<https://api.smartrecruiters.com/jobs/j-1/candidates/c-1>; rel=self",
    )
    forged = {**good, "smartrecruiters-signature": "v1=" + "0" * 64}
    statuses = []
    async with aiohttp.ClientSession() as session:
        for headers in (good, good, forged):
            async with session.post(url, data=body, headers=headers) as response:
                statuses.append(response.status)
    return statuses


def test_listen_prints_verified_events_and_refuses_forged_ones(tmp_path: Path) -> None:
    proc = start_cli(
        *("webhooks", "listen", "--port", "0", "--path", "/hooks"),
        cwd=tmp_path,
        env={"SMARTRECRUITERS_WEBHOOK_KEYS": f"old-key, {SECRET}"},
    )
    seen: list[str] = []
    try:
        assert proc.stderr is not None
        banner = read_until(proc.stderr, "Listening for SmartRecruiters webhooks", seen)
        match = LISTENING.search(banner)
        assert match is not None
        assert "(2 signing key(s))" in banner
        assert asyncio.run(deliver(match.group(0))) == [202, 202, 401]
        read_until(proc.stderr, "refused with 401", seen)
    finally:
        proc.send_signal(signal.SIGTERM)
        out, rest = proc.communicate(timeout=60)
    err = "".join(seen) + rest
    assert proc.returncode == 0, err
    (line,) = out.splitlines()
    assert json.loads(line) == {
        "name": "application.created",
        "version": "v1",
        "id": "evt-9",
        "timestamp": json.loads(line)["timestamp"],
        "url": "https://api.smartrecruiters.com/jobs/j-1/candidates/c-1",
        "payload": {"job_id": "j-1", "candidate_id": "c-1", "application_id": "a-1"},
    }
    assert "duplicate dropped: application.created 'evt-9'" in err
    assert "stopped after 1 events (1 duplicates, 1 refused)" in err
    assert "Traceback" not in err
    assert SECRET not in out + err


def test_listen_without_keys_in_the_environment_is_a_one_line_error(tmp_path: Path) -> None:
    proc = start_cli("webhooks", "listen", "--port", "0", cwd=tmp_path)
    out, err = proc.communicate(timeout=60)
    assert (proc.returncode, out) == (2, "")
    assert err.splitlines() == [
        "error: set $SMARTRECRUITERS_WEBHOOK_KEYS to the subscription's secretKey (comma-separated)"
    ]


async def deliver_with(url: str, extra: list[dict[str, str]]) -> list[int]:
    body = b'{"id":"j-1"}'
    statuses = []
    async with aiohttp.ClientSession() as session:
        for index, more in enumerate(extra):
            headers = signed_headers(
                SigningKey(SECRET),
                body=body,
                event_id=f"evt-{index}",
                event_name="job.created",
                link="<https://api.smartrecruiters.com/jobs/j-1>; rel=self",
            )
            async with session.post(url, data=body, headers={**headers, **more}) as response:
                statuses.append(response.status)
    return statuses


def test_listen_requires_the_callback_authentication_it_is_given(tmp_path: Path) -> None:
    value = "callback-header-value-31"
    proc = start_cli(
        *("webhooks", "listen", "--port", "0", "--path", "/hooks", "--header-auth", "X-Hook"),
        cwd=tmp_path,
        env={"SMARTRECRUITERS_WEBHOOK_KEYS": SECRET, "SMARTRECRUITERS_CALLBACK_SECRET": value},
    )
    seen: list[str] = []
    try:
        assert proc.stderr is not None
        match = LISTENING.search(read_until(proc.stderr, "Listening for", seen))
        assert match is not None
        statuses = asyncio.run(deliver_with(match.group(0), [{}, {"X-Hook": value}]))
        assert statuses == [401, 202]
        read_until(proc.stderr, "missing or wrong callback header 'x-hook'", seen)
    finally:
        proc.send_signal(signal.SIGTERM)
        out, rest = proc.communicate(timeout=60)
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["evt-1"]
    assert value not in out + "".join(seen) + rest


def test_listen_with_header_auth_but_no_secret_is_a_one_line_error(tmp_path: Path) -> None:
    proc = start_cli(
        *("webhooks", "listen", "--port", "0", "--header-auth", "X-Hook"),
        cwd=tmp_path,
        env={"SMARTRECRUITERS_WEBHOOK_KEYS": SECRET},
    )
    out, err = proc.communicate(timeout=60)
    assert (proc.returncode, out) == (2, "")
    assert err == "error: --header-auth needs $SMARTRECRUITERS_CALLBACK_SECRET set to its secret\n"
