"""Assessment partner app models (assessment-partner-app.json): what SmartRecruiters sends to a
partner's host. Only the ``/packages`` query and the OAuth token exchange are published
(remaining-apis.md §13); package and order bodies stay raw JSON."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from ._base import model, wire

__all__ = ["PackageQuery", "PartnerAccessToken", "PartnerTokenRequest"]


@model
class PackageQuery:
    """``GET /packages``: the candidate's location (``country-code``, ``region-abbr``, ``city``,
    ``address``, ``postal-code``, ``remote``), the ``requester`` header (JSON) and ``fields``,
    the partner-defined parameters the customer bound, as sent."""

    country_code: str | None = None
    region_abbr: str | None = None
    city: str | None = None
    address: str | None = None
    postal_code: str | None = None
    remote: str | None = None
    requester: Any = None
    fields: Mapping[str, str] = attrs.field(factory=dict)


@model
class PartnerTokenRequest:
    """``POST /oauth/token`` (form): an OAuth 2.0 client-credentials request (RFC 6749 4.4).
    The secret is never shown in ``repr``."""

    grant_type: str
    client_id: str | None = None
    client_secret: str | None = attrs.field(default=None, repr=False)
    scope: str | None = None


@model
class PartnerAccessToken:
    """The partner's token answer (RFC 6749 5.1), sent as JSON with snake_case keys."""

    access_token: str = attrs.field(repr=False, metadata={"wire": "access_token"})
    token_type: str = wire("token_type", "bearer")
    expires_in: int | None = wire("expires_in")
