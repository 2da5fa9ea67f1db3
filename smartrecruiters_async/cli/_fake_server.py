"""``smartrecruiters-async fake-server``: the embedded fake API, served until stopped.

For trying an app or a script against something that behaves like SmartRecruiters (seeded
data, the throttling policies, 429s) without a credential or the network: point the client's
``base_url`` (or ``SMARTRECRUITERS_BASE_URL``) at the URL it prints.
"""

from __future__ import annotations

import argparse
import os

from . import _arguments
from ._credentials import CLIENT_ID_ENV, CLIENT_SECRET_ENV
from ._demo import ALGORITHMS
from ._failures import UsageError, listening_on
from ._serving import run_server, serve_until_stopped

__all__ = ["add_command"]

DEFAULT_PORT = 8080


def _oauth_client() -> dict[str, str]:
    client_id, secret = os.environ.get(CLIENT_ID_ENV), os.environ.get(CLIENT_SECRET_ENV)
    if not client_id or not secret:
        raise UsageError(f"--oauth needs ${CLIENT_ID_ENV} and ${CLIENT_SECRET_ENV} set")
    return {client_id: secret}


def add_command(commands: _arguments.Commands) -> None:
    """Register ``fake-server``."""
    fake = commands.add_parser(
        "fake-server",
        help="serve the fake SmartRecruiters API on 127.0.0.1 until stopped",
        description=(
            "Serve the fake SmartRecruiters server that the demo and the tests use, on "
            "127.0.0.1 only, until SIGINT (Ctrl-C) or SIGTERM: every operation of the client "
            "with seeded data, the documented throttling limits (10 requests/s, 8 in flight "
            "per credential) and 429s with Retry-After beyond them. Any X-SmartToken is "
            "accepted. Point an app at the URL it prints (base_url=..., or the "
            "SMARTRECRUITERS_BASE_URL environment variable)."
        ),
    )
    fake.add_argument(
        "--port",
        type=_arguments.port,
        default=DEFAULT_PORT,
        metavar="N",
        help=f"TCP port (default: {DEFAULT_PORT}; 0: any free port, printed)",
    )
    fake.add_argument(
        "--algorithm",
        choices=ALGORITHMS,
        default="sliding",
        help="the rate-limit window (default: sliding, the strictest)",
    )
    fake.add_argument(
        "--seed", type=int, default=0, metavar="N", help="seed of the data and delays (default: 0)"
    )
    fake.add_argument(
        "--company",
        type=_arguments.company,
        default="acme",
        help="the company identifier whose career site it serves (default: acme)",
    )
    fake.add_argument(
        "--postings",
        type=_arguments.count,
        default=5000,
        metavar="N",
        help="published postings (default: 5000)",
    )
    fake.add_argument(
        "--jitter",
        type=_arguments.seconds,
        default=0.0,
        metavar="SECONDS",
        help="largest network delay before an arrival is counted (default: 0)",
    )
    fake.add_argument(
        "--latency-min",
        type=_arguments.seconds,
        default=0.0,
        metavar="SECONDS",
        help="shortest service time (default: 0)",
    )
    fake.add_argument(
        "--latency-max",
        type=_arguments.seconds,
        default=0.0,
        metavar="SECONDS",
        help="longest service time (default: 0)",
    )
    fake.add_argument(
        "--oauth",
        action="store_true",
        help=(
            "also serve OAuth 2.0 tokens to the client whose id and secret are in "
            f"${CLIENT_ID_ENV} and ${CLIENT_SECRET_ENV} (secrets stay out of the command line)"
        ),
    )
    fake.set_defaults(run=_run)


def _run(args: argparse.Namespace) -> int:
    if args.latency_min > args.latency_max:
        raise UsageError(
            f"--latency-min {args.latency_min:g} is above --latency-max {args.latency_max:g}"
        )
    args.oauth_clients = _oauth_client() if args.oauth else None
    return run_server(_serve(args))


async def _serve(args: argparse.Namespace) -> int:
    from ..testing import FakeOAuth, FakeSmartRecruiters  # only this command and the demo

    oauth = FakeOAuth(clients=args.oauth_clients) if args.oauth_clients else None
    server = FakeSmartRecruiters(
        oauth=oauth,
        algorithm=args.algorithm,
        seed=args.seed,
        company=args.company,
        postings=args.postings,
        arrival_jitter=(0.0, args.jitter),
        latency=(args.latency_min, args.latency_max),
        port=args.port,
    )
    with listening_on(args.port):
        await server.start()
    banner = (
        f"Fake SmartRecruiters serving {server.url} (company {args.company!r}, "
        f"{args.postings} postings, {args.algorithm} window"
        f"{', OAuth on' if oauth else ''}); stop with Ctrl-C"
    )

    def summary() -> str:
        stats = server.stats
        return f"stopped after {stats.count()} requests ({stats.total_429} answered 429)"

    return await serve_until_stopped(banner, server.close, summary)
