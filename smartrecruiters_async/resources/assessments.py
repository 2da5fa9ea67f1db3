"""Assessment APIs: the customer's orders (``assessments-api.json``) and the partner's calls to
SmartRecruiters (``assessment-partner-api.json``). The calls SmartRecruiters makes to a
partner are served by ``smartrecruiters_async.partner_app``, not sent from here."""

from __future__ import annotations

from typing import Any

from .._files import FileInput, Multipart, Upload
from .._protocol.json_value import JsonValue
from .._protocol.routes import assessments as routes
from ._resource import Resource
from ._values import json_document, non_empty

__all__ = ["AssessmentOrders", "AssessmentPartner"]


class AssessmentOrders(Resource):
    """``client.assessments``: the assessments ordered for an application (2021 API)."""

    async def orders(self, application_id: str) -> JsonValue:
        """An application's assessment orders:
        ``GET /assessment-api/v202107/assessment-orders?applicationId=``. Returns decoded JSON
        (the shape is not published). Raises ``ValueError`` for an empty id before sending."""
        query = {"application_id": non_empty(application_id, "application_id")}
        return await self._client._call(routes.ORDERS, query=query)


class AssessmentPartner(Resource):
    """``client.assessment_partner``: an assessment partner's calls to SmartRecruiters
    (``/assessment-api/v202010``). Every one but the attachment upload takes an OAuth bearer
    token only: with an API key they raise ``RouteError`` before sending. Bodies are not
    published: they go and come as JSON; a body that is not a non-empty JSON object or array
    raises ``TypeError``/``ValueError`` before sending."""

    async def configuration(self) -> JsonValue:
        """The partner's configuration: ``GET /partner/configuration``. Returns decoded JSON. Raises
        the ``APIStatusError`` family."""
        return await self._client._call(routes.CONFIG)

    async def save_configuration(self, configuration: Any) -> JsonValue:
        """Replace the partner's configuration: ``PUT /partner/configuration``. Returns decoded
        JSON. Raises the ``APIStatusError`` family."""
        body = json_document(configuration, "configuration")
        return await self._client._call(routes.SAVE_CONFIG, body=body)

    async def set_up_integration(self, company_id: str, credentials: Any) -> JsonValue:
        """Set up a consenting company: ``POST /integration/company/{companyId}`` with the
        partner's credentials; SmartRecruiters answers the company's. Needs the
        ``client_credentials_write`` scope (master credentials). Returns decoded JSON. Raises the
        ``APIStatusError`` family."""
        body = json_document(credentials, "credentials")
        path = {"company_id": company_id}
        return await self._client._call(routes.SET_UP, path=path, body=body)

    async def update_results(self, order_id: str, results: Any) -> JsonValue:
        """Report an order's results: ``PATCH /orders/{orderId}/results``. Returns decoded JSON.
        Raises the ``APIStatusError`` family."""
        body = json_document(results, "results")
        path = {"order_id": order_id}
        return await self._client._call(routes.RESULTS, path=path, body=body)

    async def add_result_attachment(
        self, order_id: str, file: FileInput | Upload, *, field: str = "file"
    ) -> JsonValue:
        """Attach a file to an order's results: ``POST /orders/{orderId}/results/attachment``
        (multipart; an API key is accepted here). The form field's name is not published;
        ``field`` defaults to ``file``, the name of SmartRecruiters' other uploads. Raises
        ``TypeError``/``ValueError`` for an unusable file or field before sending. Returns decoded
        JSON."""
        body = Multipart(fields=((non_empty(field, "field"), Upload.of(file)),))
        return await self._client._call(routes.ATTACHMENT, path={"order_id": order_id}, body=body)
