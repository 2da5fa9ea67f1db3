"""Configuration API models, one module per sub-group of ``client.configuration``."""

from . import (
    access_groups,
    candidate_properties,
    career_sites,
    company,
    departments,
    hiring_processes,
    job_properties,
    locations,
    offer_properties,
    reasons,
    sources,
    translations,
)
from .access_groups import *  # noqa: F403
from .candidate_properties import *  # noqa: F403
from .career_sites import *  # noqa: F403
from .company import *  # noqa: F403
from .departments import *  # noqa: F403
from .hiring_processes import *  # noqa: F403
from .job_properties import *  # noqa: F403
from .locations import *  # noqa: F403
from .offer_properties import *  # noqa: F403
from .reasons import *  # noqa: F403
from .sources import *  # noqa: F403
from .translations import *  # noqa: F403

__all__ = [
    *access_groups.__all__,
    *candidate_properties.__all__,
    *career_sites.__all__,
    *company.__all__,
    *departments.__all__,
    *hiring_processes.__all__,
    *job_properties.__all__,
    *locations.__all__,
    *offer_properties.__all__,
    *reasons.__all__,
    *sources.__all__,
    *translations.__all__,
]
