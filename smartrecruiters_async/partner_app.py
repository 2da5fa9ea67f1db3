"""The assessment partner app: the server an assessment partner runs for SmartRecruiters.

SmartRecruiters calls seven operations on the partner's own host (``assessment-partner-app.json``):
consent, removing an integration, the package catalogue, orders (plain and in-line) and an OAuth
token endpoint. The route table describes them (``operations()``, ``partner_implements``) and the
client refuses to send them; this module serves them. Subclass ``AssessmentPartnerApp``,
override the operations you offer (the rest answer 501) and ``verify_token``, then run
``make_app()`` with aiohttp (``web.run_app(MyApp().make_app())``) or mount it in another aiohttp
application. Package and order bodies are not published: they arrive as decoded JSON and any
JSON (or model) you return is sent back.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from aiohttp import web

from . import _converter
from ._protocol.routes import ROUTES, AuthMode, Route
from ._protocol.routes import assessments as routes
from .models.assessments import PackageQuery, PartnerAccessToken, PartnerTokenRequest

__all__ = ["OPERATIONS", "AssessmentPartnerApp"]

OPERATIONS: Mapping[str, str] = {
    routes.CONSENT.operation_id: "ask_for_consent",
    routes.DELETE_INTEGRATION.operation_id: "delete_integration",
    routes.PACKAGES.operation_id: "list_packages",
    routes.PACKAGE.operation_id: "get_package",
    routes.ORDER.operation_id: "order_package",
    routes.INLINE_ORDER.operation_id: "order_inline_package",
    routes.TOKEN.operation_id: "issue_token",
}
"""Operation id -> the ``AssessmentPartnerApp`` method that serves it."""


def _error(status: int, message: str) -> web.Response:
    return web.json_response({"message": message}, status=status)


class AssessmentPartnerApp:
    """Serves the partner side of the assessment integration; subclass and override.

    Every operation but ``askForConsent`` and ``getToken`` needs ``Authorization: Bearer``
    with a token ``verify_token`` accepts (401 otherwise). A method's return value is sent as
    JSON (200; ``None``: 204); a body or parameter that is not what the operation takes is
    answered 400, an operation not overridden 501.
    """

    async def verify_token(self, token: str) -> bool:
        """Whether ``token`` is one ``issue_token`` gave out. Default: none is (override)."""
        return False

    async def issue_token(self, request: PartnerTokenRequest) -> PartnerAccessToken:
        """``POST /oauth/token``: a token for SmartRecruiters' client credentials."""
        raise NotImplementedError

    async def ask_for_consent(self, request: web.Request) -> web.StreamResponse:
        """``GET /integration``: the customer's consent page (the request as received)."""
        raise NotImplementedError

    async def delete_integration(self, company_id: str) -> None:
        """``DELETE /integrations/companies/{companyId}``: forget a company's integration."""
        raise NotImplementedError

    async def list_packages(self, query: PackageQuery) -> Any:
        """``GET /packages``: the packages on offer for a requester and location."""
        raise NotImplementedError

    async def get_package(self, assessment_package_id: str) -> Any:
        """``GET /packages/{assessmentPackageId}``: one package."""
        raise NotImplementedError

    async def order_package(self, order: Any) -> Any:
        """``POST /packages/orders``: SmartRecruiters orders a package for a candidate."""
        raise NotImplementedError

    async def order_inline_package(self, order: Any) -> Any:
        """``POST /packages/inline/orders``: an in-line order (the candidate takes it at once)."""
        raise NotImplementedError

    def make_app(self) -> web.Application:
        """An aiohttp application serving every operation of ``OPERATIONS``."""
        app = web.Application()
        for operation_id, name in OPERATIONS.items():
            route = ROUTES[operation_id]
            app.router.add_route(route.method, route.path, self._endpoint(route, name))
        return app

    def _endpoint(
        self, route: Route, name: str
    ) -> Callable[[web.Request], Awaitable[web.StreamResponse]]:
        async def serve(request: web.Request) -> web.StreamResponse:
            if route.auth is not AuthMode.PUBLIC and not await self._authorized(request):
                return _error(401, "a valid bearer token is required")
            try:
                arguments = await _ARGUMENTS[route.operation_id](request)
            except ValueError as exc:
                return _error(400, str(exc))
            try:
                result = await getattr(self, name)(*arguments)
            except NotImplementedError:
                return _error(501, f"{route.operation_id} is not offered by this partner")
            if isinstance(result, web.StreamResponse):
                return result
            if result is None:
                return web.Response(status=204)
            return web.json_response(_converter.unstructure(result))

        return serve

    async def _authorized(self, request: web.Request) -> bool:
        scheme, _, token = request.headers.get("Authorization", "").partition(" ")
        return (
            scheme.lower() == "bearer"
            and bool(token.strip())
            and await self.verify_token(token.strip())
        )


async def _json(request: web.Request) -> tuple[Any]:
    try:
        return (json.loads(await request.text()),)
    except ValueError:
        raise ValueError("the body must be JSON") from None


async def _token_request(request: web.Request) -> tuple[PartnerTokenRequest]:
    form = await request.post()
    values = {k: v for k, v in form.items() if isinstance(v, str)}
    if not values.get("grant_type"):
        raise ValueError("grant_type is required")
    known = ("grant_type", "client_id", "client_secret", "scope")
    return (PartnerTokenRequest(**{k: values[k] for k in known if k in values}),)


async def _package_query(request: web.Request) -> tuple[PackageQuery]:
    declared = {p.wire: p.name for p in routes.PACKAGES.query}
    requester = request.headers.get("requester")
    try:
        parsed = None if requester is None else json.loads(requester)
    except ValueError:
        raise ValueError("the requester header must be JSON") from None
    return (
        PackageQuery(
            **{declared[k]: v for k, v in request.query.items() if k in declared},
            requester=parsed,
            fields={k: v for k, v in request.query.items() if k not in declared},
        ),
    )


def _path(name: str) -> Callable[[web.Request], Awaitable[tuple[str]]]:
    async def read(request: web.Request) -> tuple[str]:
        return (request.match_info[name],)

    return read


async def _request(request: web.Request) -> tuple[web.Request]:
    return (request,)


_ARGUMENTS: Mapping[str, Callable[[web.Request], Awaitable[tuple[Any, ...]]]] = {
    "askForConsent": _request,
    "deleteIntegration": _path("company_id"),
    "listPackages": _package_query,
    "getPackageById": _path("assessment_package_id"),
    "ordersAssessmentPackage": _json,
    "ordersInlineAssessmentPackage": _json,
    "getToken": _token_request,
}
