"""SmartOnboard API models. No public source gives their fields (remaining-apis.md §8), so each
keeps every field as sent (``Opaque``); lists and form answers are returned as decoded JSON."""

from __future__ import annotations

from ._base import model
from .opaque import Opaque

__all__ = ["NewHire", "OnboardingAssignment", "OnboardingProcess"]


@model
class NewHire(Opaque):
    """A new hire (``GET /new-hires/{id}``); ids come from ``onboarding.*`` webhooks."""


@model
class OnboardingProcess(Opaque):
    """An onboarding process (``GET /onboarding-processes/{id}``)."""


@model
class OnboardingAssignment(Opaque):
    """One assignment of an onboarding process (a task, form or activity)."""
