"""Typed models of the API's objects: frozen attrs classes, one module per API group.

Every public model is importable from here (``from smartrecruiters_async.models import Job``).
"""

from . import (
    analytics,
    applications,
    assessment_offers,
    candidates,
    common,
    configuration,
    interviews,
    job_applications,
    jobs,
    messages,
    offers,
    postings,
    reporting,
    users,
    webhook_subscriptions,
    webhooks,
)
from .analytics import *  # noqa: F403
from .applications import *  # noqa: F403
from .assessment_offers import *  # noqa: F403
from .candidates import *  # noqa: F403
from .common import *  # noqa: F403
from .configuration import *  # noqa: F403
from .interviews import *  # noqa: F403
from .job_applications import *  # noqa: F403
from .jobs import *  # noqa: F403
from .messages import *  # noqa: F403
from .offers import *  # noqa: F403
from .postings import *  # noqa: F403
from .reporting import *  # noqa: F403
from .users import *  # noqa: F403
from .webhook_subscriptions import *  # noqa: F403
from .webhooks import *  # noqa: F403

__all__ = [
    *common.__all__,
    *postings.__all__,
    *applications.__all__,
    *jobs.__all__,
    *candidates.__all__,
    *job_applications.__all__,
    *offers.__all__,
    *assessment_offers.__all__,
    *users.__all__,
    *configuration.__all__,
    *interviews.__all__,
    *messages.__all__,
    *webhooks.__all__,
    *reporting.__all__,
    *analytics.__all__,
    *webhook_subscriptions.__all__,
]
