"""One governor per credential and host per process, shared by every client that uses them."""

from __future__ import annotations

import threading

from ._base import Governor
from .local import LocalGovernor

__all__ = ["shared_governor"]

_lock = threading.Lock()
_governors: dict[tuple[str, str], Governor] = {}


def shared_governor(credential_key: str, base_url: str) -> Governor:
    """The process-wide ``LocalGovernor`` for ``credential_key`` (a hash, never the secret) on
    ``base_url``: one key on two hosts (production and a sandbox) has two budgets, as the
    servers count them apart."""
    key = (credential_key, base_url.rstrip("/").lower())
    with _lock:
        governor = _governors.get(key)
        if governor is None:
            governor = _governors[key] = LocalGovernor()
        return governor
