"""Candidate API (``candidates-api.json``): ``client.candidates``."""

from __future__ import annotations

from ._applications import CandidateApplications
from ._attachments import CandidateFiles
from ._consents import CandidateConsents
from ._profile import CandidateProfiles
from ._properties import CandidateRecords

__all__ = ["Candidates"]


class Candidates(
    CandidateProfiles,
    CandidateApplications,
    CandidateRecords,
    CandidateFiles,
    CandidateConsents,
):
    """``client.candidates``: every operation of the Candidate API.

    Candidates themselves (``list``, ``create``, ``create_for_job``, ``create_from_resume``,
    ``parse_resume``, ``get``, ``update``, ``delete``), their applications (status, source,
    onboarding, screening answers), tags and candidate properties, attachments, and consent.
    Methods that exist per candidate and per application take ``job_id=`` to pick the latter.
    """
