"""Rate pacing, concurrency slots and byte budgets for one credential (DESIGN 5)."""

from ._base import Governor, GovernorStats, Lease, Priority
from .local import LocalGovernor
from .policies import DEFAULT_POLICIES, Policies
from .registry import shared_governor

__all__ = [
    "DEFAULT_POLICIES",
    "Governor",
    "GovernorStats",
    "Lease",
    "LocalGovernor",
    "Policies",
    "Priority",
    "shared_governor",
]
