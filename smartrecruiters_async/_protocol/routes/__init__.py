"""The route table: every operation of the Customer API, declared once (DESIGN 4).

Resources, the governor, retries, the paginator, the fake server, the CLI and the coverage test
all read this table; nothing else declares a method, path or throttling class.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from . import (
    analytics,
    applications,
    approvals,
    assessment_offers,
    assessments,
    audit,
    candidates,
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
    partner_tools,
    partners_public,
    postings,
    reporting,
    reviews,
    self_scheduling,
    smartonboard,
    users,
    webhooks,
)
from ._route import (
    AuthMode,
    Body,
    Paging,
    Param,
    Route,
    RouteError,
    RouteGroup,
    check_path_value,
    param,
)

__all__ = [
    "ROUTES",
    "AuthMode",
    "Body",
    "Paging",
    "Param",
    "Route",
    "RouteError",
    "RouteGroup",
    "RouteTable",
    "check_path_value",
    "param",
    "unlisted_route",
]


class RouteTable(Mapping[str, Route]):
    """Read-only mapping of operationId to ``Route`` that also classifies raw paths."""

    def __init__(self, routes: tuple[Route, ...]) -> None:
        by_id: dict[str, Route] = {}
        for route in routes:
            if route.operation_id in by_id:
                raise ValueError(f"duplicate operationId {route.operation_id!r}")
            by_id[route.operation_id] = route
        self._by_id = by_id
        # Most specific template first, so /users/me wins over /users/{id}. Routes partners
        # implement live on their hosts, never on SmartRecruiters', so no path classifies as one.
        self._by_specificity = sorted(
            (r for r in routes if not r.partner_implements),
            key=lambda r: (-r.literal_segments, len(r.path_params)),
        )

    def __getitem__(self, operation_id: str) -> Route:
        return self._by_id[operation_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self._by_id)

    def __len__(self) -> int:
        return len(self._by_id)

    def match(self, method: str, path: str) -> Route | None:
        """The route an expanded ``path`` (no host, no query) belongs to, or ``None``."""
        method = method.upper()
        for route in self._by_specificity:
            if route.matches(method, path):
                return route
        return None

    def classify(self, method: str, path: str) -> Route:
        """Like ``match`` but never ``None``: unknown paths get the default policies."""
        return self.match(method, path) or unlisted_route(method, path)


def unlisted_route(method: str, path: str) -> Route:
    """A route for a path the table does not know: default throttling, idempotency by method."""
    return Route(
        operation_id=f"unlisted:{method.upper()} {path}",
        method=method.upper(),
        path=path.replace("{", "%7B").replace("}", "%7D"),
        group="unlisted",
    )


ROUTES = RouteTable(
    postings.ROUTES
    + applications.ROUTES
    + jobs.ROUTES
    + candidates.ROUTES
    + job_applications.ROUTES
    + offers.ROUTES
    + assessment_offers.ROUTES
    + users.ROUTES
    + configuration.ROUTES
    + interviews.ROUTES
    + messages.ROUTES
    + reporting.ROUTES
    + analytics.ROUTES
    + smartonboard.ROUTES
    + message_templates.ROUTES
    + notification_preferences.ROUTES
    + feed.ROUTES
    + partners_public.ROUTES
    + assessments.ROUTES
    + partner_tools.ROUTES
    + audit.ROUTES
    + approvals.ROUTES
    + reviews.ROUTES
    + legacy_users.ROUTES
    + self_scheduling.ROUTES
    + hiring_events.ROUTES
    + interview_templates.ROUTES
    + webhooks.ROUTES
)
