"""OAuth 2.0: client credentials and authorization code flows, tokens, stores and errors."""

from .authorize import AuthorizationRequest
from .channel import TokenChannel
from .errors import (
    AuthorizationRequiredError,
    InvalidClientError,
    InvalidGrantError,
    OAuthError,
    OAuthScopeError,
    OAuthStateError,
    RefreshTokenRevokedError,
)
from .flows import OAuthAuthorizationCode, OAuthClientCredentials, OnRotate
from .store import FileTokenStore, MemoryTokenStore, TokenStore
from .tokens import TokenSet

__all__ = [
    "AuthorizationRequest",
    "AuthorizationRequiredError",
    "FileTokenStore",
    "InvalidClientError",
    "InvalidGrantError",
    "MemoryTokenStore",
    "OAuthAuthorizationCode",
    "OAuthClientCredentials",
    "OAuthError",
    "OAuthScopeError",
    "OAuthStateError",
    "OnRotate",
    "RefreshTokenRevokedError",
    "TokenChannel",
    "TokenSet",
    "TokenStore",
]
