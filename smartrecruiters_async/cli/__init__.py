"""The ``smartrecruiters-async`` command: an offline demo and a posting exporter.

Every user error ends in one line ``error: ...`` and exit status 2, every API, network or file
failure in one line naming what failed and exit status 1; SIGINT and SIGTERM stop a command
cleanly (exit status 128 + the signal), leaving no partial output behind.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from .. import __version__
from . import _demo, _postings
from ._arguments import ArgumentParser
from ._failures import report
from ._signals import Stopped, stopped_by_signals

__all__ = ["main"]


def build_parser() -> ArgumentParser:
    """The command's option parser, with every subcommand."""
    parser = ArgumentParser(
        prog="smartrecruiters-async",
        description="SmartRecruiters Customer API from the command line.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _demo.add_command(commands)
    _postings.add_commands(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit status."""
    with stopped_by_signals():
        try:
            args = build_parser().parse_args(argv)
            return int(args.run(args))
        except SystemExit as exc:  # --help and --version end here
            return exc.code if isinstance(exc.code, int) else 0
        except Stopped as stop:
            print(f"stopped by {stop.name}", file=sys.stderr, flush=True)
            return stop.exit_status
        except Exception as exc:
            status = report(exc)
            if status is None:
                raise
            return status
