"""The ``smartrecruiters-async`` command: an offline demo, the fake server, a posting exporter.

Every user error ends in one line ``error: ...`` and exit status 2, every API, network or file
failure in one line naming what failed and exit status 1; SIGINT and SIGTERM stop a command
cleanly (exit status 128 + the signal), leaving no partial output behind.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from ._failures import EXIT_FAILED, report
from ._signals import Stopped, stopped_by_signals

__all__ = ["main"]

_EXTRA_HINT = (
    "error: the command line needs the 'cli' extra: pip install 'smartrecruiters-async[cli]'"
)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit status."""
    try:
        from ._parser import build_parser
    except ModuleNotFoundError as exc:  # installed without the extra that brings tqdm
        if exc.name != "tqdm":
            raise
        print(_EXTRA_HINT, file=sys.stderr)
        return EXIT_FAILED
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
