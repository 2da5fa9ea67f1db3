"""Configuration API (``configuration-api.json``), grouped into one sub-resource per subject."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._resource import Resource
from .access_groups import AccessGroupsConfig
from .candidate_properties import CandidatePropertiesConfig, CandidatePropertyValuesConfig
from .career_sites import CareerSitesConfig
from .company import CompanyConfig
from .departments import DepartmentsConfig
from .hiring_processes import HiringProcessesConfig
from .job_properties import (
    JobPropertiesConfig,
    JobPropertyDependentsConfig,
    JobPropertyValuesConfig,
)
from .locations import PredefinedLocationsConfig
from .offer_properties import OfferPropertiesConfig
from .reasons import ReasonsConfig
from .sources import SourcesConfig

if TYPE_CHECKING:
    from ..._caller import Caller

__all__ = [
    "AccessGroupsConfig",
    "CandidatePropertiesConfig",
    "CandidatePropertyValuesConfig",
    "CareerSitesConfig",
    "CompanyConfig",
    "Configuration",
    "DepartmentsConfig",
    "HiringProcessesConfig",
    "JobPropertiesConfig",
    "JobPropertyDependentsConfig",
    "JobPropertyValuesConfig",
    "OfferPropertiesConfig",
    "PredefinedLocationsConfig",
    "ReasonsConfig",
    "SourcesConfig",
]


class Configuration(Resource):
    """``client.configuration``: the company's settings, one attribute per subject.

    ``company``, ``departments``, ``hiring_processes``, ``job_properties`` (with ``.values``
    and ``.dependents``), ``candidate_properties`` (with ``.values``), ``offer_properties``,
    ``sources``, ``reasons``, ``career_sites``, ``locations`` (predefined locations) and
    ``access_groups``.
    """

    def __init__(self, client: Caller) -> None:
        super().__init__(client)
        self.company = CompanyConfig(client)
        self.departments = DepartmentsConfig(client)
        self.hiring_processes = HiringProcessesConfig(client)
        self.job_properties = JobPropertiesConfig(client)
        self.candidate_properties = CandidatePropertiesConfig(client)
        self.offer_properties = OfferPropertiesConfig(client)
        self.sources = SourcesConfig(client)
        self.reasons = ReasonsConfig(client)
        self.career_sites = CareerSitesConfig(client)
        self.locations = PredefinedLocationsConfig(client)
        self.access_groups = AccessGroupsConfig(client)
