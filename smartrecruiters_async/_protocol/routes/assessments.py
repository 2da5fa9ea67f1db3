"""Assessment APIs: the customer's orders (``assessments-api.json``), the partner's calls to
SmartRecruiters (``assessment-partner-api.json``, bearer only) and the partner app that
SmartRecruiters calls (``assessment-partner-app.json``, served by ``partner_app``)."""

from __future__ import annotations

from typing import Any

from ...models.assessments import PartnerAccessToken
from ..json_value import AsSent
from ._route import AuthMode, Body, RouteGroup, param

_ORDERS = RouteGroup("assessments", spec="assessments-api.json")
ORDERS = _ORDERS.route(
    "GET",
    "orders.getList",
    "/assessment-api/v202107/assessment-orders",
    returns=AsSent,
    query=(param("application_id", required=True),),
)

_PARTNER = RouteGroup(
    "assessment_partner", spec="assessment-partner-api.json", auth=AuthMode.BEARER_ONLY
)
_API = "/assessment-api/v202010"
CONFIG = _PARTNER.route("GET", "getPartnerConfig", _API + "/partner/configuration", returns=AsSent)
SAVE_CONFIG = _PARTNER.route(
    "PUT", "savePartnerConfig", _API + "/partner/configuration", returns=AsSent, body=Any
)
SET_UP = _PARTNER.route(
    "POST", "setUpIntegration", _API + "/integration/company/{company_id}", returns=AsSent, body=Any
)
RESULTS = _PARTNER.route(
    "PATCH", "packageResultUpdate", _API + "/orders/{order_id}/results", returns=AsSent, body=Any
)
# The manifest accepts either credential here, unlike the rest of the partner API.
ATTACHMENT = _PARTNER.route(
    "POST",
    "addAttachmentToOrder",
    _API + "/orders/{order_id}/results/attachment",
    returns=AsSent,
    request_body=Body.MULTIPART,
    auth=AuthMode.EITHER,
)

# The partner's host, not SmartRecruiters': the client refuses these (partner_implements).
_APP = RouteGroup(
    "assessment_partner_app", spec="assessment-partner-app.json", partner_implements=True
)
CONSENT = _APP.route("GET", "askForConsent", "/integration", returns=AsSent, auth=AuthMode.PUBLIC)
DELETE_INTEGRATION = _APP.route(
    "DELETE", "deleteIntegration", "/integrations/companies/{company_id}"
)
PACKAGES = _APP.route(
    "GET",
    "listPackages",
    "/packages",
    returns=AsSent,
    query=tuple(
        param(name, wire=name.replace("_", "-"))
        for name in ("country_code", "region_abbr", "city", "address", "postal_code", "remote")
    ),
)
PACKAGE = _APP.route("GET", "getPackageById", "/packages/{assessment_package_id}", returns=AsSent)
ORDER = _APP.route("POST", "ordersAssessmentPackage", "/packages/orders", returns=AsSent, body=Any)
INLINE_ORDER = _APP.route(
    "POST", "ordersInlineAssessmentPackage", "/packages/inline/orders", returns=AsSent, body=Any
)
TOKEN = _APP.route(
    "POST",
    "getToken",
    "/oauth/token",
    returns=PartnerAccessToken,
    request_body=Body.FORM,
    auth=AuthMode.PUBLIC,
)

ROUTES = _ORDERS.routes + _PARTNER.routes + _APP.routes
