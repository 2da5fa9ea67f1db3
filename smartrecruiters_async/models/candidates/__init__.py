"""Candidate API models: candidates, their applications, and what is attached to them."""

from __future__ import annotations

from . import _application, _attachments, _consents, _profile, _properties
from ._application import *  # noqa: F403
from ._attachments import *  # noqa: F403
from ._consents import *  # noqa: F403
from ._profile import *  # noqa: F403
from ._properties import *  # noqa: F403

__all__ = [
    *_profile.__all__,
    *_application.__all__,
    *_properties.__all__,
    *_attachments.__all__,
    *_consents.__all__,
]
