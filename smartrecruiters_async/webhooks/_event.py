"""The event base class, the fallback for unknown names, and parsing a verified body."""

from __future__ import annotations

import datetime as dt
import json
import typing
from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

import attrs

from .. import _converter
from .._protocol.webhooks import Delivery, WebhookPayloadError
from ._fetch import fetch_link

if TYPE_CHECKING:
    from .._caller import Caller

__all__ = ["EVENT_TYPES", "UnknownEvent", "WebhookEvent", "parse_event"]

P = TypeVar("P")

_TYPES: dict[str, type[WebhookEvent[Any]]] = {}
#: Every known event name and its class (read-only).
EVENT_TYPES: Mapping[str, type[WebhookEvent[Any]]] = MappingProxyType(_TYPES)


@attrs.frozen(kw_only=True)
class WebhookEvent(Generic[P]):
    """A verified delivery: which event, when, the link to what changed, and its ids.

    ``name``/``version``/``id`` are the ``event-name``/``event-version``/``event-id`` headers,
    ``timestamp`` the ``smartrecruiters-timestamp`` (UTC), ``url`` the URL of the ``link``
    header (``None`` when none came), ``payload`` the body as the event's payload model and
    ``raw`` the body's JSON as sent. Subclasses name their event (``event=...``) and payload.
    """

    #: The event name a subclass stands for (``None`` on the base class and ``UnknownEvent``).
    event_name: ClassVar[str | None] = None
    #: The model the body is decoded into.
    payload_type: ClassVar[Any] = None

    name: str
    version: str
    id: str
    timestamp: dt.datetime
    url: str | None
    payload: P
    raw: Mapping[str, Any] = attrs.field(repr=False)

    def __init_subclass__(cls, *, event: str | None = None, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if event is None:
            return
        base = next(b for b in cls.__orig_bases__ if typing.get_origin(b) is WebhookEvent)  # type: ignore[attr-defined]
        cls.event_name = event
        cls.payload_type = typing.get_args(base)[0]
        _TYPES[event] = cls

    async def fetch(self, client: Caller) -> Any:
        """The current state of what changed: GET the ``link`` URL through ``client``.

        The request passes the client's governor, retries and error mapping like any call.
        Returns the route's model when the link's path is an operation of the route table
        (``Job`` for ``/jobs/{id}``), else the decoded JSON. Raises ``WebhookLinkError`` when
        the event has no link or it points at another host (or path prefix) than the client's
        ``base_url`` (the credential is never sent elsewhere), and the ``APIStatusError``
        family for error statuses.
        """
        return await fetch_link(client, self.url)


@attrs.frozen(kw_only=True)
class UnknownEvent(WebhookEvent[Mapping[str, Any]]):
    """An event whose name this SDK version does not know: ``payload`` is the body's JSON."""


def parse_event(delivery: Delivery, body: bytes) -> WebhookEvent[Any]:
    """The typed event of a verified delivery (``UnknownEvent`` for an unknown name).

    Raises ``WebhookPayloadError`` when the body is not a JSON object. A payload field of an
    unexpected type keeps its raw JSON, with a ``SchemaDriftWarning``.
    """
    try:
        data = json.loads(body)
    except ValueError:
        raise WebhookPayloadError("the body is not JSON") from None
    if type(data) is not dict:
        raise WebhookPayloadError("the body is not a JSON object")
    cls = EVENT_TYPES.get(delivery.event_name, UnknownEvent)
    payload = data if cls is UnknownEvent else _converter.structure(data, cls.payload_type)
    return cls(
        name=delivery.event_name,
        version=delivery.event_version,
        id=delivery.event_id,
        timestamp=dt.datetime.fromtimestamp(delivery.timestamp, dt.UTC),
        url=delivery.url,
        payload=payload,
        raw=data,
    )
