"""The command's option parser: every subcommand, registered by the module that runs it."""

from __future__ import annotations

from .. import __version__
from . import _demo, _fake_server, _list_export, _postings, _webhooks
from ._arguments import ArgumentParser

__all__ = ["build_parser"]


def build_parser() -> ArgumentParser:
    """The ``smartrecruiters-async`` parser, with every subcommand."""
    parser = ArgumentParser(
        prog="smartrecruiters-async",
        description="SmartRecruiters Customer API from the command line.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _demo.add_command(commands)
    _fake_server.add_command(commands)
    _list_export.add_command(commands)
    _postings.add_commands(commands)
    _webhooks.add_commands(commands)
    return parser
