"""One governor per credential per process, shared by every client that uses the credential."""

from __future__ import annotations

import threading

from ._base import Governor
from .local import LocalGovernor

__all__ = ["shared_governor"]

_lock = threading.Lock()
_governors: dict[str, Governor] = {}


def shared_governor(credential_key: str) -> Governor:
    """The process-wide ``LocalGovernor`` for ``credential_key`` (a hash, never the secret)."""
    with _lock:
        governor = _governors.get(credential_key)
        if governor is None:
            governor = _governors[credential_key] = LocalGovernor()
        return governor
