"""Fake-server handlers of the Interview API."""

from __future__ import annotations

from collections.abc import Mapping

from ..replies import Handler

HANDLERS: Mapping[str, Handler] = {}
