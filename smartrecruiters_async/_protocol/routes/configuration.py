"""Configuration API: ``configuration-api.json`` (56 operations, all under ``/configuration``)."""

from __future__ import annotations

from typing import Any

from ...models.configuration import (
    CandidatePropertyDefinition,
    CandidatePropertyDefinitions,
    CandidatePropertyValueDefinition,
    CandidatePropertyValueDefinitions,
    CandidatePropertyValueLabel,
    CareerSite,
    CareerSites,
    CompanyConfiguration,
    ConfigurationAccessGroup,
    ConfigurationAccessGroups,
    DependentJobProperties,
    DependentJobPropertyValues,
    DependentJobPropertyValuesRelations,
    HiringProcess,
    HiringProcesses,
    JobPropertyDefinition,
    JobPropertyDefinitions,
    JobPropertyValueDefinition,
    JobPropertyValueDefinitions,
    LabelTranslation,
    NewCandidatePropertyValueDefinition,
    NewConfigurationAccessGroup,
    NewDepartment,
    NewJobPropertyDefinition,
    NewJobPropertyValueDefinition,
    NewPredefinedLocation,
    OfferPropertiesDefinition,
    PredefinedLocation,
    PredefinedLocations,
    Reasons,
    RecruiterName,
    SourceDefinition,
    SourceTypes,
    SourceValue,
)
from ...models.postings import Department, Departments
from ._route import Body, Paging, Route

_SPEC = "configuration-api.json"
_PROPS = "/configuration/job-properties/{property_id}"
_VALUE = _PROPS + "/values/{value_id}"
_CANDIDATE_PROPS = "/configuration/candidate-properties/{property_id}"


def _route(operation_id: str, method: str, path: str, **options: Any) -> Route:
    """A Configuration API route; a request model implies a JSON body."""
    if "request_model" in options:
        options.setdefault("request_body", Body.JSON)
    return Route(
        operation_id=operation_id,
        method=method,
        path=path,
        group="configuration",
        source_spec=_SPEC,
        **options,
    )


ROUTES: tuple[Route, ...] = (
    # -- access groups -------------------------------------------------------------------------
    _route(
        "configuration.access-group.create",
        "POST",
        "/configuration/access-groups",
        request_model=NewConfigurationAccessGroup,
        response_model=ConfigurationAccessGroup,
    ),
    _route(
        "configuration.access-group.list",
        "GET",
        "/configuration/access-groups",
        response_model=ConfigurationAccessGroups,
    ),
    _route(
        "configuration.access-group.get",
        "GET",
        "/configuration/access-groups/{access_group_id}",
        response_model=ConfigurationAccessGroup,
    ),
    _route(
        "configuration.access-group.update",
        "PUT",
        "/configuration/access-groups/{access_group_id}",
        request_model=NewConfigurationAccessGroup,
        response_model=ConfigurationAccessGroup,
    ),
    _route(
        "configuration.access-group.delete",
        "DELETE",
        "/configuration/access-groups/{access_group_id}",
        response_body=Body.NONE,
    ),
    # -- company -------------------------------------------------------------------------------
    _route(
        "configuration.company.my",
        "GET",
        "/configuration/company",
        response_model=CompanyConfiguration,
    ),
    # -- job properties ------------------------------------------------------------------------
    _route(
        "configuration.job-properties.all",
        "GET",
        "/configuration/job-properties",
        response_model=JobPropertyDefinitions,
    ),
    _route(
        "configuration.job-properties.create",
        "POST",
        "/configuration/job-properties",
        request_model=NewJobPropertyDefinition,
        response_model=JobPropertyDefinition,
    ),
    _route(
        "configuration.job-properties.get",
        "GET",
        _PROPS,
        response_model=JobPropertyDefinition,
    ),
    _route(
        "configuration.job-properties.update",
        "PATCH",
        _PROPS,
        request_body=Body.JSON,  # a JSON Patch (RFC 6902)
        response_model=JobPropertyDefinition,
    ),
    # Setting a label per language leaves the same state however often it is sent.
    _route(
        "configuration.job-properties.translations.patch",
        "PATCH",
        _PROPS + "/translations",
        idempotent=True,
        request_model=LabelTranslation,
        response_body=Body.NONE,
    ),
    _route(
        "configuration.job-properties.values.get",
        "GET",
        _PROPS + "/values",
        response_model=JobPropertyValueDefinitions,
    ),
    _route(
        "configuration.job-properties.values.create",
        "POST",
        _PROPS + "/values",
        request_model=NewJobPropertyValueDefinition,
        response_model=JobPropertyValueDefinition,
    ),
    _route(
        "configuration.job-properties.values.deprecatedArchive",
        "DELETE",
        _VALUE,
        response_body=Body.NONE,
        deprecated="use PUT /configuration/job-properties/{id}/archive-values/{valueId}",
    ),
    _route(
        "configuration.job-properties.values.deprecatedUnarchive",
        "PUT",
        _VALUE,
        response_body=Body.NONE,
        deprecated="use DELETE /configuration/job-properties/{id}/archive-values/{valueId}",
    ),
    _route(
        "configuration.job-properties.values.update",
        "PATCH",
        _VALUE,
        request_body=Body.JSON,  # a JSON Patch (RFC 6902)
        response_model=JobPropertyValueDefinition,
    ),
    _route(
        "configuration.job-properties.values.translations.patch",
        "PATCH",
        _VALUE + "/translations",
        idempotent=True,
        request_model=LabelTranslation,
        response_body=Body.NONE,
    ),
    _route(
        "configuration.job-properties.values.archive",
        "PUT",
        _PROPS + "/archive-values/{value_id}",
        response_body=Body.NONE,
    ),
    _route(
        "configuration.job-properties.values.unarchive",
        "DELETE",
        _PROPS + "/archive-values/{value_id}",
        response_body=Body.NONE,
    ),
    _route(
        "configuration.job-properties.activate",
        "PUT",
        _PROPS + "/activation",
        response_body=Body.NONE,
    ),
    _route(
        "configuration.job-properties.deactivate",
        "DELETE",
        _PROPS + "/activation",
        response_body=Body.NONE,
    ),
    _route(
        "configuration.job-properties.dependents.all",
        "GET",
        _PROPS + "/dependents",
        response_model=DependentJobProperties,
    ),
    # Adding a dependency that exists already changes nothing, so a replay is harmless.
    _route(
        "configuration.job-properties.dependents.create",
        "POST",
        _PROPS + "/dependents",
        idempotent=True,
        request_body=Body.JSON,  # a list of property ids
        response_model=DependentJobProperties,
    ),
    _route(
        "configuration.job-properties.dependents.remove",
        "DELETE",
        _PROPS + "/dependents/{dependent_id}",
        response_body=Body.NONE,
    ),
    _route(
        "configuration.job-properties.dependents.values.all",
        "GET",
        _PROPS + "/dependents/{dependent_id}/values",
        response_model=DependentJobPropertyValuesRelations,
    ),
    _route(
        "configuration.job-properties.dependents.values.get",
        "GET",
        _VALUE + "/dependents/{dependent_id}/values",
        response_model=DependentJobPropertyValues,
    ),
    _route(
        "configuration.job-properties.dependents.values.add",
        "POST",
        _VALUE + "/dependents/{dependent_id}/values",
        idempotent=True,
        request_body=Body.JSON,  # {"id": dependent value id}
        # Both schemas (2017, 2024) give this operation no answer body: any is ignored.
        response_body=Body.NONE,
    ),
    _route(
        "configuration.job-properties.dependents.values.remove",
        "DELETE",
        _VALUE + "/dependents/{dependent_id}/values/{dependent_value_id}",
        response_body=Body.NONE,
    ),
    # -- departments ---------------------------------------------------------------------------
    _route(
        "configuration.department.create",
        "POST",
        "/configuration/departments",
        request_model=NewDepartment,
        response_model=Department,
    ),
    _route(
        "configuration.department.all",
        "GET",
        "/configuration/departments",
        response_model=Departments,
    ),
    _route(
        "configuration.department.get",
        "GET",
        "/configuration/departments/{department_id}",
        response_model=Department,
    ),
    # -- hiring processes ----------------------------------------------------------------------
    _route(
        "configuration.hiring-process.all",
        "GET",
        "/configuration/hiring-processes",
        response_model=HiringProcesses,
    ),
    _route(
        "configuration.hiring-process.get",
        "GET",
        "/configuration/hiring-processes/{hiring_process_id}",
        response_model=HiringProcess,
    ),
    # -- offer and candidate properties --------------------------------------------------------
    _route(
        "configuration.offer-properties.all",
        "GET",
        "/configuration/offer-properties",
        response_model=OfferPropertiesDefinition,
    ),
    _route(
        "configuration.candidate-properties.all",
        "GET",
        "/configuration/candidate-properties",
        response_model=CandidatePropertyDefinitions,
    ),
    _route(
        "configuration.candidate-properties.get",
        "GET",
        _CANDIDATE_PROPS,
        response_model=CandidatePropertyDefinition,
    ),
    _route(
        "configuration.candidate-properties.values.all",
        "GET",
        _CANDIDATE_PROPS + "/values",
        response_model=CandidatePropertyValueDefinitions,
    ),
    _route(
        "configuration.candidate-properties.values.create",
        "POST",
        _CANDIDATE_PROPS + "/values",
        request_model=NewCandidatePropertyValueDefinition,
        response_model=CandidatePropertyValueDefinition,
    ),
    _route(
        "configuration.candidate-properties.values.get",
        "GET",
        _CANDIDATE_PROPS + "/values/{value_id}",
        response_model=CandidatePropertyValueDefinition,
    ),
    _route(
        "configuration.candidate-properties.values.update",
        "PUT",
        _CANDIDATE_PROPS + "/values/{value_id}",
        request_model=CandidatePropertyValueLabel,
        response_model=CandidatePropertyValueDefinition,
    ),
    _route(
        "configuration.candidate-properties.values.delete",
        "DELETE",
        _CANDIDATE_PROPS + "/values/{value_id}",
        response_body=Body.NONE,
    ),
    # -- sources -------------------------------------------------------------------------------
    _route(
        "configuration.source.types",
        "GET",
        "/configuration/sources",
        response_model=SourceTypes,
    ),
    _route(
        "configuration.source.values.all",
        "GET",
        "/configuration/sources/{source_type}/values",
        paging=Paging.OFFSET,
        response_model=SourceValue,
    ),
    _route(
        "configuration.source.values.single",
        "GET",
        "/configuration/sources/{source_type}/values/{source_value_id}",
        response_model=SourceValue,
    ),
    _route(
        "configuration.source.values.singleByIdentifier",
        "GET",
        "/configuration/sources/{source_identifier}",
        response_model=SourceDefinition,
    ),
    _route(
        "configuration.source.values.recruiterSourceByName",
        "PUT",
        "/configuration/sources/recruiters/resolve",
        request_model=RecruiterName,
        response_model=SourceValue,
    ),
    # -- reasons -------------------------------------------------------------------------------
    _route(
        "configuration.reasons.rejection.all",
        "GET",
        "/configuration/rejection-reasons",
        response_model=Reasons,
    ),
    _route(
        "configuration.reasons.withdrawal.all",
        "GET",
        "/configuration/withdrawal-reasons",
        response_model=Reasons,
    ),
    # -- career sites --------------------------------------------------------------------------
    _route(
        "configuration.careersites.list",
        "GET",
        "/configuration/career-sites",
        response_model=CareerSites,
    ),
    _route(
        "configuration.careersites.get",
        "GET",
        "/configuration/career-sites/{career_site_id}",
        response_model=CareerSite,
    ),
    # -- predefined locations ------------------------------------------------------------------
    _route(
        "configuration.predefined-locations.getMany",
        "GET",
        "/configuration/predefined-locations",
        response_model=PredefinedLocations,
    ),
    _route(
        "configuration.predefined-locations.createOne",
        "POST",
        "/configuration/predefined-locations",
        request_model=NewPredefinedLocation,
        response_model=PredefinedLocation,
    ),
    _route(
        "configuration.predefined-locations.deleteMany",
        "DELETE",
        "/configuration/predefined-locations",
        response_body=Body.NONE,
    ),
    _route(
        "configuration.predefined-locations.getOne",
        "GET",
        "/configuration/predefined-locations/{location_id}",
        response_model=PredefinedLocation,
    ),
    _route(
        "configuration.predefined-locations.updateOne",
        "PUT",
        "/configuration/predefined-locations/{location_id}",
        request_model=NewPredefinedLocation,
        response_model=PredefinedLocation,
    ),
    _route(
        "configuration.predefined-locations.deleteOne",
        "DELETE",
        "/configuration/predefined-locations/{location_id}",
        response_body=Body.NONE,
    ),
)
