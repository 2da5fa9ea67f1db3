"""``smartrecruiters-async webhooks listen``: print every verified delivery as a JSON line.

The signing keys come from ``$SMARTRECRUITERS_WEBHOOK_KEYS`` (never from an option, which
``ps`` and shell history would show). Refusals are one ``refused ...`` line each on stderr.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from typing import Any

from aiohttp import web

from .._protocol.webhooks import DEFAULT_TOLERANCE, KeySet
from ..webhooks import WebhookEvent, WebhookReceiver
from . import _arguments
from ._callback_auth import CALLBACK_SECRET_ENV, add_callback_auth_options, callback_authentication
from ._failures import UsageError, listening_on
from ._serving import run_server, serve_until_stopped

__all__ = ["KEYS_ENV", "add_command"]

KEYS_ENV = "SMARTRECRUITERS_WEBHOOK_KEYS"
DEFAULT_PORT = 8081


def add_command(commands: _arguments.Commands) -> None:
    """Register ``webhooks listen``."""
    listen = commands.add_parser(
        "listen",
        help="serve a webhook receiver and print verified events as JSON lines",
        description=(
            "Serve a webhook receiver until SIGINT (Ctrl-C) or SIGTERM. Every delivery whose "
            "v1 signature matches one of the keys in the environment variable "
            f"{KEYS_ENV} (the subscriptions' secretKey values, separated by commas or "
            "spaces) is answered 202 and printed on stdout as one JSON line (name, version, "
            "id, timestamp, url, payload); duplicates by event-id are printed once; anything "
            "else gets a 4xx and one line on stderr. With --basic-auth or --header-auth, "
            f"deliveries must also carry that callback authentication (its secret from "
            f"${CALLBACK_SECRET_ENV}). SmartRecruiters calls HTTPS URLs only: put a TLS proxy "
            "or tunnel in front."
        ),
    )
    listen.add_argument(
        "--port",
        type=_arguments.port,
        default=DEFAULT_PORT,
        metavar="N",
        help=f"TCP port (default: {DEFAULT_PORT}; 0: any free port, printed)",
    )
    listen.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)"
    )
    listen.add_argument("--path", default="/", help="URL path of the receiver (default: /)")
    listen.add_argument(
        "--base-url",
        type=_arguments.base_url,
        default=None,
        metavar="URL",
        help="the API the link headers must point at (default: $SMARTRECRUITERS_BASE_URL, "
        "else the production API)",
    )
    listen.add_argument(
        "--tolerance",
        type=_arguments.positive_seconds,
        default=DEFAULT_TOLERANCE,
        metavar="SECONDS",
        help=f"oldest accepted delivery timestamp (default: {DEFAULT_TOLERANCE:.0f}, 72 h)",
    )
    add_callback_auth_options(listen, oauth2=False)
    listen.add_argument(
        "--answer-activations",
        action="store_true",
        help="answer every activation handshake (X-Hook-Secret), for activating subscriptions",
    )
    listen.set_defaults(run=_run)


def _keys() -> KeySet:
    secrets = os.environ.get(KEYS_ENV, "").replace(",", " ").split()
    if not secrets:
        raise UsageError(f"set ${KEYS_ENV} to the subscription's secretKey (comma-separated)")
    try:
        return KeySet.of(*secrets)
    except ValueError as exc:
        raise UsageError(f"${KEYS_ENV}: {exc}") from None


def as_json(event: WebhookEvent[Any]) -> str:
    """One event as the JSON line ``listen`` prints."""
    return json.dumps(
        {
            "name": event.name,
            "version": event.version,
            "id": event.id,
            "timestamp": event.timestamp.isoformat(),
            "url": event.url,
            "payload": dict(event.raw),
        },
        ensure_ascii=False,
    )


class _Lines(logging.Handler):
    """The receiver's log as one line per record on stderr (no tracebacks); the accepted
    events are on stdout already."""

    def emit(self, record: logging.LogRecord) -> None:
        text = record.getMessage().removeprefix("webhook ")
        if not text.startswith("accepted"):
            print(text, file=sys.stderr, flush=True)


def _run(args: argparse.Namespace) -> int:
    keys = _keys()
    args.callback_authentication = callback_authentication(args)
    base_url = _arguments.base_url_or_default(args.base_url)
    if not args.path.startswith("/"):
        raise UsageError(f"--path must start with '/', got {args.path!r}")
    return run_server(_serve(args, keys, base_url))


async def _serve(args: argparse.Namespace, keys: KeySet, base_url: str) -> int:
    async def print_event(event: WebhookEvent[Any]) -> None:
        print(as_json(event), flush=True)

    receiver = WebhookReceiver(
        print_event,
        keys=keys,
        tolerance=args.tolerance,
        dedupe_window=max(DEFAULT_TOLERANCE, args.tolerance),
        api_base_url=base_url,
        answer_activations=args.answer_activations,
        callback_authentication=args.callback_authentication,
    )
    logger = logging.getLogger("smartrecruiters_async.webhooks")
    logger.addHandler(_Lines())
    logger.setLevel(logging.INFO)
    runner = web.AppRunner(receiver.aiohttp_app(args.path), access_log=None)
    await runner.setup()
    try:
        with listening_on(args.port):
            await web.TCPSite(runner, args.host, args.port).start()
    except BaseException:
        await runner.cleanup()
        raise
    port = runner.addresses[0][1]
    banner = (
        f"Listening for SmartRecruiters webhooks on http://{args.host}:{port}{args.path} "
        f"({len(keys)} signing key(s)); stop with Ctrl-C"
    )

    def summary() -> str:
        stats = receiver.stats
        return (
            f"stopped after {stats.accepted} events ({stats.duplicates} duplicates, "
            f"{stats.refused} refused)"
        )

    return await serve_until_stopped(banner, runner.cleanup, summary)
