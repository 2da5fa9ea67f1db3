"""Where the commands take the credential from: the environment only, never an option that
``ps`` and shell history would show.

``$SMARTRECRUITERS_API_KEY`` (an API key), else ``$SMARTRECRUITERS_CLIENT_ID`` and
``$SMARTRECRUITERS_CLIENT_SECRET`` (an OAuth client, client-credentials grant).
"""

from __future__ import annotations

import os

from .._auth import ApiKey, Auth
from .._oauth.flows import OAuthClientCredentials
from ._failures import UsageError, user_input

__all__ = ["API_KEY_ENV", "CLIENT_ID_ENV", "CLIENT_SECRET_ENV", "credential"]

API_KEY_ENV = "SMARTRECRUITERS_API_KEY"
CLIENT_ID_ENV = "SMARTRECRUITERS_CLIENT_ID"
CLIENT_SECRET_ENV = "SMARTRECRUITERS_CLIENT_SECRET"  # noqa: S105 - a variable's name


def credential(needed_by: str, *, required: bool = True) -> Auth | None:
    """The credential of the environment; ``None`` when none is set and ``required`` is false.

    Raises ``UsageError`` naming the variables (``needed_by`` says which command needs them)
    when none is set and one is required, or when the one set is unusable.
    """
    key = os.environ.get(API_KEY_ENV)
    client_id, secret = os.environ.get(CLIENT_ID_ENV), os.environ.get(CLIENT_SECRET_ENV)
    with user_input(f"${API_KEY_ENV}" if key else f"${CLIENT_SECRET_ENV}"):
        if key:
            return ApiKey(key)
        if client_id and secret:
            return OAuthClientCredentials(client_id, secret)
    if not required:
        return None
    raise UsageError(
        f"{needed_by} needs a credential: set ${API_KEY_ENV}, or "
        f"${CLIENT_ID_ENV} and ${CLIENT_SECRET_ENV}"
    )
