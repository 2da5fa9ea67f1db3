"""Job API models: jobs, their status, note and approval; hiring team and positions; job ads
and publication."""

from __future__ import annotations

from . import _ads, _job, _location, _team
from ._ads import *  # noqa: F403
from ._job import *  # noqa: F403
from ._location import *  # noqa: F403
from ._team import *  # noqa: F403

__all__ = [*_job.__all__, *_location.__all__, *_team.__all__, *_ads.__all__]
