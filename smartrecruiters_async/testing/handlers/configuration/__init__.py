"""Fake-server handlers of the Configuration API, one module per subject."""

from __future__ import annotations

from collections.abc import Mapping

from ...replies import Handler
from . import (
    access_groups,
    candidate_properties,
    catalogue,
    company,
    departments,
    hiring_processes,
    job_properties,
    job_property_dependents,
    job_property_values,
    locations,
    sources,
)

__all__ = ["HANDLERS"]

HANDLERS: Mapping[str, Handler] = {
    **access_groups.HANDLERS,
    **candidate_properties.HANDLERS,
    **catalogue.HANDLERS,
    **company.HANDLERS,
    **departments.HANDLERS,
    **hiring_processes.HANDLERS,
    **job_properties.HANDLERS,
    **job_property_dependents.HANDLERS,
    **job_property_values.HANDLERS,
    **locations.HANDLERS,
    **sources.HANDLERS,
}
