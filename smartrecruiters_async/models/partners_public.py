"""Partners public API models: vendor configs (their fields are not published); its offer
search returns the Assessment API's ``AssessmentOffer``."""

from __future__ import annotations

from ._base import model
from .opaque import Opaque

__all__ = ["VendorConfig"]


@model
class VendorConfig(Opaque):
    """A Marketplace vendor config (``/v1/configs``)."""
