"""The throttling policies as data (DESIGN 2): change them for a contract with other limits."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import attrs

__all__ = ["DEFAULT_POLICIES", "Policies"]


def _frozen_mapping(value: Mapping[str, float]) -> Mapping[str, float]:
    return MappingProxyType(dict(value))


def _positive(
    instance: object, attribute: attrs.Attribute[Mapping[str, float]], value: Mapping[str, float]
) -> None:
    for name, limit in value.items():
        if not limit > 0:
            raise ValueError(f"{attribute.name}[{name!r}] must be positive, got {limit!r}")


@attrs.frozen(kw_only=True)
class Policies:
    """Limits of one API user (credential), by throttling class.

    ``rates``: requests per second per class (every request is in ``default``).
    ``concurrency``: requests in flight per class.
    ``byte_rates``: response bytes per second, enforced per endpoint within the class.
    ``arrival_jitter``: seconds of network delay variation to absorb. Pacing spaces requests by
    ``(1 s + arrival_jitter + send_slack) / rate`` so that no sliding second *at the server*
    holds more than the limit even when an early request is delayed and a later one is not.
    ``send_slack``: widens the interval by ``send_slack / rate``. Half of it is how late
    (seconds) a grant may fire, or a request leave after its grant, without pushing back the
    requests after it (``late_tolerance``); the other half stays a margin beyond
    ``arrival_jitter`` for delays nobody measures (the server's own scheduling, clock steps),
    so that requests one window apart never arrive exactly one second apart.
    """

    rates: Mapping[str, float] = attrs.field(
        factory=lambda: {"default": 10.0, "publication": 2.0, "offer_documents": 2.0},
        converter=_frozen_mapping,
        validator=_positive,
    )
    concurrency: Mapping[str, float] = attrs.field(
        factory=lambda: {"default": 8, "analytics": 1, "candidates_list": 1},
        converter=_frozen_mapping,
        validator=_positive,
    )
    byte_rates: Mapping[str, float] = attrs.field(
        factory=lambda: {"analytics": 100_000},
        converter=_frozen_mapping,
        validator=_positive,
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
