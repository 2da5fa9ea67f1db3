"""``smartrecruiters-async demo``: an export from the embedded fake server in strict mode."""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from .._client import SmartRecruiters
from .._output import OutputFile
from ..governor import LocalGovernor, Policies
from . import _arguments
from ._export import finish, open_output, run_export, write_json_lines
from ._failures import EXIT_FAILED, EXIT_OK, UsageError
from ._progress import Progress, sdk_notes

if TYPE_CHECKING:
    from ..testing import ServerStats

__all__ = ["ALGORITHMS", "add_command"]

ALGORITHMS = ("sliding", "fixed", "token_bucket")
_COMPANY = "acme"


def _rate_after_first(stats: ServerStats) -> float:
    """Accepted arrivals per second after the first one (the rate of the parallel phase)."""
    times = sorted(a.time for a in stats.arrivals if a.accepted)[1:]
    if len(times) < 2 or times[-1] <= times[0]:
        return 0.0
    return (len(times) - 1) / (times[-1] - times[0])


def default_out() -> Path:
    """Where the demo writes when ``--out`` is not given (the same file every run)."""
    return Path(tempfile.gettempdir()) / "smartrecruiters-demo.jsonl"


def add_command(commands: _arguments.Commands) -> None:
    """Register ``demo``."""
    demo = commands.add_parser(
        "demo",
        help="export postings from an embedded fake server in strict throttling mode",
        description=(
            "Start the fake SmartRecruiters server in this process (no network), export its "
            "postings through the SDK's governor, and print the request rate, 429s and waits "
            "the server measured."
        ),
    )
    demo.add_argument(
        "--postings",
        type=_arguments.positive_count,
        default=5000,
        metavar="N",
        help="postings on the server (default: 5000)",
    )
    demo.add_argument(
        "--algorithm",
        choices=ALGORITHMS,
        default="sliding",
        help="the server's rate-limit window (default: sliding, the strictest)",
    )
    demo.add_argument(
        "--jitter",
        type=_arguments.seconds,
        default=0.05,
        metavar="SECONDS",
        help="largest network delay before the server counts an arrival (default: 0.05)",
    )
    demo.add_argument(
        "--latency-min",
        type=_arguments.seconds,
        default=0.15,
        metavar="SECONDS",
        help="shortest service time (default: 0.15)",
    )
    demo.add_argument(
        "--latency-max",
        type=_arguments.seconds,
        default=0.25,
        metavar="SECONDS",
        help="longest service time (default: 0.25)",
    )
    demo.add_argument(
        "--out",
        metavar="FILE",
        help=f"JSON-lines file to write, replaced each run ('-': stdout; default: {default_out()})",
    )
    demo.set_defaults(run=_run_demo)


def _run_demo(args: argparse.Namespace) -> int:
    if args.latency_min > args.latency_max:
        raise UsageError(
            f"--latency-min {args.latency_min:g} is above --latency-max {args.latency_max:g}"
        )
    output = open_output(args.out if args.out is not None else str(default_out()))
    return run_export(output, _demo(args, output))


async def _demo(args: argparse.Namespace, output: OutputFile) -> int:
    from ..testing import FakeSmartRecruiters  # the server is only needed by the demo

    # The report goes where the data does not: stdout, unless the export itself is there.
    report = sys.stderr if args.out == "-" else sys.stdout
    policies = Policies()
    server = FakeSmartRecruiters(
        policies=policies,
        algorithm=args.algorithm,
        arrival_jitter=(0.0, args.jitter),
        latency=(args.latency_min, args.latency_max),
        postings=args.postings,
        company=_COMPANY,
        # Apart from the client's loop, as the real API is: writing the export there must not
        # delay when the server counts an arrival.
        threaded=True,
    )
    async with server:
        governor = LocalGovernor(policies)
        print(
            f"Fake SmartRecruiters at {server.url}: {args.postings} postings, {args.algorithm} "
            f"window, {policies.rates['default']:g} req/s and "
            f"{policies.slots('default')} in flight per credential, arrival jitter "
            f"0-{args.jitter * 1000:.0f} ms, latency {args.latency_min * 1000:.0f}-"
            f"{args.latency_max * 1000:.0f} ms.",
            file=report,
            flush=True,
        )
        started = time.monotonic()
        progress = Progress(sys.stderr, "export")
        with sdk_notes(progress):
            async with SmartRecruiters(base_url=server.url, governor=governor) as client:
                paginator = client.postings.list(_COMPANY)
                count = await write_json_lines(paginator, output, progress, max_items=None)
        finish(output)
        elapsed = time.monotonic() - started
        stats = server.stats
        limit = policies.rates["default"]
        overall, steady = stats.achieved_rate(), _rate_after_first(stats)
        ceiling = 1 / policies.pacing_span  # share of the limit that strict pacing allows
        gstats = governor.stats()
        print(f"Exported {count} postings to {output.name} in {elapsed:.2f} s.", file=report)
        print(
            f"Requests: {stats.count(accepted_only=True)} at {overall:.2f} req/s measured at the "
            f"server ({overall / limit:.1%} of the {limit:g} req/s limit), {steady:.2f} req/s "
            f"after the first page ({steady / limit:.1%}). The other pages can start only once "
            "the first has told the total, and strict pacing sends one request every (1 s + "
            f"{policies.arrival_jitter * 1000:.0f} ms jitter margin + "
            f"{policies.send_slack * 1000:.0f} ms slack) / {limit:g}: at most {ceiling:.1%} of "
            "the limit over a long run (arrival jitter moves single arrivals).",
            file=report,
        )
        print(
            f"429 responses: {stats.total_429}; governor waits: {gstats.waited} "
            f"({gstats.wait_seconds:.1f} s in total); peak in flight: "
            f"{stats.max_in_flight.get('default', 0)}.",
            file=report,
        )
    return EXIT_OK if stats.total_429 == 0 else EXIT_FAILED
