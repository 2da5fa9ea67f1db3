"""``smartrecruiters-async webhooks create|list|get|delete|activate|secret-key|replay``.

Each command is one call of ``client.webhooks`` through the governed client. A subscription is
printed as one JSON line on stdout (wire names, as the API sent it); what happened is one line
on stderr. The credential comes from the environment (``_credentials``), and so does the
secret of a callback authentication (``$SMARTRECRUITERS_CALLBACK_SECRET``): neither is ever
an option, which ``ps`` and shell history would show. ``secret-key`` prints the signing key
alone on stdout, so that ``export SMARTRECRUITERS_WEBHOOK_KEYS=$(... secret-key ID)`` works.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Awaitable, Callable, Mapping
from typing import Any
from urllib.parse import urlsplit

import aiohttp

from .. import _converter
from .._client import SmartRecruiters
from ..models.webhook_subscriptions import (
    SubscriptionEvent,
    SubscriptionInput,
)
from ..resources.webhooks import MIN_ACTIVATION_TIMEOUT
from ..webhooks.outcome import ReceiveOutcome
from . import _arguments
from ._callback_auth import CALLBACK_SECRET_ENV, add_callback_auth_options, callback_authentication
from ._credentials import credential
from ._failures import EXIT_OK, CommandFailed, user_input
from ._signals import run_until_stopped

__all__ = ["add_commands"]

Call = Callable[[SmartRecruiters, argparse.Namespace], Awaitable[None]]


def _print_json(item: Any) -> None:
    print(json.dumps(_converter.unstructure(item), ensure_ascii=False), flush=True)


def _say(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


def _callback_url(text: str) -> str:
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise argparse.ArgumentTypeError(f"expected an http(s) URL, got {text!r}")
    return text


def event(text: str) -> str | SubscriptionEvent:
    """``NAME`` or ``NAME@VERSION`` (a pinned version) of ``--event``."""
    name, at, version = text.partition("@")
    if not name.strip() or (at and not version.strip()):
        raise argparse.ArgumentTypeError(f"expected NAME or NAME@VERSION, got {text!r}")
    return SubscriptionEvent(name=name, version=version) if at else name


def activation_timeout(text: str) -> float:
    """Seconds for ``activate`` to wait: more than SmartRecruiters' own 20 s."""
    value = _arguments.positive_seconds(text)
    if not value > MIN_ACTIVATION_TIMEOUT:
        raise argparse.ArgumentTypeError(
            f"must be more than {MIN_ACTIVATION_TIMEOUT:g} s, SmartRecruiters' wait for the "
            f"receiver's answer, got {text}"
        )
    return value


async def _create(client: SmartRecruiters, args: argparse.Namespace) -> None:
    with user_input():
        subscription = SubscriptionInput(
            callback_url=args.callback_url,
            events=args.event,
            alerting_email_address=args.alerting_email,
            callback_authentication=callback_authentication(args),
        )
        created = await client.webhooks.create(subscription)
    _print_json(created)
    _say(f"Created subscription {created.id} (inactive until 'webhooks activate {created.id}').")


async def _list(client: SmartRecruiters, args: argparse.Namespace) -> None:
    count = 0
    async for subscription in client.webhooks.list(limit=100):
        _print_json(subscription)
        count += 1
    _say(f"{count} subscription(s).")


async def _get(client: SmartRecruiters, args: argparse.Namespace) -> None:
    with user_input("ID"):
        _print_json(await client.webhooks.get(args.id))


async def _delete(client: SmartRecruiters, args: argparse.Namespace) -> None:
    with user_input("ID"):
        await client.webhooks.delete(args.id)
    _say(f"Deleted subscription {args.id}.")


async def _activate(client: SmartRecruiters, args: argparse.Namespace) -> None:
    _say(f"Activating {args.id}: SmartRecruiters now calls the callback URL back...")
    with user_input("ID"):
        await client.webhooks.activate(args.id, timeout=args.timeout)
    _say(f"Subscription {args.id} is active.")


async def _secret_key(client: SmartRecruiters, args: argparse.Namespace) -> None:
    with user_input("ID"):
        if args.generate:
            key = await client.webhooks.generate_secret_key(args.id)
        else:
            key = await client.webhooks.secret_key(args.id)
    print(key.secret_key, flush=True)
    if args.generate:
        _say("New signing key generated; the one it replaces stays valid for 24 hours.")


# Headers of the logged request that describe its transport, not the delivery: the forwarding
# session sets its own.
_TRANSPORT_HEADERS = frozenset(
    {"host", "content-length", "connection", "transfer-encoding", "accept-encoding", "expect"}
)


class _Forwarder:
    """A ``WebhookReceiving`` that POSTs each replayed delivery to a receiver's URL."""

    def __init__(self, session: aiohttp.ClientSession, url: str) -> None:
        self._session = session
        self._url = url

    async def receive(
        self, body: bytes, headers: Mapping[str, str], *, replay: bool = False
    ) -> ReceiveOutcome:
        sent = {k: v for k, v in headers.items() if k.lower() not in _TRANSPORT_HEADERS}
        try:
            async with self._session.post(self._url, data=body, headers=sent) as response:
                await response.read()
                status = response.status
        except (aiohttp.ClientError, OSError, TimeoutError) as exc:
            raise CommandFailed(f"--to {self._url}: {type(exc).__name__}: {exc}") from None
        return ReceiveOutcome(status, f"{self._url} answered {status}")


async def _replay(client: SmartRecruiters, args: argparse.Namespace) -> None:
    with user_input():  # the id and the range, checked as the log's reader checks them
        client.webhooks.callbacks_log(args.id, after=args.since, before=args.until)
    timeout = aiohttp.ClientTimeout(total=30)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        try:
            report = await client.webhooks.replay(
                args.id,
                _Forwarder(session, args.to),
                since=args.since,
                until=args.until,
                failed_only=not args.all,
            )
        except ValueError as exc:  # a logged callback that cannot be sent as it was
            raise CommandFailed(str(exc)) from None
    refused = report.refused
    for outcome in refused:
        _say(f"refused: {outcome.reason}")
    _say(
        f"Replayed {report.replayed} of {report.events} logged event(s) to {args.to} "
        f"({report.skipped} delivered already, {len(refused)} refused)."
    )
    if refused:
        raise CommandFailed(f"{len(refused)} replayed event(s) were not accepted by {args.to}")


def _runner(call: Call, what: str) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        auth = credential(what)
        base_url = _arguments.base_url_or_default(args.base_url)

        async def main() -> None:
            async with SmartRecruiters(auth=auth, base_url=base_url) as client:
                await call(client, args)

        run_until_stopped(main())
        return EXIT_OK

    return run


def _command(
    commands: _arguments.Commands, name: str, call: Call, summary: str, *, with_id: bool = True
) -> argparse.ArgumentParser:
    parser = commands.add_parser(name, help=summary, description=summary)
    _arguments.add_base_url_option(parser)
    if with_id:
        parser.add_argument("id", metavar="ID", help="the subscription's id")
    parser.set_defaults(run=_runner(call, f"webhooks {name}"))
    return parser


def add_commands(commands: _arguments.Commands) -> None:
    """Register the subscription commands of the ``webhooks`` group."""
    create = _command(
        commands,
        "create",
        _create,
        "Subscribe a callback URL to events (POST /subscriptions); prints the subscription. "
        f"A callback authentication takes its secret from ${CALLBACK_SECRET_ENV}.",
        with_id=False,
    )
    create.add_argument("--callback-url", required=True, metavar="URL", help="the receiver")
    create.add_argument(
        "--event",
        type=event,
        action="append",
        required=True,
        metavar="NAME[@VERSION]",
        help="an event to receive (job.created, application.status.updated...); repeat it",
    )
    create.add_argument("--alerting-email", metavar="ADDRESS", help="told of failed deliveries")
    add_callback_auth_options(create, oauth2=True)
    _command(
        commands, "list", _list, "Print every subscription (GET /subscriptions).", with_id=False
    )
    _command(commands, "get", _get, "Print one subscription (GET /subscriptions/{id}).")
    _command(commands, "delete", _delete, "Delete a subscription (DELETE /subscriptions/{id}).")
    activate = _command(
        commands,
        "activate",
        _activate,
        "Activate a subscription (PUT /subscriptions/{id}/activation): SmartRecruiters calls "
        "the callback URL with X-Hook-Secret and waits for the echo, so a receiver must answer "
        "it (e.g. 'webhooks listen --answer-activations').",
    )
    activate.add_argument(
        "--timeout",
        type=activation_timeout,
        default=30.0,
        metavar="SECONDS",
        help=f"longest wait (more than {MIN_ACTIVATION_TIMEOUT:g}, SmartRecruiters' own; "
        "default: 30)",
    )
    replay = _command(
        commands,
        "replay",
        _replay,
        "Deliver again the callbacks logged since --since (GET /subscriptions/{id}/callbacks-"
        "log), oldest first, each event once, to the receiver at --to (e.g. 'webhooks "
        "listen'); it checks them as live deliveries, so its timestamp tolerance applies. "
        "Exit 1 when it refuses one.",
    )
    replay.add_argument("--to", required=True, type=_callback_url, metavar="URL", help="receiver")
    replay.add_argument(
        "--since", required=True, type=_arguments.date_time, metavar="DATE", help="from (30 days)"
    )
    replay.add_argument("--until", type=_arguments.date_time, metavar="DATE", help="to (now)")
    replay.add_argument(
        "--all", action="store_true", help="also the events delivered already (else failed only)"
    )
    secret = _command(
        commands,
        "secret-key",
        _secret_key,
        "Print the subscription's latest signing key alone on stdout "
        "(GET /subscriptions/{id}/secret-key).",
    )
    secret.add_argument(
        "--generate",
        action="store_true",
        help="make a new key first (POST .../secret-key); the old one stays valid 24 hours",
    )
