"""The throttling policies as data (DESIGN 2): change them for a contract with other limits."""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from functools import cache
from types import MappingProxyType

import attrs

from .._protocol.routes import ROUTES

__all__ = [
    "DEFAULT_POLICIES",
    "DOCUMENTED_BYTE_RATES",
    "DOCUMENTED_CONCURRENCY",
    "DOCUMENTED_RATES",
    "Policies",
]

DOCUMENTED_RATES: Mapping[str, float] = MappingProxyType(
    {"default": 10.0, "publication": 2.0, "offer_documents": 2.0}
)
"""Requests per second per rate class, as SmartRecruiters documents them."""

DOCUMENTED_CONCURRENCY: Mapping[str, float] = MappingProxyType(
    {"default": 8, "analytics": 1, "candidates_list": 1}
)
"""Requests in flight per concurrency class, as SmartRecruiters documents them."""

DOCUMENTED_BYTE_RATES: Mapping[str, float] = MappingProxyType({"analytics": 100_000})
"""Response bytes per second per endpoint of a byte class, as SmartRecruiters documents them."""


@cache
def _route_classes(kind: str) -> frozenset[str]:
    """The class names of ``kind`` (``rates``...) that some operation of the route table uses."""
    names: set[str] = set()
    for route in ROUTES.values():
        if kind == "rates":
            names.update(route.rate_classes)
        elif kind == "concurrency":
            names.update(route.concurrency_classes)
        elif route.byte_class is not None:
            names.add(route.byte_class)
    return frozenset(names)


def _check_known(kind: str, documented: Mapping[str, float], name: object) -> None:
    # A misspelt class would otherwise be a limit that nothing reads: the user believes a
    # class is limited (or unlimited) while the documented limit still applies.
    known = sorted(set(documented) | _route_classes(kind))
    if name in known:
        return
    close = difflib.get_close_matches(str(name), known, n=1)
    hint = f" (did you mean {close[0]!r}?)" if close else ""
    raise ValueError(
        f"{kind}: no operation uses the class {name!r}{hint}; known: {', '.join(known)}"
    )


def _merge(
    kind: str, documented: Mapping[str, float], overrides: Mapping[str, float | None]
) -> Mapping[str, float]:
    """The documented limits with ``overrides`` applied, ``None`` removing a class.

    Overrides merge instead of replacing, so changing one class never drops the others by
    accident: a user who lowers the default rate still has the 2 req/s publication class.
    Raises ``ValueError`` for a class name no operation uses.
    """
    if not isinstance(overrides, Mapping):
        raise TypeError(f"limits must be a mapping of class name to limit, not {overrides!r}")
    limits = dict(documented)
    for name, limit in overrides.items():
        _check_known(kind, documented, name)
        if limit is None:
            limits.pop(name, None)
        else:
            limits[name] = limit
    return MappingProxyType(limits)


def _rates(overrides: Mapping[str, float | None]) -> Mapping[str, float]:
    return _merge("rates", DOCUMENTED_RATES, overrides)


def _concurrency(overrides: Mapping[str, float | None]) -> Mapping[str, float]:
    return _merge("concurrency", DOCUMENTED_CONCURRENCY, overrides)


def _byte_rates(overrides: Mapping[str, float | None]) -> Mapping[str, float]:
    return _merge("byte_rates", DOCUMENTED_BYTE_RATES, overrides)


def _positive(
    instance: object, attribute: attrs.Attribute[Mapping[str, float]], value: Mapping[str, float]
) -> None:
    for name, limit in value.items():
        if not limit > 0:
            raise ValueError(f"{attribute.name}[{name!r}] must be positive, got {limit!r}")


@attrs.frozen(kw_only=True)
class Policies:
    """Limits of one API user (credential), by throttling class.

    ``rates``: requests per second per class (every request is in ``default``; ``publication``
    is ``POST``/``DELETE /jobs/{id}/publication``, ``offer_documents`` is
    ``GET /offers/{id}/documents/{id}``).
    ``concurrency``: requests in flight per class (``default``; ``analytics`` is the Analytics
    API, ``candidates_list`` is ``GET /candidates``).
    ``byte_rates``: response bytes per second, enforced per endpoint within the class
    (``analytics``).
    Each of the three is merged with the documented limits (``DOCUMENTED_RATES``,
    ``DOCUMENTED_CONCURRENCY``, ``DOCUMENTED_BYTE_RATES``): the classes you name get your
    numbers and every other class keeps its documented limit, so
    ``Policies(rates={"default": 5.0})`` still paces publication at 2 req/s. To remove a class,
    say so with ``None``: ``Policies(rates={"publication": None})`` applies no publication rate
    (the default rate still does). A class name that no operation of the route table uses
    raises ``ValueError`` (with the closest known name), so a misspelt limit is never silently
    ignored. ``attrs.evolve`` merges with the documented limits too, not
    with the evolved instance's.
    ``arrival_jitter``: seconds of network delay variation to absorb. Pacing spaces requests by
    ``(1 s + arrival_jitter + send_slack) / rate`` so that no sliding second *at the server*
    holds more than the limit even when an early request is delayed and a later one is not.
    ``send_slack``: widens the interval by ``send_slack / rate``. Half of it is how late
    (seconds) a grant may fire, or a request leave after its grant, without pushing back the
    requests after it (``late_tolerance``); the other half stays a margin beyond
    ``arrival_jitter`` for delays nobody measures (the server's own scheduling, clock steps),
    so that requests one window apart never arrive exactly one second apart.
    """

    rates: Mapping[str, float] = attrs.field(factory=dict, converter=_rates, validator=_positive)
    concurrency: Mapping[str, float] = attrs.field(
        factory=dict, converter=_concurrency, validator=_positive
    )
    byte_rates: Mapping[str, float] = attrs.field(
        factory=dict, converter=_byte_rates, validator=_positive
    )
    arrival_jitter: float = attrs.field(default=0.05, validator=attrs.validators.ge(0))
    send_slack: float = attrs.field(default=0.01, validator=attrs.validators.ge(0))

    @property
    def late_tolerance(self) -> float:
        """Seconds a grant or send may run late and keep its place on the pacing schedule."""
        return self.send_slack / 2

    @property
    def pacing_span(self) -> float:
        """Seconds that ``rate`` requests are spread over: 1 s + arrival_jitter + send_slack."""
        return 1.0 + self.arrival_jitter + self.send_slack

    def interval(self, rate_class: str) -> float:
        """Seconds between two grants of ``rate_class`` under strict pacing."""
        return self.pacing_span / self.rates[rate_class]

    def slots(self, concurrency_class: str) -> int:
        """How many requests of ``concurrency_class`` may be in flight."""
        return int(self.concurrency[concurrency_class])


DEFAULT_POLICIES = Policies()
