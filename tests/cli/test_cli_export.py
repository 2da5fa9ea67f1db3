"""``export LIST``: a command for every list of the route table, its options generated from the
route's parameters, JSON lines or CSV, user errors as one line before anything is sent."""

from __future__ import annotations

import csv
import datetime as dt
import enum
import io
import json
import typing
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import attrs
import pytest

from smartrecruiters_async import _converter, cli, operations
from smartrecruiters_async._protocol._wire import encode_query
from smartrecruiters_async._protocol.routes import Paging, Param
from smartrecruiters_async.cli._lists import list_commands, paging_wire_names, values
from smartrecruiters_async.cli._parser import build_parser
from smartrecruiters_async.models._base import wire_name
from smartrecruiters_async.testing import FakeSmartRecruiters
from smartrecruiters_async.testing.handlers import hiring_events
from smartrecruiters_async.testing.handlers.webhooks import webhooks_state
from smartrecruiters_async.testing.webhook_sender import WebhookSubscription

from .conftest import serving

LISTS = list_commands()
IDS = [c.name for c in LISTS]
KEY = {"SMARTRECRUITERS_API_KEY": "a-key-from-the-environment"}

# Values the fake server knows, for the parameters a list cannot go without.
KNOWN = {"company_identifier": "acme", "source_type": "JOB_BOARDS", "report_id": "rep-0001"}


@pytest.fixture(scope="module")
def fake() -> Any:
    with serving(postings=300, candidates=300) as server:
        yield server


@pytest.fixture
def key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SMARTRECRUITERS_API_KEY", KEY["SMARTRECRUITERS_API_KEY"])


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = cli.main(argv)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_every_list_of_the_route_table_is_a_command_by_a_name_to_guess() -> None:
    paged = [r.operation_id for r in operations().values() if r.paging is not Paging.NONE]
    assert [c.route.operation_id for c in LISTS] == paged
    assert len(set(IDS)) == len(IDS)
    assert {"postings", "jobs", "candidates", "users", "offers", "reports"} <= set(IDS)
    assert "configuration-source-values" in IDS
    assert "report-files" in IDS


def _sample(tp: Any) -> tuple[list[str], Any]:
    """Command-line words for one value of ``tp`` and the value they must give."""
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        member = list(tp)[-1]
        return [str(member.value).lower()], member
    return {
        str: (["x y"], "x y"),
        int: (["7"], 7),
        float: (["2.5"], 2.5),
        bool: (["true"], True),
        dt.datetime: (["2026-11-01"], dt.datetime(2026, 11, 1, tzinfo=dt.UTC)),
    }[tp]


def _words(declared: Param) -> tuple[list[str], Any]:
    flag = "--" + declared.name.replace("_", "-")
    origin, args = typing.get_origin(declared.type), typing.get_args(declared.type)
    if origin is dict:
        inner = args[1]
        inner = typing.get_args(inner)[0] if typing.get_origin(inner) is list else inner
        words, value = _sample(inner)
        return [flag, f"k={words[0]}", flag, f"k={words[0]}"], {"k": [value, value]}
    if origin is list:
        words, value = _sample(args[0])
        return [flag, *words, flag, *words], [value, value]
    words, value = _sample(declared.type)
    return [flag, *words], value


@pytest.mark.parametrize("command", LISTS, ids=IDS)
def test_each_declared_parameter_is_an_option_of_its_type(command: Any) -> None:
    route = command.route
    argv = ["export", command.name, "--out", "x.jsonl"]
    expected_path = {name: "an-id" for name in route.path_params}
    for name in route.path_params:
        argv += ["--" + name.replace("_", "-"), "an-id"]
    expected: dict[str, Any] = {}
    for declared in route.query:
        if declared.wire in paging_wire_names(route):
            continue
        words, value = _words(declared)
        argv += words
        expected[declared.name] = value
    args = build_parser().parse_args(argv)
    path, query = values(args.list_options, args)
    assert (path, query) == (expected_path, expected)
    encode_query(route.wire_query(query))  # what the SDK sends, accepted as it is


def _known(fake: FakeSmartRecruiters) -> dict[str, str]:
    """Values of path and required parameters that name something the fake holds."""
    subscriptions = webhooks_state(fake.data).subscriptions
    if not subscriptions:
        subscription = WebhookSubscription(id="sub-1", callback_url="http://127.0.0.1/", events=[])
        subscriptions[subscription.id] = subscription
    return {
        **KNOWN,
        "candidate_id": fake.data.candidates[0]["id"],
        "application_id": "an-application",  # a search that finds nothing is still a list
        "job_id": hiring_events.SEEDED_JOB,
        "state": "ACTIVE",
        "event_id": next(iter(hiring_events.state(fake.data).events)),
        "subscription_id": next(iter(subscriptions)),
    }


def _fill(command: Any, fake: FakeSmartRecruiters) -> list[str]:
    known = _known(fake)
    needed = [*command.route.path_params]
    needed += [p.name for p in command.route.query if p.required]
    missing = [name for name in needed if name not in known]
    assert not missing, f"add a value the fake knows for {missing} to KNOWN"
    return [word for name in needed for word in ("--" + name.replace("_", "-"), known[name])]


@pytest.mark.parametrize("command", LISTS, ids=IDS)
def test_each_list_exports_from_the_fake_server(
    command: Any,
    fake: FakeSmartRecruiters,
    tmp_path: Path,
    key: None,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "items.jsonl"
    argv = ["export", command.name, "--out", str(out), "--base-url", fake.url]
    status, _, err = run([*argv, *_fill(command, fake), "--max-items", "5"], capsys)
    assert status == 0, err
    lines = out.read_text().splitlines()
    assert len(lines) <= 5
    assert all(isinstance(json.loads(line), dict) for line in lines)
    assert f"Exported {len(lines)} {command.name}" in err


def test_filters_reach_the_server_by_their_wire_names(
    fake: FakeSmartRecruiters, tmp_path: Path, key: None, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "c.jsonl"
    argv = ["export", "candidates", "--updated-after", "2020-11-01", "--tags", "python"]
    argv += ["--tags", "remote-ok", "--statuses", "new", "--out", str(out)]
    status, _, err = run([*argv, "--base-url", fake.url, "--max-items", "1"], capsys)
    assert status == 0, err
    sent = parse_qs(fake.requests[-1].query)
    assert sent["updatedAfter"] == ["2020-11-01T00:00:00.000+0000"]
    assert sent["tag"] == ["python", "remote-ok"]
    assert sent["status"] == ["NEW"]
    assert sent["limit"] == ["100"]


def test_csv_has_the_models_fields_as_columns_and_stdout_works(
    fake: FakeSmartRecruiters, key: None, capsys: pytest.CaptureFixture[str]
) -> None:
    (command,) = [c for c in LISTS if c.name == "candidates"]
    argv = ["export", "candidates", "--out", "-", "--format", "csv", "--base-url", fake.url]
    status, out, err = run([*argv, "--max-items", "7"], capsys)
    assert status == 0, err
    rows = list(csv.reader(io.StringIO(out)))
    model = command.route.response_model
    columns = [wire_name(f) for f in attrs.fields(model) if f.name != _converter.EXTRA]
    assert rows[0] == columns
    assert len(rows) == 8
    ids = [c["id"] for c in fake.data.candidates[:7]]
    assert [row[columns.index("id")] for row in rows[1:]] == ids
    assert "Exported 7 candidates to standard output." in err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["export", "candidates", "--statuses", "nope"], "--statuses: expected one of LEAD"),
        (["export", "candidates", "--updated-after", "soon"], "--updated-after: expected a date"),
        (["export", "candidates", "--shard", "1/4"], "cursor-paged, so it cannot be split"),
        (["export", "postings", "--company", "acme", "--shard", "5/4"], "I must be 1 to N"),
        (["export", "postings", "--company", "acme", "--shard", "x"], "expected I/N"),
        (["export", "postings"], "the following arguments are required: --company-identifier"),
        (["export", "postings", "--company", " "], "must not be empty"),
        (["export", "messages"], "required: --candidate-id"),
        (["export", "nonsense"], "invalid choice: 'nonsense'"),
        (["export", "postings", "--company", "acme", "--resume", "--out", "-"], "--resume needs"),
    ],
)
def test_a_user_error_is_one_line_exit_2_before_any_request(
    argv: list[str],
    message: str,
    fake: FakeSmartRecruiters,
    tmp_path: Path,
    key: None,
    capsys: pytest.CaptureFixture[str],
) -> None:
    if "--out" not in argv:
        argv = [*argv, "--out", str(tmp_path / "x.jsonl")]
    before = fake.stats.count()
    status, out, err = run([*argv, "--base-url", fake.url], capsys)
    assert (status, out) == (2, "")
    assert len(err.splitlines()) == 1, err
    assert err.startswith("error: ")
    assert message in err
    assert fake.stats.count() == before
    assert list(tmp_path.iterdir()) == []


def test_a_list_that_needs_a_credential_says_which_variable(
    fake: FakeSmartRecruiters,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in ("SMARTRECRUITERS_API_KEY", "SMARTRECRUITERS_CLIENT_ID"):
        monkeypatch.delenv(name, raising=False)
    argv = ["export", "jobs", "--out", str(tmp_path / "j.jsonl"), "--base-url", fake.url]
    status, _, err = run(argv, capsys)
    assert status == 2
    assert err == (
        "error: export jobs needs a credential: set $SMARTRECRUITERS_API_KEY, or "
        "$SMARTRECRUITERS_CLIENT_ID and $SMARTRECRUITERS_CLIENT_SECRET\n"
    )


def test_an_api_error_is_one_line_exit_1(
    tmp_path: Path, key: None, capsys: pytest.CaptureFixture[str]
) -> None:
    with serving(api_keys=["another-key"]) as server:
        argv = ["export", "users", "--out", str(tmp_path / "u.jsonl"), "--base-url", server.url]
        status, _, err = run([*argv, "--max-retries", "0"], capsys)
    assert status == 1
    (line,) = err.splitlines()
    assert line.startswith(f"error: 401 from GET {server.url}/user-api/v201804/users")
    assert list(tmp_path.iterdir()) == []
