"""Configuration API: ``configuration-api.json`` (56 operations, all under ``/configuration``)."""

from __future__ import annotations

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
from ._route import Body, Paging, RouteGroup, param

_GROUP = RouteGroup("configuration", spec="configuration-api.json")

_PROPS = "/configuration/job-properties/{property_id}"
_VALUE = _PROPS + "/values/{value_id}"
_CANDIDATE_PROPS = "/configuration/candidate-properties/{property_id}"
_SOURCE_SUB_TYPE = param("sub_type", wire="sourceSubType")

# -- access groups -----------------------------------------------------------------------------
CREATE_ACCESS_GROUP = _GROUP.route(
    "POST",
    "configuration.access-group.create",
    "/configuration/access-groups",
    returns=ConfigurationAccessGroup,
    body=NewConfigurationAccessGroup,
)
LIST_ACCESS_GROUPS = _GROUP.route(
    "GET",
    "configuration.access-group.list",
    "/configuration/access-groups",
    returns=ConfigurationAccessGroups,
)
GET_ACCESS_GROUP = _GROUP.route(
    "GET",
    "configuration.access-group.get",
    "/configuration/access-groups/{access_group_id}",
    returns=ConfigurationAccessGroup,
)
UPDATE_ACCESS_GROUP = _GROUP.route(
    "PUT",
    "configuration.access-group.update",
    "/configuration/access-groups/{access_group_id}",
    returns=ConfigurationAccessGroup,
    body=NewConfigurationAccessGroup,
)
DELETE_ACCESS_GROUP = _GROUP.route(
    "DELETE", "configuration.access-group.delete", "/configuration/access-groups/{access_group_id}"
)

# -- company -----------------------------------------------------------------------------------
GET_COMPANY = _GROUP.route(
    "GET", "configuration.company.my", "/configuration/company", returns=CompanyConfiguration
)

# -- job properties ----------------------------------------------------------------------------
LIST_JOB_PROPERTIES = _GROUP.route(
    "GET",
    "configuration.job-properties.all",
    "/configuration/job-properties",
    returns=JobPropertyDefinitions,
)
CREATE_JOB_PROPERTY = _GROUP.route(
    "POST",
    "configuration.job-properties.create",
    "/configuration/job-properties",
    returns=JobPropertyDefinition,
    body=NewJobPropertyDefinition,
)
GET_JOB_PROPERTY = _GROUP.route(
    "GET", "configuration.job-properties.get", _PROPS, returns=JobPropertyDefinition
)
UPDATE_JOB_PROPERTY = _GROUP.route(
    "PATCH",
    "configuration.job-properties.update",
    _PROPS,
    returns=JobPropertyDefinition,
    request_body=Body.JSON,  # a JSON Patch (RFC 6902)
)
# Setting a label per language leaves the same state however often it is sent.
TRANSLATE_JOB_PROPERTY = _GROUP.route(
    "PATCH",
    "configuration.job-properties.translations.patch",
    _PROPS + "/translations",
    body=list[LabelTranslation],
    idempotent=True,
)
LIST_JOB_PROPERTY_VALUES = _GROUP.route(
    "GET",
    "configuration.job-properties.values.get",
    _PROPS + "/values",
    returns=JobPropertyValueDefinitions,
)
CREATE_JOB_PROPERTY_VALUE = _GROUP.route(
    "POST",
    "configuration.job-properties.values.create",
    _PROPS + "/values",
    returns=JobPropertyValueDefinition,
    body=NewJobPropertyValueDefinition,
)
DEPRECATED_ARCHIVE_JOB_PROPERTY_VALUE = _GROUP.route(
    "DELETE",
    "configuration.job-properties.values.deprecatedArchive",
    _VALUE,
    deprecated="use PUT /configuration/job-properties/{id}/archive-values/{valueId}",
)
DEPRECATED_UNARCHIVE_JOB_PROPERTY_VALUE = _GROUP.route(
    "PUT",
    "configuration.job-properties.values.deprecatedUnarchive",
    _VALUE,
    deprecated="use DELETE /configuration/job-properties/{id}/archive-values/{valueId}",
)
UPDATE_JOB_PROPERTY_VALUE = _GROUP.route(
    "PATCH",
    "configuration.job-properties.values.update",
    _VALUE,
    returns=JobPropertyValueDefinition,
    request_body=Body.JSON,  # a JSON Patch (RFC 6902)
)
TRANSLATE_JOB_PROPERTY_VALUE = _GROUP.route(
    "PATCH",
    "configuration.job-properties.values.translations.patch",
    _VALUE + "/translations",
    body=list[LabelTranslation],
    idempotent=True,
)
ARCHIVE_JOB_PROPERTY_VALUE = _GROUP.route(
    "PUT", "configuration.job-properties.values.archive", _PROPS + "/archive-values/{value_id}"
)
UNARCHIVE_JOB_PROPERTY_VALUE = _GROUP.route(
    "DELETE",
    "configuration.job-properties.values.unarchive",
    _PROPS + "/archive-values/{value_id}",
)
ACTIVATE_JOB_PROPERTY = _GROUP.route(
    "PUT", "configuration.job-properties.activate", _PROPS + "/activation"
)
DEACTIVATE_JOB_PROPERTY = _GROUP.route(
    "DELETE", "configuration.job-properties.deactivate", _PROPS + "/activation"
)
LIST_DEPENDENTS = _GROUP.route(
    "GET",
    "configuration.job-properties.dependents.all",
    _PROPS + "/dependents",
    returns=DependentJobProperties,
)
# Adding a dependency that exists already changes nothing, so a replay is harmless.
ADD_DEPENDENTS = _GROUP.route(
    "POST",
    "configuration.job-properties.dependents.create",
    _PROPS + "/dependents",
    returns=DependentJobProperties,
    request_body=Body.JSON,  # a list of property ids
    idempotent=True,
)
REMOVE_DEPENDENT = _GROUP.route(
    "DELETE",
    "configuration.job-properties.dependents.remove",
    _PROPS + "/dependents/{dependent_id}",
)
LIST_DEPENDENT_RELATIONS = _GROUP.route(
    "GET",
    "configuration.job-properties.dependents.values.all",
    _PROPS + "/dependents/{dependent_id}/values",
    returns=DependentJobPropertyValuesRelations,
)
LIST_DEPENDENT_VALUES = _GROUP.route(
    "GET",
    "configuration.job-properties.dependents.values.get",
    _VALUE + "/dependents/{dependent_id}/values",
    returns=DependentJobPropertyValues,
)
# Both schemas (2017, 2024) give this operation no answer body: any is ignored.
ADD_DEPENDENT_VALUE = _GROUP.route(
    "POST",
    "configuration.job-properties.dependents.values.add",
    _VALUE + "/dependents/{dependent_id}/values",
    request_body=Body.JSON,  # {"id": dependent value id}
    idempotent=True,
)
REMOVE_DEPENDENT_VALUE = _GROUP.route(
    "DELETE",
    "configuration.job-properties.dependents.values.remove",
    _VALUE + "/dependents/{dependent_id}/values/{dependent_value_id}",
)

# -- departments -------------------------------------------------------------------------------
CREATE_DEPARTMENT = _GROUP.route(
    "POST",
    "configuration.department.create",
    "/configuration/departments",
    returns=Department,
    body=NewDepartment,
)
LIST_DEPARTMENTS = _GROUP.route(
    "GET", "configuration.department.all", "/configuration/departments", returns=Departments
)
GET_DEPARTMENT = _GROUP.route(
    "GET",
    "configuration.department.get",
    "/configuration/departments/{department_id}",
    returns=Department,
)

# -- hiring processes --------------------------------------------------------------------------
LIST_HIRING_PROCESSES = _GROUP.route(
    "GET",
    "configuration.hiring-process.all",
    "/configuration/hiring-processes",
    returns=HiringProcesses,
)
GET_HIRING_PROCESS = _GROUP.route(
    "GET",
    "configuration.hiring-process.get",
    "/configuration/hiring-processes/{hiring_process_id}",
    returns=HiringProcess,
)

# -- offer and candidate properties ------------------------------------------------------------
LIST_OFFER_PROPERTIES = _GROUP.route(
    "GET",
    "configuration.offer-properties.all",
    "/configuration/offer-properties",
    returns=OfferPropertiesDefinition,
)
LIST_CANDIDATE_PROPERTIES = _GROUP.route(
    "GET",
    "configuration.candidate-properties.all",
    "/configuration/candidate-properties",
    returns=CandidatePropertyDefinitions,
)
GET_CANDIDATE_PROPERTY = _GROUP.route(
    "GET",
    "configuration.candidate-properties.get",
    _CANDIDATE_PROPS,
    returns=CandidatePropertyDefinition,
)
LIST_CANDIDATE_PROPERTY_VALUES = _GROUP.route(
    "GET",
    "configuration.candidate-properties.values.all",
    _CANDIDATE_PROPS + "/values",
    returns=CandidatePropertyValueDefinitions,
)
CREATE_CANDIDATE_PROPERTY_VALUE = _GROUP.route(
    "POST",
    "configuration.candidate-properties.values.create",
    _CANDIDATE_PROPS + "/values",
    returns=CandidatePropertyValueDefinition,
    body=NewCandidatePropertyValueDefinition,
)
GET_CANDIDATE_PROPERTY_VALUE = _GROUP.route(
    "GET",
    "configuration.candidate-properties.values.get",
    _CANDIDATE_PROPS + "/values/{value_id}",
    returns=CandidatePropertyValueDefinition,
)
UPDATE_CANDIDATE_PROPERTY_VALUE = _GROUP.route(
    "PUT",
    "configuration.candidate-properties.values.update",
    _CANDIDATE_PROPS + "/values/{value_id}",
    returns=CandidatePropertyValueDefinition,
    body=CandidatePropertyValueLabel,
)
DELETE_CANDIDATE_PROPERTY_VALUE = _GROUP.route(
    "DELETE",
    "configuration.candidate-properties.values.delete",
    _CANDIDATE_PROPS + "/values/{value_id}",
)

# -- sources -----------------------------------------------------------------------------------
LIST_SOURCE_TYPES = _GROUP.route(
    "GET", "configuration.source.types", "/configuration/sources", returns=SourceTypes
)
LIST_SOURCE_VALUES = _GROUP.route(
    "GET",
    "configuration.source.values.all",
    "/configuration/sources/{source_type}/values",
    returns=SourceValue,
    paging=Paging.OFFSET,
    query=(_SOURCE_SUB_TYPE, param("limit", int), param("offset", int)),
)
GET_SOURCE_VALUE = _GROUP.route(
    "GET",
    "configuration.source.values.single",
    "/configuration/sources/{source_type}/values/{source_value_id}",
    returns=SourceValue,
    query=(_SOURCE_SUB_TYPE,),
)
GET_SOURCE = _GROUP.route(
    "GET",
    "configuration.source.values.singleByIdentifier",
    "/configuration/sources/{source_identifier}",
    returns=SourceDefinition,
)
RESOLVE_RECRUITER_SOURCE = _GROUP.route(
    "PUT",
    "configuration.source.values.recruiterSourceByName",
    "/configuration/sources/recruiters/resolve",
    returns=SourceValue,
    body=RecruiterName,
)

# -- reasons -----------------------------------------------------------------------------------
LIST_REJECTION_REASONS = _GROUP.route(
    "GET",
    "configuration.reasons.rejection.all",
    "/configuration/rejection-reasons",
    returns=Reasons,
)
LIST_WITHDRAWAL_REASONS = _GROUP.route(
    "GET",
    "configuration.reasons.withdrawal.all",
    "/configuration/withdrawal-reasons",
    returns=Reasons,
)

# -- career sites ------------------------------------------------------------------------------
LIST_CAREER_SITES = _GROUP.route(
    "GET", "configuration.careersites.list", "/configuration/career-sites", returns=CareerSites
)
GET_CAREER_SITE = _GROUP.route(
    "GET",
    "configuration.careersites.get",
    "/configuration/career-sites/{career_site_id}",
    returns=CareerSite,
)

# -- predefined locations ----------------------------------------------------------------------
LIST_LOCATIONS = _GROUP.route(
    "GET",
    "configuration.predefined-locations.getMany",
    "/configuration/predefined-locations",
    returns=PredefinedLocations,
)
CREATE_LOCATION = _GROUP.route(
    "POST",
    "configuration.predefined-locations.createOne",
    "/configuration/predefined-locations",
    returns=PredefinedLocation,
    body=NewPredefinedLocation,
)
# The ids travel as a repeated ``id``; the API refuses the request without one.
DELETE_LOCATIONS = _GROUP.route(
    "DELETE",
    "configuration.predefined-locations.deleteMany",
    "/configuration/predefined-locations",
    query=(param("location_ids", list[str], wire="id", required=True),),
)
GET_LOCATION = _GROUP.route(
    "GET",
    "configuration.predefined-locations.getOne",
    "/configuration/predefined-locations/{location_id}",
    returns=PredefinedLocation,
)
UPDATE_LOCATION = _GROUP.route(
    "PUT",
    "configuration.predefined-locations.updateOne",
    "/configuration/predefined-locations/{location_id}",
    returns=PredefinedLocation,
    body=NewPredefinedLocation,
)
DELETE_LOCATION = _GROUP.route(
    "DELETE",
    "configuration.predefined-locations.deleteOne",
    "/configuration/predefined-locations/{location_id}",
)

ROUTES = _GROUP.routes
