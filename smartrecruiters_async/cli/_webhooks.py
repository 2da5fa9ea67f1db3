"""``smartrecruiters-async webhooks ...``: the webhook command group.

Each command module of the group registers itself in ``add_commands`` below; a new one (the
subscription commands) adds one line there: ``_its_module.add_commands(group)``, where ``group``
is the group's ``add_subparsers()`` result and each parser sets ``run=`` as the other commands do.
"""

from __future__ import annotations

from . import _arguments, _webhooks_listen

__all__ = ["add_commands"]


def add_commands(commands: _arguments.Commands) -> _arguments.Commands:
    """Register the ``webhooks`` group and its commands; return the group's registry."""
    parser = commands.add_parser(
        "webhooks",
        help="receive SmartRecruiters webhooks",
        description="Receive SmartRecruiters webhook deliveries.",
    )
    group = parser.add_subparsers(dest="webhooks_command", required=True, metavar="COMMAND")
    _webhooks_listen.add_command(group)
    return group
