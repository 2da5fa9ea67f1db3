"""OAuth errors: what the token endpoint refused, and what to do about it.

Messages name the remedy; none contains a client secret, token, refresh token or code, even when
the server echoes one back in its error description.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from .._errors import SmartRecruitersError
from .._protocol.decode import error_for_status
from .._transport import RawResponse

__all__ = [
    "AuthorizationRequiredError",
    "InvalidClientError",
    "InvalidGrantError",
    "OAuthError",
    "OAuthScopeError",
    "OAuthStateError",
    "RefreshTokenRevokedError",
    "token_error",
]

_REDACTED = "[redacted]"


class OAuthError(SmartRecruitersError):
    """The token endpoint refused a request, or an OAuth flow cannot continue.

    ``error`` is the OAuth error code (``invalid_client``, ``invalid_grant``, ...) when the
    server sent one, ``description`` its explanation (credentials redacted), ``status`` the
    HTTP status.
    """

    def __init__(
        self,
        message: str,
        *,
        error: str | None = None,
        description: str | None = None,
        status: int | None = None,
    ) -> None:
        detail = f" (server said: {description})" if description else ""
        super().__init__(message + detail)
        self.error = error
        self.description = description
        self.status = status


class InvalidClientError(OAuthError):
    """The client id or secret was refused (``invalid_client``, ``unauthorized_client``)."""


class InvalidGrantError(OAuthError):
    """The grant was refused (``invalid_grant``): a used or expired code, a wrong redirect URI."""


class RefreshTokenRevokedError(InvalidGrantError):
    """The refresh token is dead (revoked, expired after 28 idle days, or already used):
    the user must authorize the app again."""


class OAuthScopeError(OAuthError):
    """A requested scope is not granted to this client (``invalid_scope``)."""


class AuthorizationRequiredError(OAuthError):
    """No token to use or renew yet: run the authorization code flow first."""


class OAuthStateError(OAuthError):
    """The ``state`` returned to the redirect URI is not one this app issued (or it expired):
    the callback may be forged or replayed, so its code is not exchanged."""


_REAUTHORIZE = (
    "send the user through OAuthAuthorizationCode.authorization_url() and exchange_code() again"
)


def token_error(
    raw: RawResponse, *, grant: str, method: str, secrets: Iterable[str | None]
) -> Exception:
    """The exception for a token endpoint's error response to a ``grant`` request.

    OAuth error bodies (``{"error", "error_description"}``) become ``OAuthError`` subclasses;
    anything else (an HTML 502, the API's own error shape) goes through the usual status
    mapping. Every occurrence of ``secrets`` in the server's text is redacted first.
    """
    hidden = [s for s in secrets if s]
    body = raw.body.decode("utf-8", "replace")
    for secret in hidden:
        body = body.replace(secret, _REDACTED)
    error, description = _oauth_fields(body)
    if error is None:
        if raw.status == 401:
            return InvalidClientError(
                "the token endpoint refused the client credentials (401): check the client id "
                "and secret of the OAuth credential (Settings > Apps & Integrations > "
                "Credential Manager)",
                status=401,
            )
        return error_for_status(
            status=raw.status, method=method, url=raw.url, body=body.encode(), headers=raw.headers
        )

    def made(cls: type[OAuthError], message: str) -> OAuthError:
        return cls(message, error=error, description=description, status=raw.status)

    if error == "invalid_client":
        return made(
            InvalidClientError,
            "invalid_client: the client id or secret was refused; check the OAuth credential "
            "(Settings > Apps & Integrations > Credential Manager) and that it was not deleted",
        )
    if error == "unauthorized_client":
        return made(
            InvalidClientError,
            f"unauthorized_client: this client may not use the {grant} grant; check the app's "
            "OAuth configuration",
        )
    if error == "invalid_scope":
        return made(
            OAuthScopeError,
            "invalid_scope: a requested scope is not granted to this client; request only the "
            "scopes the credential was created with (or pass scopes=None for its defaults)",
        )
    if error == "invalid_grant" and grant == "refresh_token":
        return made(
            RefreshTokenRevokedError,
            "invalid_grant: the refresh token was refused (revoked, expired or already used); "
            + _REAUTHORIZE,
        )
    if error == "invalid_grant" and grant == "authorization_code":
        return made(
            InvalidGrantError,
            "invalid_grant: the authorization code was refused (codes are single-use and "
            "short-lived, and redirect_uri must match the one used to authorize); " + _REAUTHORIZE,
        )
    if error == "invalid_grant":
        return made(
            InvalidGrantError,
            f"invalid_grant: the {grant} grant was refused; check the credential's "
            "system role and access group",
        )
    return made(OAuthError, f"{error}: the token endpoint refused the {grant} grant")


def _oauth_fields(body: str) -> tuple[str | None, str | None]:
    try:
        data = json.loads(body)
    except ValueError:
        return None, None
    if not isinstance(data, dict) or not isinstance(data.get("error"), str):
        return None, None
    description = data.get("error_description")
    text = description[:300] if isinstance(description, str) and description else None
    return data["error"], text
