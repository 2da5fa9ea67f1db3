"""``smartrecruiters-async postings export COMPANY --out FILE``: a career site's postings."""

from __future__ import annotations

import argparse
import sys

from .._client import SmartRecruiters
from .._config import BASE_URL_ENV, DEFAULT_BASE_URL
from .._output import OutputFile
from . import _arguments
from ._export import finish, open_output, run_export, write_json_lines
from ._failures import EXIT_OK, user_input
from ._progress import Progress, sdk_notes

__all__ = ["add_commands"]


def add_commands(commands: _arguments.Commands) -> None:
    """Register ``postings`` and its subcommands."""
    postings = commands.add_parser("postings", help="Posting API commands (no credential needed)")
    posting_commands = postings.add_subparsers(
        dest="postings_command", required=True, metavar="COMMAND"
    )
    export = posting_commands.add_parser(
        "export",
        help="export a career site's published postings as JSON lines",
        description=(
            "Export every published posting of COMPANY, anonymously, one JSON object per line "
            "(as the server sent it, unknown fields included). A regular file is replaced only "
            "once the export is complete, keeping its mode (a new one gets the umask's); a "
            "symlink is followed; a device, a FIFO or '-' (standard output) is written through."
        ),
    )
    export.add_argument(
        "company", type=_arguments.company, help="the company identifier (career-site slug)"
    )
    export.add_argument(
        "--out", required=True, metavar="FILE", help="where to write the JSON lines ('-': stdout)"
    )
    export.add_argument(
        "--base-url",
        type=_arguments.base_url,
        default=None,
        metavar="URL",
        help=f"API host (default: ${BASE_URL_ENV} if set, else {DEFAULT_BASE_URL})",
    )
    export.add_argument(
        "--max-items", type=_arguments.count, default=None, metavar="N", help="stop after N"
    )
    export.add_argument(
        "--max-retries",
        type=_arguments.count,
        default=5,
        metavar="N",
        help="retries of a failed request, each shown as it happens (default: 5)",
    )
    export.add_argument(
        "--timeout",
        type=_arguments.positive_seconds,
        default=128.0,
        metavar="SECONDS",
        help="longest wait for one request (default: 128, as the API asks)",
    )
    export.set_defaults(run=_run_export)


def _run_export(args: argparse.Namespace) -> int:
    args.base_url = _arguments.base_url_or_default(args.base_url)
    output = open_output(args.out)  # before the first request: a bad --out costs nothing
    return run_export(output, _export(args, output))


async def _export(args: argparse.Namespace, output: OutputFile) -> int:
    progress = Progress(sys.stderr, "export")
    client = SmartRecruiters(
        base_url=args.base_url, timeout=args.timeout, max_retries=args.max_retries
    )
    with sdk_notes(progress):  # retries and 429 pauses appear as they happen
        async with client:
            with user_input():
                paginator = client.postings.list(args.company, max_items=args.max_items)
            count = await write_json_lines(paginator, output, progress, max_items=args.max_items)
    finish(output)
    if count == 0:
        print(
            f"note: {args.company!r} has no published postings at {args.base_url}; "
            "check the company identifier (the career site's slug)",
            file=sys.stderr,
        )
    print(f"Exported {count} postings of {args.company!r} to {output.name}.", file=sys.stderr)
    return EXIT_OK
