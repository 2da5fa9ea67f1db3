"""The callback authentication options of ``webhooks create`` (what SmartRecruiters will send)
and ``webhooks listen`` (what the receiver requires): one set of options for both.

The secret (password, header value, client secret) comes from ``$SMARTRECRUITERS_CALLBACK_SECRET``
only, never from an option, which ``ps`` and shell history would show.
"""

from __future__ import annotations

import argparse
import os

from ..models.webhook_subscriptions import (
    BasicCallbackAuth,
    CallbackAuth,
    HeaderCallbackAuth,
    OAuth2CallbackAuth,
)
from ._failures import UsageError

__all__ = ["CALLBACK_SECRET_ENV", "add_callback_auth_options", "callback_authentication"]

CALLBACK_SECRET_ENV = "SMARTRECRUITERS_CALLBACK_SECRET"  # noqa: S105 - a variable's name
"""The password, header value or client secret of a callback authentication."""


def add_callback_auth_options(parser: argparse.ArgumentParser, *, oauth2: bool) -> None:
    """``--basic-auth USERNAME`` | ``--header-auth X-NAME`` (and with ``oauth2``,
    ``--oauth2-auth CLIENT_ID --token-url URL``), mutually exclusive."""
    auth = parser.add_mutually_exclusive_group()
    auth.add_argument("--basic-auth", metavar="USERNAME", help="HTTP Basic on every callback")
    auth.add_argument("--header-auth", metavar="X-NAME", help="a header on every callback")
    if oauth2:
        auth.add_argument(
            "--oauth2-auth", metavar="CLIENT_ID", help="a bearer token from --token-url's service"
        )
        parser.add_argument("--token-url", metavar="URL", help="the token service of --oauth2-auth")


def _secret(option: str) -> str:
    secret = os.environ.get(CALLBACK_SECRET_ENV)
    if not secret:
        raise UsageError(f"{option} needs ${CALLBACK_SECRET_ENV} set to its secret")
    return secret


def callback_authentication(args: argparse.Namespace) -> CallbackAuth | None:
    """The authentication the options name; ``UsageError`` for an incomplete one."""
    oauth2_auth, token_url = getattr(args, "oauth2_auth", None), getattr(args, "token_url", None)
    if token_url is not None and oauth2_auth is None:
        raise UsageError("--token-url goes with --oauth2-auth CLIENT_ID")
    if args.basic_auth is not None:
        return BasicCallbackAuth(username=args.basic_auth, password=_secret("--basic-auth"))
    if args.header_auth is not None:
        return HeaderCallbackAuth(
            header_name=args.header_auth, header_value=_secret("--header-auth")
        )
    if oauth2_auth is not None:
        if token_url is None:
            raise UsageError("--oauth2-auth needs --token-url URL (the token service)")
        return OAuth2CallbackAuth(
            client_id=oauth2_auth,
            client_secret=_secret("--oauth2-auth"),
            token_service_url=token_url,
        )
    return None
