"""smartrecruiters_async: the asyncio SDK for the SmartRecruiters Customer API.

Every request passes a governor that keeps one credential within the server's throttling limits
while using almost all of them, so bulk paging runs at full speed without a single 429.
"""

from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING, Any

from ._auth import Anonymous, ApiKey, Auth
from ._client import SmartRecruiters
from ._config import ClientConfig
from ._download import Download
from ._errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    GovernorTimeoutError,
    GovernorUnavailableError,
    MissingScopeError,
    NotFoundError,
    PagingError,
    PermissionDeniedError,
    RateLimitedError,
    ReportGenerationError,
    ReportTimeoutError,
    ResponseDecodeError,
    ServerError,
    SmartRecruitersError,
    StreamInterruptedError,
    UnprocessableEntityError,
)
from ._files import FileInput, Upload
from ._oauth import (
    AuthorizationRequest,
    AuthorizationRequiredError,
    FileTokenStore,
    InvalidClientError,
    InvalidGrantError,
    MemoryTokenStore,
    OAuthAuthorizationCode,
    OAuthClientCredentials,
    OAuthError,
    OAuthScopeError,
    OAuthStateError,
    RefreshTokenRevokedError,
    TokenSet,
    TokenStore,
)
from ._paginator import AsyncPaginator, ListChangedWarning, Page
from ._protocol.decode import ErrorBody, RateLimitInfo
from ._protocol.json_value import JsonValue
from ._protocol.routes import ROUTES as _ROUTES
from ._protocol.routes import AuthMode, Body, Paging, Route, RouteTable
from ._raw_responses import RawApiResponse, RawResponses
from ._transport import AsyncTransport
from ._warnings import SchemaDriftWarning
from .governor import Governor, GovernorStats, LocalGovernor, Policies, Priority
from .json_patch import JsonPatch
from .models.postings import Destination, LocationType
from .resources.analytics import AnalyticsEndpoint
from .webhooks import (
    ActivationToken,
    DedupeStore,
    KeySet,
    MemoryDedupeStore,
    ReceiveOutcome,
    SigningKey,
    UnknownEvent,
    WebhookAuthenticationError,
    WebhookBodyTooLargeError,
    WebhookContentTypeError,
    WebhookError,
    WebhookEvent,
    WebhookHeaderError,
    WebhookLinkError,
    WebhookPayloadError,
    WebhookReceiver,
    WebhookSignatureError,
    WebhookTimestampError,
)

if TYPE_CHECKING:
    from .governor.redis import RedisGovernor
    from .webhooks.redis_dedupe import RedisDedupeStore

try:
    __version__ = version("smartrecruiters-async")
except PackageNotFoundError:  # a source tree that was not installed
    __version__ = "0+unknown"


def operations() -> RouteTable:
    """The route table: every operation the SDK knows, as read-only ``Route`` entries by
    operationId (method, path, throttling classes, paging style, idempotency, body kinds)."""
    return _ROUTES


def __getattr__(name: str) -> Any:
    # RedisGovernor needs the optional ``redis`` extra: import it only when asked for.
    if name == "RedisGovernor":
        try:
            from .governor.redis import RedisGovernor
        except ModuleNotFoundError as exc:
            if (exc.name or "").partition(".")[0] != "redis":
                raise
            raise ImportError(
                "RedisGovernor needs the redis extra: pip install 'smartrecruiters-async[redis]'"
            ) from exc
        return RedisGovernor
    if name == "RedisDedupeStore":
        from . import webhooks

        return webhooks.RedisDedupeStore
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "AsyncTransport",
    "JsonPatch",
    "JsonValue",
    "Upload",
    "FileInput",
    "Download",
    "APIConnectionError",
    "AnalyticsEndpoint",
    "APIStatusError",
    "APITimeoutError",
    "Anonymous",
    "ApiKey",
    "AsyncPaginator",
    "Auth",
    "AuthMode",
    "AuthenticationError",
    "BadRequestError",
    "Body",
    "ClientConfig",
    "ConflictError",
    "Destination",
    "ErrorBody",
    "Governor",
    "GovernorStats",
    "GovernorTimeoutError",
    "GovernorUnavailableError",
    "LocalGovernor",
    "LocationType",
    "NotFoundError",
    "ListChangedWarning",
    "Page",
    "PagingError",
    "Paging",
    "PermissionDeniedError",
    "Policies",
    "Priority",
    "RateLimitInfo",
    "RateLimitedError",
    "ReportGenerationError",
    "ReportTimeoutError",
    "RedisGovernor",
    "RawApiResponse",
    "RawResponses",
    "ResponseDecodeError",
    "SchemaDriftWarning",
    "Route",
    "RouteTable",
    "ServerError",
    "SmartRecruiters",
    "SmartRecruitersError",
    "StreamInterruptedError",
    "UnprocessableEntityError",
    "__version__",
    "operations",
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
    "RefreshTokenRevokedError",
    "TokenSet",
    "TokenStore",
    "MissingScopeError",
    "ActivationToken",
    "DedupeStore",
    "KeySet",
    "MemoryDedupeStore",
    "ReceiveOutcome",
    "RedisDedupeStore",
    "SigningKey",
    "UnknownEvent",
    "WebhookAuthenticationError",
    "WebhookBodyTooLargeError",
    "WebhookContentTypeError",
    "WebhookError",
    "WebhookEvent",
    "WebhookHeaderError",
    "WebhookLinkError",
    "WebhookPayloadError",
    "WebhookReceiver",
    "WebhookSignatureError",
    "WebhookTimestampError",
]
