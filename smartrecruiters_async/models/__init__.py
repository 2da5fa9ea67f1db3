"""Typed models of the API's objects: frozen attrs classes, one module per API group.

Every public model is importable from here (``from smartrecruiters_async.models import Job``).
"""

from . import (
    analytics,
    applications,
    approvals,
    assessment_offers,
    assessments,
    audit,
    candidates,
    common,
    configuration,
    feed,
    hiring_events,
    interview_templates,
    interviews,
    job_applications,
    jobs,
    legacy_users,
    message_templates,
    messages,
    notification_preferences,
    offers,
    opaque,
    partners_public,
    postings,
    reporting,
    reviews,
    self_scheduling,
    smartonboard,
    users,
    webhook_subscriptions,
    webhooks,
)
from .analytics import *  # noqa: F403
from .applications import *  # noqa: F403
from .approvals import *  # noqa: F403
from .assessment_offers import *  # noqa: F403
from .assessments import *  # noqa: F403
from .audit import *  # noqa: F403
from .candidates import *  # noqa: F403
from .common import *  # noqa: F403
from .configuration import *  # noqa: F403
from .feed import *  # noqa: F403
from .hiring_events import *  # noqa: F403
from .interview_templates import *  # noqa: F403
from .interviews import *  # noqa: F403
from .job_applications import *  # noqa: F403
from .jobs import *  # noqa: F403
from .legacy_users import *  # noqa: F403
from .message_templates import *  # noqa: F403
from .messages import *  # noqa: F403
from .notification_preferences import *  # noqa: F403
from .offers import *  # noqa: F403
from .opaque import *  # noqa: F403
from .partners_public import *  # noqa: F403
from .postings import *  # noqa: F403
from .reporting import *  # noqa: F403
from .reviews import *  # noqa: F403
from .self_scheduling import *  # noqa: F403
from .smartonboard import *  # noqa: F403
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
    *self_scheduling.__all__,
    *hiring_events.__all__,
    *interview_templates.__all__,
    *reporting.__all__,
    *analytics.__all__,
    *assessments.__all__,
    *feed.__all__,
    *message_templates.__all__,
    *notification_preferences.__all__,
    *opaque.__all__,
    *partners_public.__all__,
    *smartonboard.__all__,
    *audit.__all__,
    *approvals.__all__,
    *reviews.__all__,
    *legacy_users.__all__,
    *webhooks.__all__,
    *reporting.__all__,
    *analytics.__all__,
    *webhook_subscriptions.__all__,
]
