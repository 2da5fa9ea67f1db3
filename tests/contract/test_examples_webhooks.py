"""The Webhook Subscription API models against bodies this project did not write.

1. Every official example (``webhooks/*.json``) decodes with no drift and no unmodelled key,
   round-trips losslessly, and comes out of the real SDK method over HTTP as the same objects;
   the activation and delete examples are empty bodies of operations that answer none.
2. Every model declares only wire names the schema has.
3. The fake server's bodies decode the same way.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable
from typing import Any

import attrs
import pytest

import smartrecruiters_async as sr
from smartrecruiters_async._converter import unstructure, wire_name
from smartrecruiters_async.models import (
    BasicCallbackAuth,
    CallbackRequest,
    CallbackRequestDetails,
    HeaderCallbackAuth,
    OAuth2CallbackAuth,
    SecretKey,
    Subscription,
    SubscriptionEvent,
    SubscriptionInput,
)
from smartrecruiters_async.testing import FakeSmartRecruiters

from .example_check import assert_decodes, assert_round_trip, load_example, over_http, schema_names

Call = Callable[[sr.SmartRecruiters], Awaitable[Any]]


async def items(paginator: sr.AsyncPaginator[Any]) -> list[Any]:
    return [item async for item in paginator]


EXAMPLES: list[tuple[str, Any, Call]] = [
    ("webhooks/create.json", Subscription, lambda c: c.webhooks.create(
        SubscriptionInput(callback_url="https://h/x", events=["job.created"]))),
    ("webhooks/retrieve.json", Subscription, lambda c: c.webhooks.get("s")),
    ("webhooks/list.json", list[Subscription], lambda c: items(c.webhooks.list())),
    ("webhooks/generate_secret.json", SecretKey, lambda c: c.webhooks.generate_secret_key("s")),
    ("webhooks/retrieve_secret.json", SecretKey, lambda c: c.webhooks.secret_key("s")),
    ("webhooks/callbacks_log.json", list[CallbackRequest], lambda c: items(
        c.webhooks.callbacks_log("s"))),
]  # fmt: skip


@pytest.mark.parametrize(("name", "model", "call"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
async def test_official_examples_decode_round_trip_and_come_out_of_the_sdk(
    name: str, model: Any, call: Call
) -> None:
    body = load_example(name)
    expected = assert_decodes(body, model)
    assert_round_trip(body, model)
    assert await over_http(body, call) == expected


@pytest.mark.parametrize(
    ("name", "call"),
    [
        ("webhooks/activate.json", lambda c: c.webhooks.activate("s")),
        ("webhooks/delete.json", lambda c: c.webhooks.delete("s")),
    ],
)
async def test_operations_without_a_body_answer_none(name: str, call: Call) -> None:
    assert load_example(name) == {}
    assert await over_http({}, call, status=204) is None


SCHEMA_MODELS = {
    Subscription: "Subscription",
    SubscriptionEvent: None,  # the schema leaves the event objects untyped; W6/W9 name them
    SubscriptionInput: "SubscriptionRequest",
    BasicCallbackAuth: "CallbackBasicAuth",
    HeaderCallbackAuth: "CallbackHeaderAuth",
    OAuth2CallbackAuth: "CallbackOAuth2Auth",
    SecretKey: "SecretKeyPayload",
    CallbackRequest: "CallbackRequest",
    CallbackRequestDetails: "CallbackRequestRequestDetails",
}


@pytest.mark.parametrize("model", list(SCHEMA_MODELS), ids=lambda m: m.__name__)
def test_models_use_the_schemas_wire_names(model: type[Any]) -> None:
    names = {wire_name(f) for f in attrs.fields(model) if f.name != "extra_fields"}
    schema = SCHEMA_MODELS[model]
    allowed = schema_names(schema) if schema else {"name", "version"}
    assert names <= allowed, sorted(names - allowed)


async def test_the_fake_webhooks_api_speaks_the_schema(
    fake_smartrecruiters_factory: Any,
) -> None:
    server: FakeSmartRecruiters = await fake_smartrecruiters_factory(postings=5)
    async with sr.SmartRecruiters("k", base_url=server.url) as client:
        created = await client.webhooks.create(
            SubscriptionInput(callback_url="http://127.0.0.1:9/none", events=["job.created"])
        )
        server.webhook_subscriptions[created.id].status = "active"
        server.webhooks.retry_delays = ()
        server.webhooks.emit(server.webhook_subscriptions, "job.created", {"id": "j"}, "http://x")
        await server.webhooks.settled()
        since = dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)
        results = [
            created,
            await client.webhooks.get(created.id),
            *await items(client.webhooks.list()),
            await client.webhooks.generate_secret_key(created.id),
            await client.webhooks.secret_key(created.id),
            *await items(client.webhooks.callbacks_log(created.id, after=since)),
        ]
    for result in results:
        again = assert_decodes(unstructure(result), type(result))
        assert again == result
    assert len(results) == 6
