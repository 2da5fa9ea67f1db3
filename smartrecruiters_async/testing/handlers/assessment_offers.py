"""Fake-server handlers of the sunset Assessment API ``/v1/offers``."""

from __future__ import annotations

from collections.abc import Mapping

from ..replies import Handler

HANDLERS: Mapping[str, Handler] = {}
