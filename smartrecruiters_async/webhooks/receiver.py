"""``WebhookReceiver``: handshake, verification, dedupe and hand-off, free of any transport.

Every way a delivery arrives - the aiohttp handler, the ASGI app, a replay from the callbacks
log, a test - calls ``receive(body, headers)``, so each is checked the same way.

Acknowledgement: SmartRecruiters counts a delivery as failed unless it gets a 202 within 5
seconds, so ``receive`` answers as soon as the delivery is verified and claimed, and the user's
handler runs afterwards as a background task the receiver tracks (``drain()`` waits for them,
``aclose()`` too). A handler that raises is logged and its event-id claim released, so a retry
or a replay handles the event again; SmartRecruiters itself does not redeliver after a 202.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import Any

from .._config import _normalise_base_url
from .._protocol.webhooks import (
    DEFAULT_TOLERANCE,
    ActivationToken,
    KeySet,
    SigningKey,
    WebhookBodyTooLargeError,
    WebhookContentTypeError,
    WebhookError,
    relative_link,
    verify,
)
from .._protocol.webhooks.headers import EVENT_ID, EVENT_NAME, HOOK_SECRET, header_values
from ._aiohttp import AiohttpAdapter
from ._asgi import AsgiAdapter
from ._event import WebhookEvent, parse_event
from .activation import ActivationExpectation
from .callback_auth import (
    CallbackAuthentication,
    check_callback_authentication,
    checked_expectation,
)
from .dedupe import DedupeStore, MemoryDedupeStore
from .outcome import ReceiveOutcome, ReceiverStats

__all__ = ["DEFAULT_MAX_BODY", "Handler", "ReceiveOutcome", "ReceiverStats", "WebhookReceiver"]

logger = logging.getLogger("smartrecruiters_async.webhooks")

#: Bodies are a handful of ids; anything larger is refused before it is read whole.
DEFAULT_MAX_BODY = 64 * 1024
#: How long an ``expect_activation()`` waits for its handshake by default (SmartRecruiters
#: calls back within the 20 s it gives the receiver to answer).
ACTIVATION_WINDOW = 60.0

Handler = Callable[[WebhookEvent[Any]], Awaitable[object]]


def _media_type(headers: Mapping[str, str]) -> str:
    return headers.get("content-type", "").partition(";")[0].strip().lower()


class WebhookReceiver(AiohttpAdapter, AsgiAdapter):
    """Receives SmartRecruiters webhook deliveries and hands verified events to ``handler``.

    ``handler`` is ``async def handler(event)``; ``keys`` the live signing keys (a ``KeySet``
    or ``SigningKey`` list; assign ``receiver.keys = receiver.keys.rotate(new)`` after a new
    secret key). ``tolerance`` bounds the timestamp's age (see ``verify``; 72 h by default),
    ``dedupe`` remembers claimed event ids for ``dedupe_window`` seconds (not shorter than the
    tolerance, or a captured delivery could be replayed once forgotten). ``api_base_url`` is
    the API the ``link`` headers must point at (default: as for ``SmartRecruiters``).
    ``max_body_size`` caps a body in bytes. Handshakes are answered while an
    ``expect_activation()`` is open, or always with ``answer_activations=True``.
    ``callback_authentication`` (the subscription's ``BasicCallbackAuth`` or
    ``HeaderCallbackAuth``, or for ``oauth2`` a function that checks the bearer token) is
    required of every live delivery, besides the signature (``callback_auth``). ``clock`` is
    Unix seconds, injectable for tests.

    Raises ``ValueError`` for an empty key set, a dedupe window shorter than the tolerance or a
    size cap below 1, ``TypeError`` for keys that are not ``SigningKey`` or another kind of
    ``callback_authentication``.
    """

    def __init__(
        self,
        handler: Handler,
        *,
        keys: KeySet | Sequence[SigningKey],
        tolerance: float | None = DEFAULT_TOLERANCE,
        dedupe: DedupeStore | None = None,
        dedupe_window: float = DEFAULT_TOLERANCE,
        api_base_url: str | None = None,
        max_body_size: int = DEFAULT_MAX_BODY,
        answer_activations: bool = False,
        callback_authentication: CallbackAuthentication | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if not callable(handler):
            raise TypeError("handler must be an async function taking the event")
        if tolerance is not None and not tolerance >= 0:
            raise ValueError(f"tolerance must be None or >= 0 seconds, got {tolerance!r}")
        if not dedupe_window > 0 or (tolerance is not None and dedupe_window < tolerance):
            raise ValueError("dedupe_window must be positive and at least the tolerance")
        if isinstance(max_body_size, bool) or not isinstance(max_body_size, int):
            raise TypeError("max_body_size must be an int")
        if max_body_size < 1:
            raise ValueError("max_body_size must be at least 1 byte")
        if dedupe is not None and not isinstance(dedupe, DedupeStore):
            raise TypeError("dedupe must have async claim(key, ttl) and release(key)")
        self._handler = handler
        self.keys = keys  # the setter turns a list into a KeySet
        self.tolerance = tolerance
        self.dedupe: DedupeStore = dedupe if dedupe is not None else MemoryDedupeStore(clock=clock)
        self.dedupe_window = dedupe_window
        self.api_base_url = _normalise_base_url(api_base_url)
        self.max_body_size = max_body_size
        self.answer_activations = answer_activations
        self.callback_authentication = checked_expectation(callback_authentication)
        self.stats = ReceiverStats()
        self._clock = clock
        self._expected: list[ActivationExpectation] = []
        self._tasks: set[asyncio.Task[bool]] = set()

    @property
    def keys(self) -> KeySet:
        """The signing keys deliveries are checked against."""
        return self._keys

    @keys.setter
    def keys(self, keys: KeySet | Sequence[SigningKey]) -> None:
        checked = keys if isinstance(keys, KeySet) else KeySet(keys)
        if not checked:
            raise ValueError(
                "a receiver needs at least one signing key (the subscription's "
                "secretKey: POST /subscriptions/{id}/secret-key)"
            )
        self._keys = checked

    def __repr__(self) -> str:
        return (
            f"WebhookReceiver(keys={self._keys!r}, tolerance={self.tolerance!r}, "
            f"dedupe={self.dedupe!r}, api_base_url={self.api_base_url!r})"
        )

    # -- the activation handshake --------------------------------------------------------

    def expect_activation(
        self, subscription_id: str | None = None, *, within: float = ACTIVATION_WINDOW
    ) -> ActivationExpectation:
        """Answer the next activation handshake that comes within ``within`` seconds.

        Open it before ``PUT /subscriptions/{id}/activation`` (``with receiver.expect_activation(
        sub_id): await ...activate(sub_id)``). Returns the expectation, whose ``token`` is set
        once answered. Raises ``ValueError`` for a ``within`` that is not positive.
        """
        if not within > 0:
            raise ValueError(f"within must be positive seconds, got {within!r}")
        expectation = ActivationExpectation(
            subscription_id, self._clock() + within, self._forget_expectation
        )
        self._expected.append(expectation)
        return expectation

    def _forget_expectation(self, expectation: ActivationExpectation) -> None:
        if expectation in self._expected:
            self._expected.remove(expectation)

    def _handshake(self, value: str) -> ReceiveOutcome:
        now = self._clock()
        self._expected = [e for e in self._expected if e.expires_at > now]
        if not value.strip():
            return self._refused(400, "empty X-Hook-Secret header")
        if not self._expected and not self.answer_activations:
            return self._refused(403, "activation handshake not expected by this receiver")
        token = ActivationToken(value)
        if self._expected:
            expectation = self._expected[0]
            expectation._answer(token)
            which = f" for subscription {expectation.subscription_id}"
        else:
            which = ""
        self.stats.activations += 1
        logger.info("webhook activation handshake answered%s", which)
        return ReceiveOutcome(200, "activation handshake answered", {"X-Hook-Secret": value})

    # -- deliveries ----------------------------------------------------------------------

    def _refused(
        self, status: int, reason: str, headers: Mapping[str, str] | None = None
    ) -> ReceiveOutcome:
        """Count and log a refusal (one line, no secret, no body); the outcome to answer."""
        self.stats.refused += 1
        values = header_values(headers) if headers is not None else {}
        logger.warning(
            "webhook refused with %d: %s (event-name %r, event-id %r)",
            status,
            reason,
            values.get(EVENT_NAME, "")[:100],
            values.get(EVENT_ID, "")[:100],
        )
        return ReceiveOutcome(status, reason)

    async def receive(
        self, body: bytes, headers: Mapping[str, str], *, replay: bool = False
    ) -> ReceiveOutcome:
        """Check one delivery and hand its event to the handler; return what to answer.

        Answers the activation handshake (200 + ``X-Hook-Secret``) when expected; else checks
        size (413), content type (415), headers (400), the callback authentication when one
        is required, signature and timestamp (401), body (400) and link host (400), claims
        the event id (202 ``duplicate`` when already claimed, 503 when the dedupe store
        fails) and starts the handler after answering 202. Every refusal is one log line and
        never calls the handler. ``replay=True`` is for deliveries from the callbacks log: no
        timestamp tolerance, no callback authentication, and the handler is awaited (500 when
        it raised). Never raises for bad input.
        """
        try:
            values = header_values(headers)
        except WebhookError as exc:
            return self._refused(exc.status, str(exc))
        if HOOK_SECRET in values:
            return self._handshake(values[HOOK_SECRET])
        try:
            event = self._verified(body, values, replay=replay)
        except WebhookError as exc:
            return self._refused(exc.status, str(exc), values)
        key = f"{event.name}:{event.id}"
        try:
            claimed = await self.dedupe.claim(key, self.dedupe_window)
        except Exception as exc:  # Redis down: not handled, so SmartRecruiters retries
            logger.error("webhook dedupe store failed (%s): answered 503", type(exc).__name__)
            return ReceiveOutcome(503, "dedupe store unavailable, retry later", event=event)
        if not claimed:
            self.stats.duplicates += 1
            logger.info("webhook duplicate dropped: %s %r", event.name, event.id)
            return ReceiveOutcome(202, "duplicate event-id, already received", event=event)
        self.stats.accepted += 1
        logger.info("webhook accepted: %s %r", event.name, event.id)
        if replay:
            done = await self._run(event, key)
            return (
                ReceiveOutcome(202, "handled", event=event)
                if done
                else ReceiveOutcome(
                    500, "the handler raised (logged); the event can be replayed again", event=event
                )
            )
        task = asyncio.get_running_loop().create_task(self._run(event, key))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return ReceiveOutcome(202, "accepted", event=event)

    def _verified(
        self, body: bytes, values: Mapping[str, str], *, replay: bool
    ) -> WebhookEvent[Any]:
        if len(body) > self.max_body_size:
            raise WebhookBodyTooLargeError(f"body above {self.max_body_size} bytes")
        if _media_type(values) != "application/json":
            raise WebhookContentTypeError(
                f"content type {_media_type(values) or 'missing'!r}, not application/json"
            )
        if self.callback_authentication is not None and not replay:
            # A replay comes from the callbacks log through the API, not from the network; its
            # logged bearer token may have expired since.
            check_callback_authentication(self.callback_authentication, values)
        delivery = verify(
            body, values, self._keys, tolerance=None if replay else self.tolerance, now=self._clock
        )
        event = parse_event(delivery, body)
        if event.url is not None:
            relative_link(event.url, self.api_base_url)
        return event

    async def _run(self, event: WebhookEvent[Any], key: str) -> bool:
        try:
            await self._handler(event)
        except Exception:
            self.stats.failed += 1
            logger.exception("webhook handler failed for %s %r", event.name, event.id)
            try:
                await self.dedupe.release(key)
            except Exception as exc:
                logger.error(
                    "webhook dedupe store failed (%s): %r stays claimed",
                    type(exc).__name__,
                    event.id,
                )
            return False
        self.stats.handled += 1
        return True

    async def drain(self) -> None:
        """Wait until every handler started so far has finished."""
        while self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)

    async def aclose(self) -> None:
        """Wait for the running handlers (``drain``); the receiver stays usable."""
        await self.drain()
