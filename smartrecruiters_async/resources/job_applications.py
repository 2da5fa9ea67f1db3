"""Job Applications API: ``job-applications-api.json`` (``/job-applications-api/v202112``)."""

from __future__ import annotations

from ._resource import Resource

__all__ = ["JobApplications"]


class JobApplications(Resource):
    """``client.job_applications``: Job Applications API."""
