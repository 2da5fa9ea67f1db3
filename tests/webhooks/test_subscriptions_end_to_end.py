"""End to end against the fake server: subscribe, activate a receiver served by this event
loop, cause 1,000 events through the API, stop the receiver for part of them, replay the
callbacks log: every event is handled exactly once and none is lost."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections import Counter
from typing import Any

from aiohttp import web

import smartrecruiters_async as sr
from smartrecruiters_async.models import CandidateInput, SubscriptionInput, SubscriptionStatus
from smartrecruiters_async.testing.pytest_plugin import FakeServerFactory
from smartrecruiters_async.webhooks import CandidateCreated, WebhookEvent

FAST = sr.Policies(rates={"default": 1000.0})
LIVE, OUTAGE, AFTER = 400, 300, 300  # events before, during and after the receiver is down


class Served:
    """The receiver's aiohttp app on one fixed port, which can be stopped and started again."""

    def __init__(self, receiver: sr.WebhookReceiver) -> None:
        self.receiver = receiver
        self.port = 0
        self.runner: web.AppRunner | None = None

    async def start(self) -> None:
        self.runner = web.AppRunner(self.receiver.aiohttp_app("/hook"))
        await self.runner.setup()
        await web.TCPSite(self.runner, "127.0.0.1", self.port).start()
        self.port = self.runner.addresses[0][1]

    async def stop(self) -> None:
        assert self.runner is not None
        await self.runner.cleanup()


async def cause(client: sr.SmartRecruiters, count: int, start: int) -> None:
    """``count`` candidates created through the API: one ``candidate.created`` each."""
    await asyncio.gather(
        *(
            client.candidates.create(
                CandidateInput(first_name="C", last_name=str(i), email=f"c{i}@example.com")
            )
            for i in range(start, start + count)
        )
    )


async def test_every_event_is_handled_exactly_once_across_an_outage_and_a_replay(
    fake_smartrecruiters_factory: FakeServerFactory,
) -> None:
    server = await fake_smartrecruiters_factory(policies=FAST, postings=5)
    server.webhooks.retry_delays = (0.0,)  # one retry, at once: an outage outlasts it
    handled: Counter[str] = Counter()

    async def handle(event: WebhookEvent[Any]) -> None:
        assert isinstance(event, CandidateCreated)
        handled[event.id] += 1

    async with sr.SmartRecruiters(
        "k", base_url=server.url, governor=sr.LocalGovernor(FAST)
    ) as client:
        placeholder = sr.KeySet.of("replaced once the subscription has its key")
        receiver = sr.WebhookReceiver(handle, keys=placeholder, api_base_url=server.url)
        served = Served(receiver)
        await served.start()
        url = f"http://127.0.0.1:{served.port}/hook"
        subscription = await client.webhooks.create(
            SubscriptionInput(callback_url=url, events=["candidate.created"])
        )
        key = await client.webhooks.generate_secret_key(subscription.id)
        receiver.keys = sr.KeySet.of(key.secret_key)
        with receiver.expect_activation(subscription.id) as expected:
            await client.webhooks.activate(subscription.id)  # the handshake, same loop
        assert expected.token is not None
        assert (await client.webhooks.get(subscription.id)).status is SubscriptionStatus.ACTIVE
        since = dt.datetime.now(dt.UTC)

        await cause(client, LIVE, 0)
        await server.webhooks.settled()
        await served.stop()  # the receiver is down: attempts are refused, retries too
        await cause(client, OUTAGE, LIVE)
        await server.webhooks.settled()
        await served.start()
        await cause(client, AFTER, LIVE + OUTAGE)
        await server.webhooks.settled()
        await receiver.drain()

        events = server.webhooks.events
        lost = {e.event_id for e in events.values() if e.given_up}
        assert len(events) == LIVE + OUTAGE + AFTER
        assert len(lost) == OUTAGE
        assert set(handled) == set(events) - lost  # live: every other event, once

        report = await client.webhooks.replay(subscription.id, receiver, since=since)
        assert report.entries == LIVE + 2 * OUTAGE + AFTER  # each lost event: two attempts
        assert (report.events, report.skipped, report.replayed) == (1000, 700, OUTAGE)
        assert report.refused == []
        assert set(handled) == set(events)
        assert set(handled.values()) == {1}  # exactly once: none lost, none twice

        again = await client.webhooks.replay(
            subscription.id, receiver, since=since, failed_only=False
        )
        assert again.replayed == 1000
        assert receiver.stats.duplicates == 1000  # all dropped by event-id
        assert set(handled.values()) == {1}
        await served.stop()
