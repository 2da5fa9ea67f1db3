"""``smartrecruiters-async webhooks ...``: the webhook command group.

Each command module of the group registers itself in ``add_commands`` below: ``listen`` (the
receiver) and the subscription commands.
"""

from __future__ import annotations

from . import _arguments, _webhooks_listen, _webhooks_subscriptions

__all__ = ["add_commands"]


def add_commands(commands: _arguments.Commands) -> _arguments.Commands:
    """Register the ``webhooks`` group and its commands; return the group's registry."""
    parser = commands.add_parser(
        "webhooks",
        help="receive SmartRecruiters webhooks and manage their subscriptions",
        description="Receive SmartRecruiters webhook deliveries and manage subscriptions.",
    )
    group = parser.add_subparsers(dest="webhooks_command", required=True, metavar="COMMAND")
    _webhooks_listen.add_command(group)
    _webhooks_subscriptions.add_commands(group)
    return group
