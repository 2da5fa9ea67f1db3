"""The fake server's handlers, by operationId of the route table.

Each module serves one API group and exports its ``HANDLERS``; serving another operation takes
one entry there: the server registers an aiohttp route for every operation in ``HANDLERS`` from
the route table's path template.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from ..replies import Handler
from . import (
    analytics,
    applications,
    approvals,
    assessment_offers,
    audit,
    candidates,
    configuration,
    documents,
    feed,
    hiring_events,
    interview_templates,
    interviews,
    job_applications,
    jobs,
    legacy_users,
    messages,
    offers,
    postings,
    reporting,
    reviews,
    self_scheduling,
    users,
    webhooks,
)

__all__ = ["HANDLERS", "Handler"]

HANDLERS: Mapping[str, Handler] = MappingProxyType(
    {
        **postings.HANDLERS,
        **jobs.HANDLERS,
        **candidates.HANDLERS,
        **applications.HANDLERS,
        **job_applications.HANDLERS,
        **offers.HANDLERS,
        **assessment_offers.HANDLERS,
        **users.HANDLERS,
        **configuration.HANDLERS,
        **interviews.HANDLERS,
        **messages.HANDLERS,
        **reporting.HANDLERS,
        **analytics.HANDLERS,
        **documents.HANDLERS,
        **feed.HANDLERS,
        **audit.HANDLERS,
        **approvals.HANDLERS,
        **reviews.HANDLERS,
        **legacy_users.HANDLERS,
        **self_scheduling.HANDLERS,
        **hiring_events.HANDLERS,
        **interview_templates.HANDLERS,
        **webhooks.HANDLERS,
    }
)
