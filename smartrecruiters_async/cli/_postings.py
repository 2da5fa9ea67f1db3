"""``smartrecruiters-async postings export COMPANY --out FILE``: ``export postings`` by another
name, kept for the scripts that use it (the company as an argument, JSON lines)."""

from __future__ import annotations

import argparse

from . import _arguments
from ._list_export import add_export_options, run_list_export
from ._lists import Option, list_commands

__all__ = ["add_commands"]


def add_commands(commands: _arguments.Commands) -> None:
    """Register ``postings`` and its subcommands."""
    postings = commands.add_parser("postings", help="Posting API commands (no credential needed)")
    posting_commands = postings.add_subparsers(
        dest="postings_command", required=True, metavar="COMMAND"
    )
    export = posting_commands.add_parser(
        "export",
        help="export a career site's published postings as JSON lines (= export postings)",
        description=(
            "Export every published posting of COMPANY, anonymously, one JSON object per line "
            "(as the server sent it, unknown fields included); the same as 'export postings "
            "--company COMPANY', which has the filters, CSV, --shard and --resume. A regular "
            "file is replaced only once the export is complete, keeping its mode (a new one "
            "gets the umask's); a symlink is followed; a device, a FIFO or '-' (standard "
            "output) is written through."
        ),
    )
    export.add_argument(
        "company", type=_arguments.company, help="the company identifier (career-site slug)"
    )
    add_export_options(export, generic=False)
    (command,) = [c for c in list_commands() if c.route.operation_id == "v1.listPostings"]
    export.set_defaults(
        run=_run_export,
        list_command=command,
        list_options=[Option("company_identifier", "company", path=True)],
    )


def _run_export(args: argparse.Namespace) -> int:
    return run_list_export(
        args,
        empty_note=lambda host: (
            f"{args.company!r} has no published postings at {host}; "
            "check the company identifier (the career site's slug)"
        ),
    )
